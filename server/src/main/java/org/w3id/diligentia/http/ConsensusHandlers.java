package org.w3id.diligentia.http;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.w3id.diligentia.cite.Citation;
import org.w3id.diligentia.cite.CitationFormats;
import org.w3id.diligentia.cite.CitationService;
import org.w3id.diligentia.cite.CitedView;
import org.w3id.diligentia.consensus.Assessment;
import org.w3id.diligentia.consensus.ConsensusQuery;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.MatrixQuery;
import org.w3id.diligentia.consensus.MemberStance;
import org.w3id.diligentia.consensus.RegionalCoverage;
import org.w3id.diligentia.consensus.RegionalCoverageQuery;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.consensus.TimelineQuery;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.CsvTable;

import io.javalin.http.Context;

/** {@code /api/consensus...}: the request parsed ({@link Requests}), the {@link ConsensusService} asked, JSON or CSV written. */
final class ConsensusHandlers {
    private final ConsensusService consensus;
    private final Requests requests;
    private final ApiResponder responder;
    private final CitationService citations;

    ConsensusHandlers(ConsensusService consensus, Requests requests, ApiResponder responder, CitationService citations) {
        this.consensus = consensus;
        this.requests = requests;
        this.responder = responder;
        this.citations = citations;
    }

    /** {@code GET /api/consensus?scope=&question=&asOf=&minConfidence=}. */
    void assessment(Context ctx) {
        ConsensusQuery q = requests.consensus(ctx);
        cited(ctx, CiteHandlers.assessmentView(q), () -> consensus.assess(q), ConsensusHandlers::membersCsv);
    }

    /** {@code GET /api/consensus/timeline?scope=&question=&from=&to=&minConfidence=}. */
    void timeline(Context ctx) {
        TimelineQuery q = requests.timeline(ctx);
        cited(ctx, CiteHandlers.timelineView(q), () -> new Timeline(q.scope().id(), q.question().id(), consensus.timeline(q)),
                ConsensusHandlers::timelineCsv);
    }

    /** {@code GET /api/consensus/matrix?asOf=&minConfidence=}. */
    void matrix(Context ctx) {
        MatrixQuery q = requests.matrix(ctx);
        cited(ctx, CiteHandlers.matrixView(q), () -> new Matrix(consensus.matrix(q)), ConsensusHandlers::matrixCsv);
    }

    /** {@code GET /api/consensus/regional-coverage?question=&asOf=&minConfidence=&levels=broad,consensus}. */
    void regionalCoverage(Context ctx) {
        RegionalCoverageQuery q = requests.regionalCoverage(ctx);
        responder.respond(ctx, () -> consensus.regionalCoverage(q), ConsensusHandlers::coverageCsv);
    }

    /**
     * The answer with its citation at the current version: a {@code citation} beside the JSON answer's
     * fields, and {@code Link: <permalink>; rel="cite-as"} on JSON and CSV alike.
     */
    private <T> void cited(Context ctx, CitedView view, Supplier<T> answer, Function<T, CsvTable> csv) {
        Citation c = citations.current(view);
        CiteHandlers.citeAs(ctx, c);
        responder.respond(ctx, () -> new Cited<>(answer.get(), CitationFormats.json(c)), cited -> csv.apply(cited.answer()));
    }

    record Timeline(String scope, String question, List<TimelinePoint> points) {}

    record Matrix(List<MatrixCell> cells) {}

    static CsvTable membersCsv(Assessment a) {
        CsvTable t = new CsvTable("scope", "question", "asOf", "level", "iso3", "name", "stance", "coverage", "via", "organization",
                "position", "positionDate", "instrument");
        for (MemberStance m : a.members()) {
            var via = m.via();
            t.row(a.scope(), a.question(), a.asOf(), a.level(), m.iso3(), m.name(), m.stance(), m.coverage(),
                    via == null ? null : via.kind(), via == null ? null : via.organization(),
                    via == null ? null : via.position(), via == null ? null : via.date(), via == null ? null : via.instrument());
        }
        return t;
    }

    static CsvTable timelineCsv(Timeline timeline) {
        CsvTable t = new CsvTable("scope", "question", "date", "level", "members", "affirms", "rejects", "undecided", "noStance",
                "silent", "unread", "noDocument", "coverage");
        for (TimelinePoint p : timeline.points())
            t.row(timeline.scope(), timeline.question(), p.date(), p.level(), p.counts().members(), p.counts().affirms(),
                    p.counts().rejects(), p.counts().undecided(), p.counts().noStance(), p.counts().silent(), p.counts().unread(),
                    p.counts().noDocument(), p.coverage());
        return t;
    }

    static CsvTable matrixCsv(Matrix matrix) {
        CsvTable t = new CsvTable("scope", "scopeLabel", "question", "level", "members", "affirms", "rejects", "undecided",
                "noStance", "silent", "unread", "noDocument", "coverage", "assessment");
        for (MatrixCell c : matrix.cells())
            t.row(c.scope(), c.scopeLabel(), c.question(), c.level(), c.counts().members(), c.counts().affirms(),
                    c.counts().rejects(), c.counts().undecided(), c.counts().noStance(), c.counts().silent(), c.counts().unread(),
                    c.counts().noDocument(), c.coverage(), c.assessment());
        return t;
    }

    private static CsvTable coverageCsv(RegionalCoverage r) {
        CsvTable t = new CsvTable("question", "asOf", "organization", "level", "members", "unMembers", "covered", "share");
        for (MatrixCell c : r.organizations())
            t.row(r.question(), r.asOf(), c.scope(), c.level(), c.counts().members(), r.unMembers(), r.covered(), r.share());
        if (r.organizations().isEmpty())
            t.row(r.question(), r.asOf(), null, null, null, r.unMembers(), r.covered(), r.share());
        return t;
    }
}
