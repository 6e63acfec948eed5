package org.w3id.diligentia.http;

import org.w3id.diligentia.error.NotAcceptableException;
import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.AcceptHeader;

import io.javalin.http.Context;

/**
 * {@code GET /health}: whether the service can answer, and which dataset it serves. 200 "ok"; 503
 * "empty" when nothing is loaded, 503 "unavailable" with the reason when the store cannot be
 * reached (a remote store that is down or misconfigured). The answer is JSON only: a request that
 * accepts no JSON gets 406, before the store is asked anything.
 */
final class HealthHandler {
    private final KnowledgeStore store;

    HealthHandler(KnowledgeStore store) {
        this.store = store;
    }

    record Health(String status, String store, String version, long tripleCount, String loadedAt) {}

    record Unavailable(String status, String store, String reason) {}

    void handle(Context ctx) {
        String accept = ctx.header("Accept");
        if (AcceptHeader.parse(accept).quality("application/json") <= 0)
            throw new NotAcceptableException("The health answer is application/json only; 'Accept: " + accept
                    + "' does not accept it.");
        DatasetInfo info;
        try {
            info = store.info();
        } catch (ServiceUnavailableException e) {
            ctx.status(503);
            ctx.header("Cache-Control", "no-store");
            ctx.json(new Unavailable("unavailable", store.description(), e.getMessage()));
            return;
        }
        String status = info.isEmpty() ? "empty" : "ok";
        ctx.status(info.isEmpty() ? 503 : 200);
        ctx.header("Cache-Control", "no-store");
        ctx.json(new Health(status, store.description(), info.version(), info.tripleCount(), info.loadedAt().toString()));
    }
}
