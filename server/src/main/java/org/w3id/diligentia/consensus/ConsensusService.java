package org.w3id.diligentia.consensus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.query.BoundQuery;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.Ids;

/**
 * Consensus of scopes on questions: runs the canned queries ({@code consensus-counts},
 * {@code effective-stances}, {@code timeline-dates}, {@code regional-coverage}) with validated, typed
 * parameters and maps counts to levels with the rules read from the ontology
 * ({@code consensus-levels}). Answers are cached per dataset version. Knows nothing of HTTP: bad
 * input is reported with the typed exceptions of {@code org.w3id.diligentia.error}.
 */
public final class ConsensusService {
    private static final String WORLD = "world";
    private static final String ALL_STATES = "all-states";

    private final CannedQueries queries;
    private final Supplier<String> version;
    private final AnswerCache cache = new AnswerCache(2000);

    public ConsensusService(CannedQueries queries, Supplier<String> version) {
        this.queries = queries;
        this.version = version;
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
        return cache.get(List.of(version.get(), "levels"),
                () -> LevelRules.fromTable(queries.select("consensus-levels", Map.of()).table().complete("consensus-levels")));
    }

    /**
     * The consensus of {@code scope} on {@code question} as of {@code asOf} (default today), counting
     * positions of at least {@code minConfidence} (default low).
     */
    public Assessment assess(String scope, String question, String asOf, String minConfidence) {
        require("scope", scope);
        require("question", question);
        BoundQuery counts = queries.bind(queries.get("consensus-counts"),
                CannedQueries.params("scope", scope, "question", question, "asOf", asOf, "minConfidence", minConfidence));
        rejectDateList(counts);
        return cache.get(List.of(version.get(), "assess", counts.values()), () -> compute(counts));
    }

    private Assessment compute(BoundQuery countsQuery) {
        Map<String, String> p = countsQuery.values();
        Table table = queries.select(countsQuery).complete("consensus-counts");
        Counts counts = table.rows().isEmpty() ? Counts.NONE : counts(table.rows().get(0));
        List<MemberStance> members = members(p.get("scope"), p.get("question"), p.get("asOf"), p.get("minConfidence"));
        LevelRule rule = levelRules().classify(counts);
        Identifiers.Scope scope = identifiers().scope(p.get("scope"));
        return new Assessment(assessmentId(p.get("scope"), p.get("question")), p.get("scope"), scope.label(),
                p.get("question"), LocalDate.parse(p.get("asOf")), p.get("minConfidence"), rule.id(),
                Assessment.Rule.of(rule, counts), counts, counts.support(), counts.opposition(), counts.agreement(), counts.coverage(), members);
    }

    /** Every member of the scope on the date with its effective stance and the position behind it. */
    public List<MemberStance> members(String scope, String question, String asOf, String minConfidence) {
        CannedQueries.Result r = queries.select("effective-stances",
                CannedQueries.params("scope", scope, "question", question, "asOf", asOf, "minConfidence", minConfidence));
        List<MemberStance> members = new ArrayList<>();
        for (Binding row : r.table().complete("effective-stances").rows()) {
            String stance = Table.get(row, "effectiveStance").map(ConsensusService::key).orElse(null);
            Via via = stance == null ? null : new Via(
                    uri(row, "position"), uri(row, "instrument"), literal(row, "via"),
                    Table.get(row, "organization").map(ConsensusService::key).orElse(null), literal(row, "positionDate"));
            members.add(new MemberStance(literal(row, "iso3"), literal(row, "name"), stance, literal(row, "coverage"), via));
        }
        return members;
    }

    /**
     * For every scope and question, the positions behind the effective stances of the scope's active
     * members on the date: the provenance of the assessments, in two queries (every State's effective
     * positions, every scope's members).
     */
    public Map<String, Map<String, Set<String>>> positionsUsed(String asOf, String minConfidence) {
        Map<String, Map<String, String>> byState = new HashMap<>();    // iso3 -> question -> position
        for (Binding row : queries.select("effective-stances", CannedQueries.params(
                "scope", ALL_STATES, "asOf", asOf, "minConfidence", minConfidence)).table().complete("effective-stances").rows()) {
            String position = uri(row, "position");
            if (position != null)
                byState.computeIfAbsent(literal(row, "iso3"), s -> new HashMap<>())
                        .put(key(Table.get(row, "question").orElseThrow()), position);
        }
        Map<String, Map<String, Set<String>>> used = new LinkedHashMap<>();
        for (Binding row : queries.select("scope-members", CannedQueries.params("asOf", asOf)).table().complete("scope-members").rows()) {
            String scope = scopeId(Table.get(row, "scope").orElseThrow());
            Map<String, Set<String>> byQuestion = used.computeIfAbsent(scope, s -> new LinkedHashMap<>());
            byState.getOrDefault(literal(row, "iso3"), Map.of())
                    .forEach((question, position) -> byQuestion.computeIfAbsent(question, q -> new TreeSet<>()).add(position));
        }
        return used;
    }

