package org.w3id.diligentia.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import io.javalin.http.Context;

/**
 * Validators and conditional GET (RFC 9110 section 13): the one entity-tag scheme of the service (a
 * digest of everything a representation depends on), {@code Last-Modified} from the load time, and
 * {@code If-None-Match} (weak comparison, lists and {@code *}) or else {@code If-Modified-Since},
 * answered with 304.
 */
public final class ConditionalGet {
    private ConditionalGet() {}

    /**
     * A strong entity tag naming {@code parts}: everything the representation depends on (the dataset
     * version, the code, the path and query, the format, the date of "today" ...), so equal tags mean
     * equal bytes, and the tag can key the {@link ByteCache}.
     */
    public static String etag(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sets {@code ETag} and {@code Last-Modified}; if the request's preconditions say the client's
     * copy is current, answers 304 and returns true (the caller then writes nothing).
     */
    public static boolean notModified(Context ctx, String etag, Instant lastModified) {
        ctx.header("ETag", etag);
        Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC)));
        String ifNoneMatch = ctx.header("If-None-Match");
        return answer(ctx, ifNoneMatch != null ? matches(ifNoneMatch, etag) : notModifiedSince(ctx.header("If-Modified-Since"), modified));
    }

    /** As {@link #notModified(Context, String, Instant)}, for a representation validated by its tag alone. */
    public static boolean notModified(Context ctx, String etag) {
        ctx.header("ETag", etag);
        String ifNoneMatch = ctx.header("If-None-Match");
        return answer(ctx, ifNoneMatch != null && matches(ifNoneMatch, etag));
    }

    /** Whether an {@code If-None-Match} list names {@code etag}, compared weakly; {@code *} names any. */
    public static boolean matches(String ifNoneMatch, String etag) {
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(opaque))
                return true;
        }
        return false;
    }

    private static boolean answer(Context ctx, boolean current) {
        if (current)
            ctx.status(304);
        return current;
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
