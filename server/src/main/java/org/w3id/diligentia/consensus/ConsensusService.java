package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.query.AnswerCache;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.Coverage;
import org.w3id.diligentia.vocab.Ids;
import org.w3id.diligentia.vocab.Stance;

/**
 * Consensus of scopes on questions: runs the canned queries ({@code consensus-counts},
 * {@code effective-stances}, {@code consensus-timeline}, {@code regional-coverage}), which read the
 * stance and population intervals materialized at load, with typed
 * arguments and maps counts to levels with the rules read from the ontology
 * ({@code consensus-levels}). Requests arrive validated and typed (a {@link ConsensusQuery} and its
 * kin); answers are cached per dataset version. Knows nothing of HTTP.
 */
public final class ConsensusService {
    private static final String WORLD = "world";
    private static final String ALL_STATES = "all-states";

    private final CannedQueries queries;
    private final Supplier<String> version;
    private final AnswerCache cache;
    private final Object indexLock = new Object();
    private volatile Indexed indexed;

    /** The in-memory index of the intervals of one version of the data. */
    private record Indexed(String version, IntervalIndex index) {}

    public ConsensusService(CannedQueries queries, Supplier<String> version) {
        this.queries = queries;
        this.version = version;
        this.cache = new AnswerCache(version, 2000);
    }

    /**
     * The index of the intervals of the version being read, read once per version (not in the answer
     * cache, whose least recently used entries go): the consensus and the matrix of a new date are
     * computed from it, and agree with the canned queries ({@link #assessByQueries}, {@link #matrixByQueries}).
     */
    private IntervalIndex index() {
        String v = version.get();
        Indexed i = indexed;
        if (i != null && i.version().equals(v))
            return i.index();
        synchronized (indexLock) {
            i = indexed;
            if (i == null || !i.version().equals(v)) {
                i = new Indexed(v, IntervalIndex.read(queries));
                indexed = i;
            }
            return i.index();
        }
    }

    /**
     * Reads the index of the version being read now, if it is not read yet, so that the first answer of
     * a new date does not wait for it (the server calls this in the background after start and reload).
     */
    public void prepare() {
        index();
    }

    /**
     * The step functions of every scope, question and floor ({@link AnswerSteps#read}), from the index
     * this service has read (or reads now), so that a load's change report does not read the intervals again.
     */
    public Map<AnswerSteps.Key, List<AnswerSteps.Step>> answerSteps() {
        return AnswerSteps.of(index(), levelRules(), identifiers());
    }

    public Identifiers identifiers() {
        return queries.identifiers();
    }

    /** Today by the service's clock, the default date of every answer. */
    public LocalDate today() {
        return queries.today();
    }

    /** The level rules of the loaded ontology. */
    public LevelRules levelRules() {
        return cache.get("levels",
                () -> LevelRules.fromTable(queries.select("consensus-levels", QueryArgs.none()).complete("consensus-levels")));
    }

    /** The consensus of a scope on a question as of a date. */
    public Assessment assess(ConsensusQuery q) {
        return cache.get(q, () -> {
            IntervalIndex index = index();
            Node scope = q.scope().node(), question = q.question().node(), floor = q.floor().node();
            return assessment(q, index.counts(scope, question, floor, q.asOf()), index.members(scope, question, floor, q.asOf()));
        });
    }

    /** The answer of {@link #assess} from the canned queries consensus-counts and effective-stances, uncached. */
    Assessment assessByQueries(ConsensusQuery q) {
        Table table = queries.select("consensus-counts", args(q.scope(), q.question(), q.floor()).with("asOf", q.asOf()))
                .complete("consensus-counts");
        return assessment(q, table.rows().isEmpty() ? Counts.NONE : counts(table.readRows().get(0)), members(q));
    }

