package org.w3id.diligentia.web;

import java.util.Locale;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.error.NotAcceptableException;

import io.javalin.http.Context;

/**
 * The representations of API answers: JSON (the default) and CSV. Chosen by {@code ?format=json|csv},
 * else by the Accept header with a real parser (q-values, wildcards); JSON when there is no Accept
 * header or it accepts anything; 406 when it accepts neither.
 */
public enum ApiFormat {
    JSON("application/json"),
    CSV("text/csv");

    private static final AcceptList OFFERED = AcceptList.create("application/json", "text/csv");

    private final String mediaType;

    ApiFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ApiFormat of(Context ctx) {
        String format = ctx.queryParam("format");
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw new BadRequestException("Parameter 'format' must be json or csv, got '" + format + "'.");
            };
        }
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank())
            return JSON;
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        } catch (RuntimeException e) {
            throw new BadRequestException("The Accept header is malformed: '" + accept + "'.");
        }
        if (chosen == null)
            throw new NotAcceptableException("This resource is available as application/json or text/csv (or ?format=json|csv); "
                    + "the Accept header asked for '" + accept + "'.");
        return chosen.getContentTypeStr().equals("text/csv") ? CSV : JSON;
    }
}
