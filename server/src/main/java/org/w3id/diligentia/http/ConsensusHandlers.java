package org.w3id.diligentia.http;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.diligentia.consensus.Assessment;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.MemberStance;
import org.w3id.diligentia.consensus.RegionalCoverage;
import org.w3id.diligentia.consensus.TimelinePoint;

import io.javalin.http.Context;

/** {@code /api/consensus...}: parse the parameters, ask the {@link ConsensusService}, render JSON or CSV. */
final class ConsensusHandlers {
    private final ConsensusService consensus;
    private final ApiResponder responder;

    ConsensusHandlers(ConsensusService consensus, ApiResponder responder) {
        this.consensus = consensus;
        this.responder = responder;
    }

    /** {@code GET /api/consensus?scope=&question=&asOf=&minConfidence=}. */
    void assessment(Context ctx) {
        Map<String, List<String>> p = Params.only(ctx, Set.of("scope", "question", "asOf", "minConfidence"));
        responder.respond(ctx,
                () -> consensus.assess(Params.one(p, "scope"), Params.one(p, "question"), Params.one(p, "asOf"), Params.one(p, "minConfidence")),
                ConsensusHandlers::membersCsv);
    }

    /** {@code GET /api/consensus/timeline?scope=&question=&from=&to=&minConfidence=}. */
    void timeline(Context ctx) {
        Map<String, List<String>> p = Params.only(ctx, Set.of("scope", "question", "from", "to", "minConfidence"));
        responder.respond(ctx, () -> {
            List<TimelinePoint> points = consensus.timeline(Params.one(p, "scope"), Params.one(p, "question"),
                    Params.one(p, "from"), Params.one(p, "to"), Params.one(p, "minConfidence"));
            // Echo the identifiers as read (stripped), like every other answer.
            return new Timeline(Params.one(p, "scope").strip(), Params.one(p, "question").strip(), points);
        }, ConsensusHandlers::timelineCsv);
    }

    /** {@code GET /api/consensus/matrix?asOf=&minConfidence=}. */
    void matrix(Context ctx) {
        Map<String, List<String>> p = Params.only(ctx, Set.of("asOf", "minConfidence"));
        responder.respond(ctx, () -> new Matrix(consensus.matrix(Params.one(p, "asOf"), Params.one(p, "minConfidence"))),
                ConsensusHandlers::matrixCsv);
    }

    /** {@code GET /api/consensus/regional-coverage?question=&asOf=&minConfidence=&levels=broad,consensus}. */
    void regionalCoverage(Context ctx) {
        Map<String, List<String>> p = Params.only(ctx, Set.of("question", "asOf", "minConfidence", "levels"));
        String levels = Params.one(p, "levels");
        List<String> wanted = levels == null || levels.isBlank() ? List.of("broad", "consensus")
                : Arrays.stream(levels.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        responder.respond(ctx, () -> consensus.regionalCoverage(Params.one(p, "question"), Params.one(p, "asOf"),
                Params.one(p, "minConfidence"), wanted), ConsensusHandlers::coverageCsv);
    }

    record Timeline(String scope, String question, List<TimelinePoint> points) {}

    record Matrix(List<MatrixCell> cells) {}

    private static CsvTable membersCsv(Assessment a) {
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

    private static CsvTable timelineCsv(Timeline timeline) {
        CsvTable t = new CsvTable("scope", "question", "date", "level", "members", "affirms", "rejects", "undecided", "noStance",
                "silent", "unread", "noDocument", "coverage");
        for (TimelinePoint p : timeline.points())
            t.row(timeline.scope(), timeline.question(), p.date(), p.level(), p.counts().members(), p.counts().affirms(),
                    p.counts().rejects(), p.counts().undecided(), p.counts().noStance(), p.counts().silent(), p.counts().unread(),
                    p.counts().noDocument(), p.coverage());
        return t;
    }

    private static CsvTable matrixCsv(Matrix matrix) {
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