    private Assessment assessment(ConsensusQuery q, Counts counts, List<MemberStance> members) {
        LevelRule rule = levelRules().classify(counts);
        return new Assessment(assessmentId(q.scope().id(), q.question().id()), q.scope().id(), q.scope().label(),
                q.question().id(), q.asOf(), q.floor(), rule.id(), Assessment.Rule.of(rule, counts), counts,
                counts.support(), counts.opposition(), counts.agreement(), counts.coverage(), List.copyOf(members));
    }

    /** Every member of the scope on the date with its effective stance, its coverage, and the position behind the stance. */
    private List<MemberStance> members(ConsensusQuery q) {
        Table table = queries.select("effective-stances", args(q.scope(), q.question(), q.floor()).with("asOf", q.asOf()));
        List<MemberStance> members = new ArrayList<>();
        for (Row row : table.complete("effective-stances").readRows()) {
            Stance stance = row.node("effectiveStance").flatMap(Stance::of).orElse(null);
            Via via = stance == null ? null : new Via(row.uri("position").orElse(null), row.uri("instrument").orElse(null),
                    row.text("via").orElse(null), row.key("organization").orElse(null), row.text("positionDate").orElse(null));
            members.add(new MemberStance(row.text("iso3").orElse(null), row.text("name").orElse(null), stance,
                    row.text("coverage").flatMap(Coverage::byId).orElse(null), via));
        }
        return members;
    }

    /**
     * For every scope and question, the positions behind the effective stances of the scope's active
     * members on the date (those effective-stances shows with a position): the provenance of the
     * assessments, from the index.
     */
    public Map<String, Map<String, Set<String>>> positionsUsed(LocalDate asOf, Confidence floor) {
        IntervalIndex index = index();
        Map<String, Map<String, Set<String>>> used = new LinkedHashMap<>();
        for (Identifiers.Scope scope : identifiers().scopeList())
            for (Identifiers.Question question : identifiers().questionList()) {
                Set<String> positions = new TreeSet<>();
                for (MemberStance m : index.members(scope.node(), question.node(), floor.node(), asOf))
                    if (m.via() != null && m.via().position() != null)
                        positions.add(m.via().position());
                if (!positions.isEmpty())
                    used.computeIfAbsent(scope.id(), s -> new LinkedHashMap<>()).put(question.id(), positions);
            }
        return used;
    }

    /**
     * The dates between {@code from} and {@code to} on which the level or the counts of the scope on the
     * question changed, starting with {@code from} itself.
     */
    public List<TimelinePoint> timeline(TimelineQuery q) {
        return cache.get(q, () -> {
            IntervalIndex index = index();
            Node scope = q.scope().node(), question = q.question().node(), floor = q.floor().node();
            List<Map.Entry<LocalDate, Counts>> points = new ArrayList<>();
            for (LocalDate day : index.changeDays(scope, question, floor, q.from(), q.to()))
                points.add(Map.entry(day, index.counts(scope, question, floor, day)));
            return timeline(points);
        });
    }

    /** The answer of {@link #timeline} from the canned query consensus-timeline, uncached. */
    List<TimelinePoint> timelineByQueries(TimelineQuery q) {
        QueryArgs args = args(q.scope(), q.question(), q.floor()).with("from", q.from()).with("to", q.to());
        List<Map.Entry<LocalDate, Counts>> points = new ArrayList<>();
        for (Row row : queries.select("consensus-timeline", args).complete("consensus-timeline").readRows())
            points.add(Map.entry(row.date("date").orElseThrow(), counts(row)));
        return timeline(points);
    }

    /** The points at which the level or the counts change, from the counts on every day they could. */
    private List<TimelinePoint> timeline(List<Map.Entry<LocalDate, Counts>> points) {
        LevelRules rules = levelRules();
        List<TimelinePoint> timeline = new ArrayList<>();
        for (Map.Entry<LocalDate, Counts> point : points) {
            Counts c = point.getValue();
            String level = rules.classify(c).id();
            TimelinePoint last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
            if (last == null || !last.level().equals(level) || !last.counts().equals(c))
                timeline.add(new TimelinePoint(point.getKey(), level, c));
        }
        return List.copyOf(timeline);
    }

