package org.w3id.diligentia.http;

import java.util.function.Supplier;

import org.w3id.diligentia.compare.CompareQuery;
import org.w3id.diligentia.compare.CompareService;
import org.w3id.diligentia.compare.Comparison;
import org.w3id.diligentia.html.ComparePage;
import org.w3id.diligentia.html.Links;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.RenderedPage;
import org.w3id.diligentia.web.CsvTable;

import io.javalin.http.Context;

/**
 * {@code GET /api/compare} (JSON or CSV) and {@code GET /page/compare} (HTML): States side by side,
 * the request parsed once ({@link Requests#compare}), the {@link CompareService} asked.
 */
final class CompareHandlers {
    private final CompareService compare;
    private final Requests requests;
    private final ApiResponder responder;
    private final KnowledgeStore store;
    private final Supplier<Links> links;
    private final ByteCache cache;

    CompareHandlers(CompareService compare, Requests requests, ApiResponder responder, KnowledgeStore store, Supplier<Links> links,
                    ByteCache cache) {
        this.compare = compare;
        this.requests = requests;
        this.responder = responder;
        this.store = store;
        this.links = links;
        this.cache = cache;
    }

    /** {@code GET /api/compare?actors=FRA,DEU,USA&asOf=&minConfidence=}. */
    void api(Context ctx) {
        CompareQuery q = requests.compare(ctx);
        responder.respond(ctx, () -> compare.compare(q), CompareHandlers::csv);
    }

    /** {@code GET /page/compare?actors=&asOf=&minConfidence=}: the form, and the comparison when States are named. */
    void page(Context ctx) {
        Requests.CompareForm form = requests.comparePage(ctx);
        RenderedPage.respond(ctx, store, cache, () -> ComparePage.render(form.query().map(compare::compare).orElse(null), form.asOf(),
                form.floor(), links.get()), "compare", compare.today().toString(), String.valueOf(ctx.queryString()));
    }

    /**
     * Rows of kind {@code cell}: one per State, question and reading (one without a reading for an
     * unread or no-document cell); then rows of kind {@code unread-document}: one per document behind an
     * unread cell; then rows of kind {@code collective-position}: one per collective position reaching a State.
     */
    private static CsvTable csv(Comparison c) {
        CsvTable t = new CsvTable("kind", "asOf", "minConfidence", "iso3", "name", "question", "coverage", "stance", "reading", "via",
                "organization", "date", "instrument", "instrumentTitle", "source", "pinpoint", "evidence", "confidence");
        for (Comparison.Actor a : c.actors())
            for (Comparison.Cell cell : a.cells()) {
                if (cell.readings().isEmpty())
                    t.row(CELL, c.asOf(), c.minConfidence(), a.iso3(), a.name(), cell.question(), cell.coverage(), cell.stance(),
                            null, null, null, null, null, null, null, null, null, null);
                for (Comparison.Reading r : cell.readings()) {
                    Comparison.Document d = r.document();
                    t.row(CELL, c.asOf(), c.minConfidence(), a.iso3(), a.name(), cell.question(), cell.coverage(), cell.stance(),
                            r.reading(), r.via(), r.organization(), r.date(), d == null ? null : d.iri(), d == null ? null : d.title(),
                            d == null ? null : d.url(), r.pinpoint(), r.evidence(), r.confidence());
                }
            }
        for (Comparison.Actor a : c.actors())
            for (Comparison.Cell cell : a.cells())
                for (Comparison.Document d : cell.unreadDocuments())
                    t.row("unread-document", c.asOf(), c.minConfidence(), a.iso3(), a.name(), cell.question(), cell.coverage(), null,
                            null, null, null, null, d.iri(), d.title(), d.url(), null, null, null);
        for (Comparison.Actor a : c.actors())
            for (Comparison.CollectivePosition p : a.collectivePositions()) {
                Comparison.Document d = p.document();
                t.row("collective-position", c.asOf(), c.minConfidence(), a.iso3(), a.name(), p.question(), null, p.stance(),
                        p.position(), "collective", p.organization(), p.date(), d == null ? null : d.iri(), d == null ? null : d.title(),
                        d == null ? null : d.url(), null, null, p.confidence());
            }
        return t;
    }

    private static final String CELL = "cell";
}
