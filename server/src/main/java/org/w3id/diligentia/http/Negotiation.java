package org.w3id.diligentia.http;

import java.util.List;
import java.util.stream.Collectors;

import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.NotAcceptableException;
import org.w3id.diligentia.linkeddata.Format;

import io.javalin.http.Context;

/**
 * Chooses the representation of a negotiated response: {@code ?format=} when given, else the
 * {@code Accept} header against the offers (see {@link AcceptHeader}); Turtle when there is no
 * header. Marks the response {@code Vary: Accept} whatever happens, errors included.
 */
final class Negotiation {
    private Negotiation() {}

    /**
     * The format for this request among {@code offers}.
     *
     * @throws BadRequestException if {@code ?format=} is not one of the format keys
     * @throws NotAcceptableException if no offer is acceptable, listing the offers
     */
    static Format choose(Context ctx, List<Format.Offer> offers, String what) {
        ctx.header("Vary", "Accept");
        List<String> params = ctx.queryParams("format");
        if (params.size() > 1)
            throw new BadRequestException("Parameter 'format' is given " + params.size() + " times; give it once.");
        if (params.size() == 1) {
            String key = params.get(0);
            return Format.byKey(key).orElseThrow(() -> new BadRequestException(
                    "Parameter 'format' must be one of " + Format.keys() + "; got '" + key + "'."));
        }
        String accept = ctx.header("Accept");
        return AcceptHeader.parse(accept).choose(offers, Format.Offer::mediaType).map(Format.Offer::format)
                .orElseThrow(() -> new NotAcceptableException("Nothing available for " + what + " matches 'Accept: "
                        + accept + "'. Available: " + offers.stream().map(Format.Offer::mediaType).distinct()
                        .collect(Collectors.joining(", ")) + "; or choose with ?format=" + Format.keys().replace(", ", "|") + "."));
    }
}