    /** Every scope (the world, each organization with members, each UN regional group) on every question, as of a date. */
    public List<MatrixCell> matrix(MatrixQuery q) {
        return cache.get(q, () -> {
            IntervalIndex index = index();
            return matrix((scope, question) -> index.counts(scope.node(), question.node(), q.floor().node(), q.asOf()));
        });
    }

    /** The answer of {@link #matrix} from the canned query consensus-counts, uncached. */
    List<MatrixCell> matrixByQueries(MatrixQuery q) {
        QueryArgs args = QueryArgs.none().with("asOf", q.asOf()).with("minConfidence", q.floor().node());
        Map<String, Map<String, Counts>> byScope = new LinkedHashMap<>();
        for (Row row : queries.select("consensus-counts", args).complete("consensus-counts").readRows())
            byScope.computeIfAbsent(scopeId(row.required("scope")), s -> new LinkedHashMap<>())
                    .put(row.key("question").orElseThrow(), counts(row));
        return matrix((scope, question) -> byScope.getOrDefault(scope.id(), Map.of()).getOrDefault(question.id(), Counts.NONE));
    }

    private List<MatrixCell> matrix(BiFunction<Identifiers.Scope, Identifiers.Question, Counts> countsOf) {
        LevelRules rules = levelRules();
        List<MatrixCell> cells = new ArrayList<>();
        for (Identifiers.Scope scope : identifiers().scopeList()) {
            if (scope.id().equals(ALL_STATES))
                continue;
            for (Identifiers.Question question : identifiers().questionList()) {
                Counts c = countsOf.apply(scope, question);
                cells.add(new MatrixCell(scope.id(), scope.label(), question.id(), rules.classify(c).id(), c, c.coverage(),
                        assessmentId(scope.id(), question.id())));
            }
        }
        return List.copyOf(cells);
    }

    /**
     * The regional organizations at one of the levels on the question, and the share of UN members
     * they cover between them: the path from regional to global consensus.
     */
    public RegionalCoverage regionalCoverage(RegionalCoverageQuery q) {
        List<MatrixCell> reached = matrix(new MatrixQuery(q.asOf(), q.floor())).stream()
                .filter(c -> c.question().equals(q.question().id()) && q.levels().contains(c.level()) && isOrganization(c.scope()))
                .toList();
        QueryArgs args = QueryArgs.none().with("organizations", reached.stream().map(c -> Ids.org(c.scope())).toList())
                .with("asOf", q.asOf());
        Row row = queries.select("regional-coverage", args).complete("regional-coverage").readRows().get(0);
        int un = row.count("unMembers");
        int covered = row.count("covered");
        BigDecimal share = un == 0 ? null
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(un), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new RegionalCoverage(q.question().id(), q.asOf(), q.levels(), reached, un, covered, share);
    }

    /** Whether a scope is an organization (not the world, all-states or a UN regional group, which adopt nothing). */
    private boolean isOrganization(String scope) {
        return !scope.equals(WORLD) && !scope.equals(ALL_STATES)
                && Ids.keyOf(identifiers().scopeNode(scope), "group").isEmpty();
    }

    /** The identifier of the assessment of a scope on a question. */
    public static String assessmentId(String scope, String question) {
        return Ids.ID + "assessment/" + scope + "/" + question;
    }

    private static QueryArgs args(Identifiers.Scope scope, Identifiers.Question question, Confidence floor) {
        return QueryArgs.none().with("scope", scope.node()).with("question", question.node()).with("minConfidence", floor.node());
    }

    private String scopeId(Node scope) {
        for (Identifiers.Scope s : identifiers().scopeList())
            if (s.node().equals(scope))
                return s.id();
        return Row.key(scope);
    }

    private static Counts counts(Row row) {
        return new Counts(row.count("members"), row.count("affirms"), row.count("rejects"), row.count("undecided"),
                row.count("noStance"), row.count("silent"), row.count("unread"), row.count("noDocument"));
    }
}
