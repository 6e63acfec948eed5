package org.w3id.diligentia.http;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.w3id.diligentia.compare.CompareQuery;
import org.w3id.diligentia.consensus.ConsensusQuery;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.LevelRule;
import org.w3id.diligentia.consensus.MatrixQuery;
import org.w3id.diligentia.consensus.RegionalCoverageQuery;
import org.w3id.diligentia.consensus.TimelineQuery;
import org.w3id.diligentia.custom.CustomQuery;
import org.w3id.diligentia.diffusion.DiffusionQuery;
import org.w3id.diligentia.dashboard.DashboardService;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.ParamText;
import org.w3id.diligentia.reference.InstrumentsQuery;
import org.w3id.diligentia.reference.OrganizationQuery;
import org.w3id.diligentia.reference.StateQuery;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.web.Params;

import io.javalin.http.Context;

/**
 * The request of every route that takes parameters, parsed once from the query string (and path)
 * into its record: the API's and the HTML pages' alike, so a parameter reads the same everywhere
 * ({@code asOf} a date, today when left out; {@code minConfidence} a floor, low when left out; a
 * scope, question, State or organization by its id). Unknown and repeated parameters are refused,
 * each bad value is one 400 that names the parameter and the value, an unknown identifier one 404.
 */
final class Requests {
    private final ConsensusService consensus;

    Requests(ConsensusService consensus) {
        this.consensus = consensus;
    }

    /** {@code /api/consensus?scope=&question=&asOf=&minConfidence=}. */
    ConsensusQuery consensus(Context ctx) {
        Params p = Params.only(ctx, Set.of("scope", "question", "asOf", "minConfidence"));
        p.require("scope", "question");
        return new ConsensusQuery(scope(p), question(p), asOf(p), floor(p));
    }

    /** {@code /api/consensus/timeline?scope=&question=&from=&to=&minConfidence=}. */
    TimelineQuery timeline(Context ctx) {
        Params p = Params.only(ctx, Set.of("scope", "question", "from", "to", "minConfidence"));
        p.require("scope", "question");
        return new TimelineQuery(scope(p), question(p), p.get("from", ParamText::date).orElse(TimelineQuery.START),
                p.get("to", ParamText::date).orElseGet(consensus::today), floor(p));
    }

    /** {@code /api/consensus/matrix?asOf=&minConfidence=}. */
    MatrixQuery matrix(Context ctx) {
        Params p = Params.only(ctx, Set.of("asOf", "minConfidence"));
        return new MatrixQuery(asOf(p), floor(p));
    }

    /** {@code /api/consensus/regional-coverage?question=&asOf=&minConfidence=&levels=broad,consensus}. */
    RegionalCoverageQuery regionalCoverage(Context ctx) {
        Params p = Params.only(ctx, Set.of("question", "asOf", "minConfidence", "levels"));
        p.require("question");
        List<String> levels = p.get("levels", this::levels).orElse(RegionalCoverageQuery.REACHED);
        return new RegionalCoverageQuery(question(p), asOf(p), floor(p), levels);
    }

    /**
     * {@code /api/compare?actors=FRA,DEU,USA&asOf=&minConfidence=}: {@value CompareQuery#MIN_ACTORS} to
     * {@value CompareQuery#MAX_ACTORS} States, each named once; an unknown code is a 404 naming it.
     */
    CompareQuery compare(Context ctx) {
        Params p = Params.only(ctx, Set.of("actors", "asOf", "minConfidence"));
        return compare(p, p.required("actors", (n, v) -> ParamText.states(n, v, ids())));
    }

    /**
     * {@code /page/compare?actors=&asOf=&minConfidence=}: the parameters of {@code /api/compare}; without
     * {@code actors} the page is only its form (empty), with the date and floor it would use.
     */
    CompareForm comparePage(Context ctx) {
        Params p = Params.only(ctx, Set.of("actors", "asOf", "minConfidence"));
        return new CompareForm(p.get("actors", (n, v) -> ParamText.states(n, v, ids())).map(actors -> compare(p, actors)),
                asOf(p), floor(p));
    }

    /** The compare page's request: the comparison asked for, if any, and the date and floor of its form. */
    record CompareForm(Optional<CompareQuery> query, LocalDate asOf, Confidence floor) {}

    private CompareQuery compare(Params p, List<Identifiers.State> actors) {
        if (actors.size() < CompareQuery.MIN_ACTORS || actors.size() > CompareQuery.MAX_ACTORS)
            throw new BadRequestException("Parameter 'actors' compares " + CompareQuery.MIN_ACTORS + " to " + CompareQuery.MAX_ACTORS
                    + " States, got " + actors.size() + ": '" + String.join(",", actors.stream().map(Identifiers.State::iso3).toList()) + "'.");
        return new CompareQuery(actors, asOf(p), floor(p));
    }

