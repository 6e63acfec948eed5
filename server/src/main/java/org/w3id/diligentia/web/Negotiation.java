package org.w3id.diligentia.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.NotAcceptableException;

import io.javalin.http.Context;

/**
 * Chooses the representation of a negotiated response: the one {@code ?format=} names when given,
 * else the offer the {@code Accept} header prefers (see {@link AcceptHeader}; the first offer when
 * there is no header). Marks the response {@code Vary: Accept} whatever happens, errors included.
 *
 * @param offers    what the {@code Accept} header chooses among, in the server's order of preference
 * @param mediaType the media type of an offer
 * @param variant   what an offer gives
 * @param byKey     the variant a {@code ?format=} key names
 * @param keys      the keys, for messages
 */
public record Negotiation<O, T>(List<O> offers, Function<O, String> mediaType, Function<O, T> variant,
                                Function<String, Optional<T>> byKey, List<String> keys) {

    /**
     * The offer for this request; {@code what} names the resource in the 406.
     *
     * @throws BadRequestException if {@code ?format=} is repeated or is not one of the keys
     * @throws NotAcceptableException if no offer is acceptable, listing the offers
     */
    public T choose(Context ctx, String what) {
        ctx.header("Vary", "Accept");
        List<String> params = ctx.queryParams("format");
        if (params.size() > 1)
            throw new BadRequestException("Parameter 'format' is given " + params.size() + " times; give it once.");
        if (params.size() == 1)
            return byKey(params.get(0));
        String accept = ctx.header("Accept");
        return AcceptHeader.parse(accept).choose(offers, mediaType).map(variant)
                .orElseThrow(() -> new NotAcceptableException("Nothing available for " + what + " matches 'Accept: "
                        + accept + "'. Available: " + offers.stream().map(mediaType).distinct()
                        .collect(Collectors.joining(", ")) + "; or choose with ?format=" + String.join("|", keys) + "."));
    }

    /** The offer {@code ?format=key} names. */
    public T byKey(String key) {
        return byKey.apply(key).orElseThrow(() -> new BadRequestException(
                "Parameter 'format' must be one of " + String.join(", ", keys) + "; got '" + key + "'."));
    }
}
