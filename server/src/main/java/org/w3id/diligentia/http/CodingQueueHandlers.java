package org.w3id.diligentia.http;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.w3id.diligentia.curation.CodingQueue;
import org.w3id.diligentia.curation.CodingQueueService;
import org.w3id.diligentia.curation.QueueEntry;
import org.w3id.diligentia.html.CodingQueuePage;
import org.w3id.diligentia.html.Links;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.RenderedPage;
import org.w3id.diligentia.web.CsvTable;

import io.javalin.http.Context;

/** {@code /api/coding-queue?asOf=} (JSON, CSV) and the page {@code /coding-queue?asOf=}: the same queue. */
final class CodingQueueHandlers {
    private final CodingQueueService queue;
    private final Requests requests;
    private final ApiResponder responder;
    private final KnowledgeStore store;
    private final Supplier<Links> links;
    private final ByteCache cache;

    CodingQueueHandlers(CodingQueueService queue, Requests requests, ApiResponder responder, KnowledgeStore store,
                        Supplier<Links> links, ByteCache cache) {
        this.queue = queue;
        this.requests = requests;
        this.responder = responder;
        this.store = store;
        this.links = links;
        this.cache = cache;
    }

    void api(Context ctx) {
        LocalDate asOf = requests.codingQueue(ctx);
        responder.respond(ctx, () -> queue.queue(asOf), CodingQueueHandlers::csv);
    }

    void page(Context ctx) {
        LocalDate asOf = requests.codingQueue(ctx);
        RenderedPage.respond(ctx, store, cache, () -> CodingQueuePage.render(queue.queue(asOf), links.get()),
                "coding-queue", queue.today().toString(), asOf.toString());
    }

    static CsvTable csv(CodingQueue q) {
        CsvTable t = new CsvTable("instrument", "title", "adoptedBy", "adoptedByLabel", "date", "source", "readVia", "unreadQuestions",
                "statesReached", "scopesReached", "answers");
        for (QueueEntry e : q.documents())
            t.row(e.instrument(), e.title(), e.adoptedBy(), e.adoptedByLabel(), e.date(), e.source(), String.join(" ", e.readVia()),
                    String.join(" ", e.unreadQuestions()), e.statesReached(), e.scopesReached(), e.answers());
        return t;
    }
}