    /** {@code /api/custom?question=&asOf=&minConfidence=} (and the page {@code /page/custom}, where the question defaults). */
    CustomQuery custom(Context ctx, boolean page) {
        Params p = Params.only(ctx, Set.of("question", "asOf", "minConfidence"));
        if (!page)
            p.require("question");
        Identifiers.Question question = p.get("question", (n, v) -> ParamText.question(n, v, ids()))
                .orElseGet(() -> DashboardService.defaultQuestion(ids()));
        return new CustomQuery(question, asOf(p), floor(p));
    }

    /** {@code /api/diffusion?question=&from=&to=&minConfidence=}. */
    DiffusionQuery diffusion(Context ctx) {
        Params p = Params.only(ctx, Set.of("question", "from", "to", "minConfidence"));
        p.require("question");
        return new DiffusionQuery(question(p), p.get("from", ParamText::date).orElse(DiffusionQuery.START),
                p.get("to", ParamText::date).orElseGet(consensus::today), floor(p));
    }

    /** {@code /api/states/{iso3}?asOf=&minConfidence=}. */
    StateQuery state(Context ctx) {
        Params p = Params.only(ctx, Set.of("asOf", "minConfidence"));
        return new StateQuery(ParamText.state("state", ctx.pathParam("iso3"), ids()), asOf(p), floor(p));
    }

    /** {@code /api/organizations/{id}?asOf=}. */
    OrganizationQuery organization(Context ctx) {
        Params p = Params.only(ctx, Set.of("asOf"));
        return new OrganizationQuery(ParamText.organization("org", ctx.pathParam("id"), ids()), asOf(p));
    }

    /** {@code /api/instruments?org=&kind=&binding=&from=&to=}. */
    InstrumentsQuery instruments(Context ctx) {
        Params p = Params.only(ctx, Set.of("org", "kind", "binding", "from", "to"));
        return new InstrumentsQuery(p.get("org", (n, v) -> ParamText.organization(n, v, ids())),
                p.get("kind", (n, v) -> ParamText.instrumentKind(n, v, ids())), p.get("binding", ParamText::bool),
                p.get("from", ParamText::date), p.get("to", ParamText::date));
    }

    /**
     * {@code GET /?question=&asOf=&minConfidence=&scope=}: the dashboard, the parameters of
     * {@code /api/consensus} read alike, each with a default; the scope is the timeline's.
     */
    ConsensusQuery dashboard(Context ctx) {
        Params p = Params.only(ctx, Set.of("question", "asOf", "minConfidence", "scope"));
        LocalDate asOf = asOf(p);
        if (p.text("scope").map(String::strip).filter(DashboardService.ALL_STATES::equals).isPresent())
            throw new BadRequestException("Parameter 'scope' names the timeline's scope: 'world' or an organization, got '"
                    + DashboardService.ALL_STATES + "'.");
        Identifiers.Question question = p.get("question", (n, v) -> ParamText.question(n, v, ids()))
                .orElseGet(() -> DashboardService.defaultQuestion(ids()));
        Confidence floor = floor(p);
        Identifiers.Scope scope = p.get("scope", (n, v) -> ParamText.scope(n, v, ids()))
                .orElseGet(() -> ids().scope(DashboardService.DEFAULT_SCOPE));
        return new ConsensusQuery(scope, question, asOf, floor);
    }

    /** {@code /api/changes?version=} and {@code /changes?version=}: a version hash (16 hexadecimal digits), the current one when left out. */
    Optional<String> changes(Context ctx) {
        return Params.only(ctx, Set.of("version")).get("version", (name, value) -> {
            String v = value.strip();
            if (!v.matches("[0-9a-f]{16}"))
                throw new BadRequestException("Parameter '" + name + "' is a version hash of 16 hexadecimal digits, such as the "
                        + "current one at /health; got '" + value + "'.");
            return v;
        });
    }

    /** {@code /api/coding-queue?asOf=} and {@code /coding-queue?asOf=}. */
    LocalDate codingQueue(Context ctx) {
        return asOf(Params.only(ctx, Set.of("asOf")));
    }

    /** {@code ?asOf=} of a resource page (its other parameters are the page's own). */
    LocalDate pageDate(Context ctx) {
        return asOf(Params.one(ctx, "asOf"));
    }

    private LocalDate asOf(Params p) {
        return p.get("asOf", ParamText::date).orElseGet(consensus::today);
    }

    private static Confidence floor(Params p) {
        return p.get("minConfidence", ParamText::confidence).orElse(Confidence.DEFAULT);
    }

    private Identifiers.Scope scope(Params p) {
        return p.required("scope", (n, v) -> ParamText.scope(n, v, ids()));
    }

    private Identifiers.Question question(Params p) {
        return p.required("question", (n, v) -> ParamText.question(n, v, ids()));
    }

    /** Level ids separated by commas, each one of the level rules. */
    private List<String> levels(String name, String text) {
        Set<String> known = new TreeSet<>(consensus.levelRules().rules().stream().map(LevelRule::id).toList());
        List<String> levels = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String level : levels)
            if (!known.contains(level))
                throw new BadRequestException("Parameter '" + name + "' names an unknown level '" + level + "'; levels are "
                        + String.join(", ", known) + ".");
        return levels;
    }

    private Identifiers ids() {
        return consensus.identifiers();
    }
}
