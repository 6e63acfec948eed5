package org.w3id.diligentia.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;

import org.w3id.diligentia.store.KnowledgeStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * Writes API answers: negotiates JSON or CSV, sets an ETag derived from the dataset version, the
 * request and the date (answers default to today), answers {@code If-None-Match} with 304 before
 * computing anything, and marks answers as varying by Accept. The bytes of an answer are kept by
 * its ETag (which names everything the answer depends on), so a repeated request is neither
 * computed nor serialized again; an answer cut by the row cap is not kept.
 */
final class ApiResponder {
    private final KnowledgeStore store;
    private final Clock clock;
    private final RenderedCache cache;
    private final ObjectMapper json;

    ApiResponder(KnowledgeStore store, Clock clock, RenderedCache cache, ObjectMapper json) {
        this.store = store;
        this.clock = clock;
        this.cache = cache;
        this.json = json;
    }

    /**
     * Answers with {@code answer} as JSON, or as the CSV table {@code csv} makes of it.
     */
    <T> void respond(Context ctx, Supplier<T> answer, Function<T, CsvTable> csv) {
        ApiFormat format = ApiFormat.of(ctx);
        String etag = etag(ctx, format);
        ctx.header("ETag", etag);
        ctx.header("Vary", "Accept");
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(format == ApiFormat.CSV ? "text/csv; charset=utf-8" : "application/json");
        byte[] body = cache.peek(etag);
        if (body == null) {
            T value = answer.get();
            body = format == ApiFormat.CSV ? csv.apply(value).render().getBytes(StandardCharsets.UTF_8) : serialize(value);
            if (ctx.res().getHeader(TruncatedHeader.NAME) == null)
                cache.put(etag, body);
        }
        ctx.result(body);
    }

    private byte[] serialize(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an answer as JSON", e);
        }
    }

    private String etag(Context ctx, ApiFormat format) {
        String basis = store.info().version() + "|" + LocalDate.now(clock) + "|" + format + "|" + ctx.path() + "?"
                + (ctx.queryString() == null ? "" : ctx.queryString());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null)
            return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/"))
                c = c.substring(2);
            if (c.equals("*") || c.equals(etag))
                return true;
        }
        return false;
    }
}
