package org.w3id.diligentia.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import io.javalin.http.Context;

/**
 * Validators and conditional GET (RFC 9110 section 13): an entity tag per dataset version and
 * representation, {@code Last-Modified} from the load time, and {@code If-None-Match} (weak
 * comparison, lists and {@code *}) or else {@code If-Modified-Since}, answered with 304.
 */
final class ConditionalGet {
    private ConditionalGet() {}

    /** A strong entity tag from the dataset version and the parts that select the representation. */
    static String etag(String version, String... variant) {
        StringBuilder tag = new StringBuilder("\"").append(version);
        for (String v : variant)
            tag.append('-').append(v.replaceAll("[^A-Za-z0-9._-]", "_"));
        return tag.append('"').toString();
    }

    /**
     * Sets {@code ETag} and {@code Last-Modified}; if the request's preconditions say the client's
     * copy is current, answers 304 and returns true (the caller then writes nothing).
     */
    static boolean notModified(Context ctx, String etag, Instant lastModified) {
        ctx.header("ETag", etag);
        Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
        String ifNoneMatch = ctx.header("If-None-Match");
        boolean current;
        if (ifNoneMatch != null)
            current = matches(ifNoneMatch, etag);
        else
            current = notModifiedSince(ctx.header("If-Modified-Since"), modified);
        if (current)
            ctx.status(304);
        return current;
    }

    /** Whether an {@code If-None-Match} list names {@code etag}, compared weakly. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch.strip().equals("*"))
            return true;
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(","))
            if (opaque(candidate.strip()).equals(opaque))
                return true;
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean notModifiedSince(String header, Instant modified) {
        if (header == null)
            return false;
        try {
            Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(header.strip(), Instant::from);
            return !modified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
