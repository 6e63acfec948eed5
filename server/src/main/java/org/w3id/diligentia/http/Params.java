package org.w3id.diligentia.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.diligentia.error.BadRequestException;

import io.javalin.http.Context;

/** Reading query parameters: unknown ones are refused by name, so a typo is an error, not a silent default. */
final class Params {
    private Params() {}

    /** The request's parameters (except {@code format}), after checking each is one of {@code allowed}. */
    static Map<String, List<String>> only(Context ctx, Set<String> allowed) {
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
        return params;
    }

    /** One parameter's value, or null. */
    static String one(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
