package org.w3id.diligentia.http;

import java.util.ArrayList;
import java.util.List;

import org.w3id.diligentia.custom.CustomIndicators;
import org.w3id.diligentia.custom.CustomIndicators.Population;
import org.w3id.diligentia.custom.CustomQuery;
import org.w3id.diligentia.custom.CustomService;
import org.w3id.diligentia.html.CustomPage;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.RenderedPage;
import org.w3id.diligentia.web.CsvTable;

import io.javalin.http.Context;

/**
 * {@code /api/custom} and the page {@code /page/custom}: the request parsed ({@link Requests}), the
 * {@link CustomService} asked, JSON or CSV written, or the page rendered.
 */
final class CustomHandlers {
    private final CustomService custom;
    private final Requests requests;
    private final ApiResponder responder;
    private final KnowledgeStore store;
    private final Identifiers ids;
    private final ByteCache cache;

    CustomHandlers(CustomService custom, Requests requests, ApiResponder responder, KnowledgeStore store, Identifiers ids,
                   ByteCache cache) {
        this.custom = custom;
        this.requests = requests;
        this.responder = responder;
        this.store = store;
        this.ids = ids;
        this.cache = cache;
    }

    /** {@code GET /api/custom?question=&asOf=&minConfidence=}. */
    void indicators(Context ctx) {
        CustomQuery q = requests.custom(ctx, false);
        responder.respond(ctx, () -> custom.indicators(q), CustomHandlers::csv);
    }

    /** {@code GET /page/custom?question=&asOf=&minConfidence=}: the page; the question defaults to the dashboard's. */
    void page(Context ctx) {
        CustomQuery q = requests.custom(ctx, true);
        RenderedPage.respond(ctx, store, cache, () -> {
            List<CustomPage.Option> questions = new ArrayList<>();
            for (Identifiers.Question question : ids.questionList())
                questions.add(new CustomPage.Option(question.id(), question.label()));
            return CustomPage.render(custom.indicators(q), questions);
        }, "custom", q.question().id(), q.asOf().toString(), q.floor().toString());
    }

    /**
     * One row per population (the UN members, then each regional group) with its counts and exact
     * shares, the indicators' verdicts repeated on each row so the table stands alone.
     */
    private static CsvTable csv(CustomIndicators c) {
        CsvTable t = new CsvTable("question", "asOf", "minConfidence", "scope", "label", "members", "affirms", "rejects",
                "undecided", "silent", "unknown", "coverage", "affirmingOfKnownStances", "sufficientCoverage",
                "affirmingMajority", "generality", "representativeness", "consistency", "objection", "verdict");
        t.row(row(c, c.generality().unMembers()));
        for (Population g : c.representativeness().groups())
            t.row(row(c, g));
        return t;
    }

    private static Object[] row(CustomIndicators c, Population p) {
        return new Object[] {c.question(), c.asOf(), c.minConfidence(), p.scope(), p.label(), p.counts().members(),
                p.affirms(), p.rejects(), p.undecided(), p.silent(), p.unknown(), p.coverage(), p.affirmingOfKnownStances(),
                p.sufficientCoverage(), p.affirmingMajority(), c.generality().met(), c.representativeness().met(),
                c.consistency().met(), c.objection().met(), c.verdict()};
    }
}
