package org.w3id.diligentia.http;

import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;

import io.javalin.http.Context;

/** {@code GET /health}: whether the service can answer, and which dataset it serves. */
final class HealthHandler {
    private final KnowledgeStore store;

    HealthHandler(KnowledgeStore store) {
        this.store = store;
    }

    record Health(String status, String store, String version, long tripleCount, String loadedAt) {}

    void handle(Context ctx) {
        DatasetInfo info = store.info();
        String status = info.isEmpty() ? "empty" : "ok";
        ctx.status(info.isEmpty() ? 503 : 200);
        ctx.header("Cache-Control", "no-store");
        ctx.json(new Health(status, store.description(), info.version(), info.tripleCount(), info.loadedAt().toString()));
    }
}
