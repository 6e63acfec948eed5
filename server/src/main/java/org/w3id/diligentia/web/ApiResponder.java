package org.w3id.diligentia.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

import org.w3id.diligentia.store.KnowledgeStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * Writes API answers: negotiates JSON or CSV ({@link ApiFormat}), sets an entity tag naming the
 * dataset version, the request and the date (answers default to today), answers
 * {@code If-None-Match} with 304 before computing anything, and marks answers as varying by Accept.
 * The bytes of an answer are kept in the {@link ByteCache} by its tag, so a repeated request is
 * neither computed nor serialized again; an answer cut by the row cap is not kept. An answer that
 * is not in the cache is computed in a slot of the lane of computed answers ({@link Admission}): a
 * cached answer never waits behind one, and one that gets no slot is refused with 503.
 */
public final class ApiResponder {
    private final KnowledgeStore store;
    private final Clock clock;
    private final ByteCache cache;
    private final ObjectMapper json;
    private final Admission computing;

    public ApiResponder(KnowledgeStore store, Clock clock, ByteCache cache, ObjectMapper json, Admission computing) {
        this.store = store;
        this.clock = clock;
        this.cache = cache;
        this.json = json;
        this.computing = computing;
    }

    /** Answers with {@code answer} as JSON, or as the CSV table {@code csv} makes of it. */
    public <T> void respond(Context ctx, Supplier<T> answer, Function<T, CsvTable> csv) {
        ApiFormat format = ApiFormat.of(ctx);
        String etag = ConditionalGet.etag(store.info().version(), LocalDate.now(clock).toString(), format.name(),
                ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString()));
        ctx.header("Vary", "Accept");
        ctx.header("Cache-Control", "no-cache");
        if (ConditionalGet.notModified(ctx, etag))
            return;
        ctx.contentType(format == ApiFormat.CSV ? "text/csv; charset=utf-8" : "application/json");
        byte[] body = cache.peek(etag);
        if (body == null) {
            body = computing.run(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), () -> {
                T value = answer.get();
                return format == ApiFormat.CSV ? csv.apply(value).render().getBytes(StandardCharsets.UTF_8) : serialize(value);
            });
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
}
