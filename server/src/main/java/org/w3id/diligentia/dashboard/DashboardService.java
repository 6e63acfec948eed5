package org.w3id.diligentia.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.MemberStance;
import org.w3id.diligentia.consensus.RegionalCoverage;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.query.ParamType;
import org.w3id.diligentia.reference.ReferenceService;

/**
 * Assembles the {@link Dashboard} from the consensus and reference services. Parameters are
 * validated by those services (a bad value is a 400 naming it, an unknown identifier a 404); blank
 * ones take the defaults: the question {@code dd-binding} (else the first), today, the lowest
 * confidence floor, and the world for the timeline. Knows nothing of HTTP.
 */
public final class DashboardService {
    public static final String DEFAULT_QUESTION = "dd-binding";
    public static final String DEFAULT_SCOPE = "world";
    public static final String DEFAULT_CONFIDENCE = "low";
    /** The level rules that count as "reached" for the regional coverage sentence. */
    private static final List<String> REACHED = List.of("broad", "consensus");
    private static final String ALL_STATES = "all-states";

    private final ConsensusService consensus;
    private final ReferenceService reference;

    public DashboardService(ConsensusService consensus, ReferenceService reference) {
        this.consensus = consensus;
        this.reference = reference;
    }

    /** Today by the service's clock: the default date. */
    public LocalDate today() {
        return consensus.today();
    }

    /** The dashboard for the given choice; any argument may be null or blank. */
    public Dashboard dashboard(String question, String asOf, String minConfidence, String scope) {
        List<Dashboard.Option> questions = questions();
        if (questions.isEmpty())
            throw new IllegalStateException("The dataset defines no questions");
        String q = blank(question) ? defaultQuestion(questions) : question.strip();
        LocalDate today = consensus.today();
        LocalDate date = blank(asOf) ? today : ParamType.parseDate("asOf", asOf.strip());
        String floor = blank(minConfidence) ? DEFAULT_CONFIDENCE : minConfidence.strip();
        String s = blank(scope) ? DEFAULT_SCOPE : scope.strip();
        if (s.equals(ALL_STATES))
            throw new BadRequestException("Parameter 'scope' names the timeline's scope: 'world' or an organization, got '" + s + "'.");

        // The assessment validates question, date and floor (400/404 naming the parameter) before anything else runs.
        List<MemberStance> stances = consensus.assess(ALL_STATES, q, date.toString(), floor).members();
        List<TimelinePoint> timeline = consensus.timeline(s, q, null, (date.isAfter(today) ? date : today).toString(), floor);
        List<MatrixCell> cells = consensus.matrix(date.toString(), floor);
        RegionalCoverage coverage = consensus.regionalCoverage(q, date.toString(), floor, REACHED);
        List<Dashboard.Level> levels = consensus.levelRules().rules().stream()
                .map(r -> new Dashboard.Level(r.id(), r.label().isBlank() ? r.id() : r.label(), r.rank(), r.thresholds())).toList();
        return new Dashboard(new Dashboard.Choice(q, date, floor, s), today, questions, scopes(cells), levels,
                matrix(cells, questions), timeline, states(stances), coverage);
    }

    private List<Dashboard.Option> questions() {
        List<Dashboard.Option> out = new ArrayList<>();
        for (Map<String, Object> q : reference.questions())
            out.add(new Dashboard.Option(text(q, "id"), text(q, "label"), text(q, "proposition")));
        return out;
    }

    private static String defaultQuestion(List<Dashboard.Option> questions) {
        return questions.stream().anyMatch(o -> o.id().equals(DEFAULT_QUESTION)) ? DEFAULT_QUESTION : questions.get(0).id();
    }

    /** The matrix's scopes, the world first, then the organizations by label. */
    private static List<Dashboard.Option> scopes(List<MatrixCell> cells) {
        Map<String, Dashboard.Option> byId = new LinkedHashMap<>();
        for (MatrixCell c : cells)
            byId.putIfAbsent(c.scope(), new Dashboard.Option(c.scope(), c.scopeLabel(), ""));
        return byId.values().stream().sorted(Comparator.comparing((Dashboard.Option o) -> !o.id().equals(DEFAULT_SCOPE))
                .thenComparing(Dashboard.Option::label)).toList();
    }

    private static List<Dashboard.MatrixRow> matrix(List<MatrixCell> cells, List<Dashboard.Option> questions) {
        List<Dashboard.MatrixRow> rows = new ArrayList<>();
        for (Dashboard.Option scope : scopes(cells)) {
            List<MatrixCell> row = new ArrayList<>();
            for (Dashboard.Option q : questions)
                cells.stream().filter(c -> c.scope().equals(scope.id()) && c.question().equals(q.id())).findFirst().ifPresent(row::add);
            rows.add(new Dashboard.MatrixRow(scope.id(), scope.label(), List.copyOf(row)));
        }
        return List.copyOf(rows);
    }

    private List<Dashboard.StateStance> states(List<MemberStance> stances) {
        Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
        for (Map<String, Object> s : reference.states().complete("states"))
            facts.putIfAbsent(text(s, "iso3"), s);
        List<Dashboard.StateStance> out = new ArrayList<>();
        for (MemberStance m : stances) {
            Map<String, Object> f = facts.getOrDefault(m.iso3(), Map.of());
            out.add(new Dashboard.StateStance(m.iso3(), f.containsKey("m49") ? text(f, "m49") : null, m.name(),
                    f.containsKey("unStatus") ? text(f, "unStatus") : null, m.stance(), m.via()));
        }
        out.sort(Comparator.comparing(Dashboard.StateStance::name));
        return List.copyOf(out);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? "" : v.toString();
    }
}
