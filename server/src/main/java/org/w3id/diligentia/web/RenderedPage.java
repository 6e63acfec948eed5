package org.w3id.diligentia.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;

import io.javalin.http.Context;

/**
 * An HTML page computed from the data: revalidated on every use ({@code Cache-Control: no-cache}),
 * its entity tag made of the dataset version, the code version and what the page depends on
 * ({@code parts}), 304 when it matches, and the page rendered once per tag ({@link ByteCache}).
 */
public final class RenderedPage {
    private RenderedPage() {}

    /** Answers {@code ctx} with the page {@code render} writes, or 304; {@code parts} name what it depends on. */
    public static void respond(Context ctx, KnowledgeStore store, ByteCache cache, Supplier<String> render, String... parts) {
        DatasetInfo info = store.info();
        ctx.header("Cache-Control", "no-cache");
        String etag = ConditionalGet.etag(Stream.concat(Stream.of(info.version(), CodeVersion.id()), Stream.of(parts))
                .toArray(String[]::new));
        if (ConditionalGet.notModified(ctx, etag, info.loadedAt()))
            return;
        byte[] html = cache.get(etag, () -> render.get().getBytes(StandardCharsets.UTF_8));
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(html);
    }
}
