package org.w3id.diligentia.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.w3id.diligentia.cite.Citation;
import org.w3id.diligentia.cite.CitationFormats;
import org.w3id.diligentia.cite.CitationService;
import org.w3id.diligentia.cite.CitedView;
import org.w3id.diligentia.consensus.ConsensusQuery;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.MatrixQuery;
import org.w3id.diligentia.consensus.TimelineQuery;
import org.w3id.diligentia.html.CitePage;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.CsvTable;
import org.w3id.diligentia.web.Negotiation;
import org.w3id.diligentia.web.RenderedPage;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.javalin.http.Context;

/**
 * The citation permalinks {@code /cite/{version}/consensus[/matrix|/timeline]?...}: the parameters of
 * the API answer they pin ({@link Requests}), the version checked against the store's history (404
 * naming an unknown one), then the answer in the negotiated representation: an HTML page (the
 * default), the API's JSON or CSV with its {@code citation}, or the citation alone as BibTeX, CSL-JSON
 * or text. A permalink of an earlier version answers 200 from the current version, with the notice
 * in the page, in {@code citation.notice} and a {@code Link rel="latest-version"} to the same view
 * at the current version: the citation keeps resolving, and says plainly what it resolves to.
 */
final class CiteHandlers {
    /** What a permalink can answer with. */
    enum Representation { HTML, JSON, CSV, BIBTEX, CSL, TEXT }

    record Offer(String mediaType, Representation representation) {}

    private static final List<Offer> OFFERS = List.of(new Offer("text/html", Representation.HTML),
            new Offer("application/json", Representation.JSON), new Offer("text/csv", Representation.CSV),
            new Offer(CitationFormats.BIBTEX_TYPE, Representation.BIBTEX), new Offer("text/x-bibtex", Representation.BIBTEX),
            new Offer(CitationFormats.CSL_TYPE, Representation.CSL), new Offer("text/plain", Representation.TEXT));
    private static final List<String> KEYS = List.of("html", "json", "csv", "bibtex", "csl", "text");
    static final Negotiation<Offer, Representation> NEGOTIATION = new Negotiation<>(OFFERS, Offer::mediaType,
            Offer::representation, key -> Arrays.stream(Representation.values())
                    .filter(r -> r.name().toLowerCase(Locale.ROOT).equals(key.strip().toLowerCase(Locale.ROOT))).findFirst(), KEYS);

    private final CitationService citations;
    private final ConsensusService consensus;
    private final Requests requests;
    private final ApiResponder responder;
    private final KnowledgeStore store;
    private final ByteCache cache;

    CiteHandlers(CitationService citations, ConsensusService consensus, Requests requests, ApiResponder responder,
                 KnowledgeStore store, ByteCache cache) {
        this.citations = citations;
        this.consensus = consensus;
        this.requests = requests;
        this.responder = responder;
        this.store = store;
        this.cache = cache;
    }

    /** {@code GET /cite/{version}/consensus?scope=&question=&asOf=&minConfidence=}. */
    void assessment(Context ctx) {
        Representation r = NEGOTIATION.choose(ctx, "a citation");
        ConsensusQuery q = requests.consensus(ctx);
        Citation c = citations.pinned(ctx.pathParam("version"), assessmentView(q));
        answer(ctx, r, c, () -> consensus.assess(q), ConsensusHandlers::membersCsv,
                a -> CitePage.render(c, CitePage.summary(a), CitePage.assessmentPage(q.scope().id(), q.question().id(), q.asOf()),
                        "The assessment page: every member, its stance and the document behind it"));
    }

    /** {@code GET /cite/{version}/consensus/matrix?asOf=&minConfidence=}. */
    void matrix(Context ctx) {
        Representation r = NEGOTIATION.choose(ctx, "a citation");
        MatrixQuery q = requests.matrix(ctx);
        Citation c = citations.pinned(ctx.pathParam("version"), matrixView(q));
        answer(ctx, r, c, () -> new ConsensusHandlers.Matrix(consensus.matrix(q)), ConsensusHandlers::matrixCsv,
                m -> CitePage.render(c, CitePage.summary(m.cells()), CitePage.dashboard(q.asOf(), q.floor().id(), null, null),
                        "The matrix on the dashboard"));
    }

    /** {@code GET /cite/{version}/consensus/timeline?scope=&question=&from=&to=&minConfidence=}. */
    void timeline(Context ctx) {
        Representation r = NEGOTIATION.choose(ctx, "a citation");
        TimelineQuery q = requests.timeline(ctx);
        Citation c = citations.pinned(ctx.pathParam("version"), timelineView(q));
        answer(ctx, r, c, () -> new ConsensusHandlers.Timeline(q.scope().id(), q.question().id(), consensus.timeline(q)),
                ConsensusHandlers::timelineCsv, t -> CitePage.render(c, CitePage.timelineSummary(t.points()),
                        CitePage.dashboard(q.to(), q.floor().id(), q.scope().id(), q.question().id()), "The timeline on the dashboard"));
    }

    static CitedView assessmentView(ConsensusQuery q) {
        return CitedView.assessment(q.scope().id(), q.scope().label(), q.question().id(), q.question().label(), q.asOf(), q.floor().id());
    }

    static CitedView matrixView(MatrixQuery q) {
        return CitedView.matrix(q.asOf(), q.floor().id());
    }

    static CitedView timelineView(TimelineQuery q) {
        return CitedView.timeline(q.scope().id(), q.scope().label(), q.question().id(), q.question().label(), q.from(), q.to(),
                q.floor().id());
    }

    /** {@code Link} to the permalink ({@code rel="cite-as"}, RFC 8574) and, for an earlier version, to the current one. */
    static void citeAs(Context ctx, Citation c) {
        ctx.res().addHeader("Link", "<" + c.permalink() + ">; rel=\"cite-as\"");
        if (!c.current())
            ctx.res().addHeader("Link", "<" + c.currentPermalink() + ">; rel=\"latest-version\"");
    }

    private <T> void answer(Context ctx, Representation r, Citation c, Supplier<T> compute, Function<T, CsvTable> csv,
                            Function<T, String> page) {
        citeAs(ctx, c);
        switch (r) {
            case JSON, CSV -> responder.respond(ctx, () -> new Cited<>(compute.get(), CitationFormats.json(c)),
                    cited -> csv.apply(cited.answer()));
            case BIBTEX -> text(ctx, CitationFormats.BIBTEX_TYPE, CitationFormats.bibtex(c));
            case TEXT -> text(ctx, "text/plain", CitationFormats.text(c) + "\n");
            case CSL -> {
                try {
                    text(ctx, CitationFormats.CSL_TYPE, DiligentiaServer.objectMapper().writerWithDefaultPrettyPrinter()
                            .writeValueAsString(CitationFormats.csl(c)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Cannot write a citation as CSL-JSON", e);
                }
            }
            case HTML -> RenderedPage.respond(ctx, store, cache, () -> page.apply(compute.get()), "cite", c.accessed().toString(),
                    ctx.path(), String.valueOf(ctx.queryString()));
        }
    }

    private static void text(Context ctx, String type, String body) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(type + "; charset=utf-8");
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }
}
