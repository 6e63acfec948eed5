package org.w3id.diligentia.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.w3id.diligentia.error.BadRequestException;

import io.javalin.http.Context;

/**
 * A request's query parameters, read once: unknown ones are refused by name (a typo is an error, not
 * a silent default), a repeated one is refused, and a blank one counts as left out. {@code format}
 * is the representation's, read by the negotiation.
 */
public final class Params {
    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters (except {@code format}), after checking each is one of {@code allowed}. */
    public static Params only(Context ctx, Set<String> allowed) {
        Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
        params.remove("format");
        params.remove("");      // a stray '&' (as in "?a=1&") names nothing
        for (String name : params.keySet())
            if (!allowed.contains(name))
                throw new BadRequestException("Unknown parameter '" + name + "' for " + ctx.path() + "; it takes: "
                        + String.join(", ", allowed.stream().sorted().toList()) + " (and format).");
        for (Map.Entry<String, List<String>> e : params.entrySet())
            if (e.getValue().size() > 1)
                throw new BadRequestException("Parameter '" + e.getKey() + "' is given " + e.getValue().size() + " times; give it once.");
        return new Params(params);
    }

    /** The parameter {@code name} of a request whose other parameters are none of this reader's business. */
    public static Params one(Context ctx, String name) {
        List<String> given = ctx.queryParams(name);
        if (given.size() > 1)
            throw new BadRequestException("Parameter '" + name + "' is given " + given.size() + " times; give it once.");
        return new Params(given.isEmpty() ? Map.of() : Map.of(name, given));
    }

    /** Refuses the request unless every one of {@code names} is given. */
    public void require(String... names) {
        for (String name : names)
            if (text(name).isEmpty())
                throw new BadRequestException("Parameter '" + name + "' is required.");
    }

    /** The text of {@code name}, if given and not blank. */
    public Optional<String> text(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() || given.get(0).isBlank() ? Optional.empty() : Optional.of(given.get(0));
    }

    /** {@code name} read by {@code parse} (given the name and the text), if given. */
    public <T> Optional<T> get(String name, BiFunction<String, String, T> parse) {
        return text(name).map(text -> parse.apply(name, text));
    }

    /** {@code name} read by {@code parse}; refused when left out. */
    public <T> T required(String name, BiFunction<String, String, T> parse) {
        return parse.apply(name, text(name).orElseThrow(() -> new BadRequestException("Parameter '" + name + "' is required.")));
    }
}
