package org.w3id.diligentia.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.diligentia.consensus.ConsensusQuery;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.Fraction;
import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.MatrixQuery;
import org.w3id.diligentia.consensus.MemberStance;
import org.w3id.diligentia.consensus.RegionalCoverage;
import org.w3id.diligentia.consensus.RegionalCoverageQuery;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.consensus.TimelineQuery;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.reference.ReferenceService;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.Ids;

/**
 * Assembles the {@link Dashboard} from the consensus and reference services for the consensus the
 * reader chose (a {@link ConsensusQuery}, as {@code /api/consensus} takes it: its scope is the
 * timeline's, the world or an organization), with the whole matrix on its date and every State on
 * the map. The page's defaults are the question {@value #DEFAULT_QUESTION} (else the first), today,
 * the lowest confidence floor, and the world. Knows nothing of HTTP.
 */
public final class DashboardService {
    public static final String DEFAULT_QUESTION = "dd-binding";
    public static final String DEFAULT_SCOPE = "world";
    public static final String DEFAULT_CONFIDENCE = Confidence.DEFAULT.id();
    /** The scope of every State, which the map shows (not a timeline's scope). */
    public static final String ALL_STATES = "all-states";

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

    /** The question shown when none is chosen: {@value #DEFAULT_QUESTION}, else the first. */
    public static Identifiers.Question defaultQuestion(Identifiers ids) {
        Identifiers.Question preferred = ids.question(DEFAULT_QUESTION);
        if (preferred != null)
            return preferred;
        Iterator<Identifiers.Question> all = ids.questionList().iterator();
        if (!all.hasNext())
            throw new IllegalStateException("The dataset defines no questions");
        return all.next();
    }

    /** The dashboard for the reader's choice. */
    public Dashboard dashboard(ConsensusQuery q) {
        List<Dashboard.Option> questions = questions();
        LocalDate today = consensus.today();
        LocalDate date = q.asOf();
        Identifiers.Scope allStates = consensus.identifiers().scope(ALL_STATES);
        List<MemberStance> stances = consensus.assess(new ConsensusQuery(allStates, q.question(), date, q.floor())).members();
        List<TimelinePoint> timeline = consensus.timeline(new TimelineQuery(q.scope(), q.question(), TimelineQuery.START,
                date.isAfter(today) ? date : today, q.floor()));
        List<MatrixCell> cells = consensus.matrix(new MatrixQuery(date, q.floor()));
        RegionalCoverage coverage = consensus.regionalCoverage(new RegionalCoverageQuery(q.question(), date, q.floor(),
                RegionalCoverageQuery.REACHED));
        List<Dashboard.Level> levels = consensus.levelRules().rules().stream()
                .map(r -> new Dashboard.Level(r.id(), r.label().isBlank() ? r.id() : r.label(), r.rank(), r.thresholds(),
                        r.coverageBelow().map(Fraction::text).orElse(null))).toList();
        return new Dashboard(new Dashboard.Choice(q.question().id(), date, q.floor().id(), q.scope().id()), today, questions,
                scopes(cells), levels, matrix(cells, questions), timeline, states(stances), coverage);
    }

    private List<Dashboard.Option> questions() {
        List<Dashboard.Option> out = new ArrayList<>();
        for (Map<String, Object> q : reference.questions())
            out.add(new Dashboard.Option(text(q, "id"), text(q, "label"), text(q, "proposition")));
        return out;
    }

    /** The matrix's scopes: the world first, then the organizations, then the UN regional groups, each by label. */
    private List<Dashboard.Option> scopes(List<MatrixCell> cells) {
        Map<String, Dashboard.Option> byId = new LinkedHashMap<>();
        for (MatrixCell c : cells)
            byId.putIfAbsent(c.scope(), new Dashboard.Option(c.scope(), c.scopeLabel(), kind(c.scope())));
        return byId.values().stream().sorted(Comparator.comparing((Dashboard.Option o) -> !o.id().equals(DEFAULT_SCOPE))
                .thenComparing(o -> o.description().equals(Dashboard.REGIONAL_GROUP)).thenComparing(Dashboard.Option::label)).toList();
    }

    /** What kind of scope an id names, as its option's description: {@link Dashboard#REGIONAL_GROUP}, an organization, or the world (""). */
    private String kind(String scope) {
        if (scope.equals(DEFAULT_SCOPE))
            return "";
        return Ids.keyOf(consensus.identifiers().scopeNode(scope), "group").isPresent() ? Dashboard.REGIONAL_GROUP : Dashboard.ORGANIZATION;
    }

    /** The page of a scope on this server: its identifier's path under /page/ (org/AU, group/WEOG, scope/world). */
    private String page(String scope) {
        String iri = consensus.identifiers().scopeNode(scope).getURI();
        return iri.startsWith(Ids.ID) ? "/page/" + iri.substring(Ids.ID.length()) : iri;
    }

    private List<Dashboard.MatrixRow> matrix(List<MatrixCell> cells, List<Dashboard.Option> questions) {
        List<Dashboard.MatrixRow> rows = new ArrayList<>();
        for (Dashboard.Option scope : scopes(cells)) {
            List<MatrixCell> row = new ArrayList<>();
            for (Dashboard.Option q : questions)
                cells.stream().filter(c -> c.scope().equals(scope.id()) && c.question().equals(q.id())).findFirst().ifPresent(row::add);
            rows.add(new Dashboard.MatrixRow(scope.id(), scope.label(), page(scope.id()), List.copyOf(row)));
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
                    f.containsKey("unStatus") ? text(f, "unStatus") : null, m.stance() == null ? null : m.stance().id(),
                    m.coverage(), m.via()));
        }
        out.sort(Comparator.comparing(Dashboard.StateStance::name));
        return List.copyOf(out);
    }

    private static String text(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? "" : v.toString();
    }
}