    /**
     * The dates between {@code from} and {@code to} on which the level or the counts of the scope on the
     * question changed, starting with {@code from} itself.
     */
    public List<TimelinePoint> timeline(String scope, String question, String from, String to, String minConfidence) {
        require("scope", scope);
        require("question", question);
        BoundQuery query = queries.bind(queries.get("consensus-timeline"), CannedQueries.params(
                "scope", scope, "question", question, "from", from, "to", to, "minConfidence", minConfidence));
        LocalDate start = LocalDate.parse(query.values().get("from"));
        LocalDate end = LocalDate.parse(query.values().get("to"));
        if (start.isAfter(end))
            throw new BadRequestException("Parameter 'from' (" + start + ") is after 'to' (" + end + ").");
        return cache.get(List.of(version.get(), "timeline", query.values()), () -> {
            LevelRules rules = levelRules();
            List<TimelinePoint> timeline = new ArrayList<>();
            for (Binding row : queries.select(query).complete("consensus-timeline").rows()) {
                Counts c = counts(row);
                String level = rules.classify(c).id();
                TimelinePoint last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
                if (last == null || !last.level().equals(level) || !last.counts().equals(c))
                    timeline.add(new TimelinePoint(LocalDate.parse(literal(row, "date")), level, c));
            }
            return List.copyOf(timeline);
        });
    }

    /** Every scope (the world and each organization with members) on every question, as of a date. */
    public List<MatrixCell> matrix(String asOf, String minConfidence) {
        BoundQuery counts = queries.bind(queries.get("consensus-counts"),
                CannedQueries.params("asOf", asOf, "minConfidence", minConfidence));
        rejectDateList(counts);
        return cache.get(List.of(version.get(), "matrix", counts.values()), () -> {
            Map<String, Map<String, Counts>> byScope = new LinkedHashMap<>();
            for (Binding row : queries.select(counts).complete("consensus-counts").rows()) {
                String scope = scopeId(Table.get(row, "scope").orElseThrow());
                byScope.computeIfAbsent(scope, s -> new LinkedHashMap<>()).put(key(Table.get(row, "question").orElseThrow()), counts(row));
            }
            LevelRules rules = levelRules();
            List<MatrixCell> cells = new ArrayList<>();
            for (Identifiers.Scope scope : identifiers().scopeList()) {
                if (scope.id().equals(ALL_STATES))
                    continue;
                for (Identifiers.Question q : identifiers().questionList()) {
                    Counts c = byScope.getOrDefault(scope.id(), Map.of()).getOrDefault(q.id(), Counts.NONE);
                    cells.add(new MatrixCell(scope.id(), scope.label(), q.id(), rules.classify(c).id(), c, c.coverage(),
                            assessmentId(scope.id(), q.id())));
                }
            }
            return List.copyOf(cells);
        });
    }

    /**
     * The regional organizations at one of {@code levels} on the question, and the share of UN members
     * they cover between them: the path from regional to global consensus.
     */
    public RegionalCoverage regionalCoverage(String question, String asOf, String minConfidence, List<String> levels) {
        require("question", question);
        Set<String> known = levelRules().rules().stream().map(LevelRule::id).collect(Collectors.toSet());
        for (String level : levels)
            if (!known.contains(level))
                throw new BadRequestException("Parameter 'levels' names an unknown level '" + level + "'; levels are "
                        + String.join(", ", new TreeSet<>(known)) + ".");
        if (identifiers().question(question) == null)
            queries.bind(queries.get("effective-stances"), CannedQueries.params("question", question));   // the 404 naming it
        List<MatrixCell> reached = matrix(asOf, minConfidence).stream()
                .filter(c -> c.question().equals(question) && levels.contains(c.level()) && isRegional(c.scope()))
                .toList();
        String organizations = reached.stream().map(MatrixCell::scope).collect(Collectors.joining(","));
        CannedQueries.Result r = queries.select("regional-coverage",
                CannedQueries.params("organizations", organizations.isEmpty() ? null : organizations, "asOf", asOf));
        Binding row = r.table().complete("regional-coverage").rows().get(0);
        int un = integer(row, "unMembers");
        int covered = integer(row, "covered");
        BigDecimal share = un == 0 ? null
                : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(un), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return new RegionalCoverage(question, LocalDate.parse(r.query().values().get("asOf")), List.copyOf(levels), reached, un, covered, share);
    }

    private boolean isRegional(String scope) {
        return !scope.equals(WORLD) && !scope.equals(ALL_STATES);
    }

    /** The identifier of the assessment of a scope on a question. */
    public static String assessmentId(String scope, String question) {
        return Ids.ID + "assessment/" + scope + "/" + question;
    }

    private static void require(String name, String value) {
        if (value == null || value.isBlank())
            throw new BadRequestException("Parameter '" + name + "' is required.");
    }

    private static void rejectDateList(BoundQuery q) {
        if (q.values().getOrDefault("asOf", "").contains(","))
            throw new BadRequestException("Parameter 'asOf' takes one date here, got '" + q.values().get("asOf") + "'.");
    }

    private String scopeId(Node scope) {
        for (Identifiers.Scope s : identifiers().scopeList())
            if (s.node().equals(scope))
                return s.id();
        return key(scope);
    }

    static Counts counts(Binding row) {
        return new Counts(integer(row, "members"), integer(row, "affirms"), integer(row, "rejects"),
                integer(row, "undecided"), integer(row, "noStance"), integer(row, "silent"), integer(row, "unread"),
                integer(row, "noDocument"));
    }

    private static int integer(Binding row, String var) {
        return Table.get(row, var).map(n -> Integer.parseInt(n.getLiteralLexicalForm())).orElse(0);
    }

    private static String literal(Binding row, String var) {
        return Table.get(row, var).map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()).orElse(null);
    }

    private static String uri(Binding row, String var) {
        return Table.get(row, var).filter(Node::isURI).map(Node::getURI).orElse(null);
    }

    /** The last path segment of an identifier (affirms, AU, dd-binding). */
    static String key(Node node) {
        String s = Objects.requireNonNull(node).isURI() ? node.getURI() : node.getLiteralLexicalForm();
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
