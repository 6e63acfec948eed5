package org.w3id.diligentia.custom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.consensus.TimelineQuery;
import org.w3id.diligentia.custom.CustomIndicators.Changed;
import org.w3id.diligentia.custom.CustomIndicators.Consistency;
import org.w3id.diligentia.custom.CustomIndicators.Contradiction;
import org.w3id.diligentia.custom.CustomIndicators.Derivation;
import org.w3id.diligentia.custom.CustomIndicators.Generality;
import org.w3id.diligentia.custom.CustomIndicators.Held;
import org.w3id.diligentia.custom.CustomIndicators.Objection;
import org.w3id.diligentia.custom.CustomIndicators.Objector;
import org.w3id.diligentia.custom.CustomIndicators.Population;
import org.w3id.diligentia.custom.CustomIndicators.Representativeness;
import org.w3id.diligentia.query.AnswerCache;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.vocab.Ids;

/**
 * The custom indicators of a question on a date: generality among the UN members and
 * representativeness in the five UN regional groups ({@code custom-counts}), consistency
 * ({@code custom-stance-changes}, {@code custom-contradictions}) and objection
 * ({@code custom-objectors}, and the world's {@code consensus-timeline} for the date the question
 * first reached a benchmark level), all over the stance and population intervals, with the rules
 * read from the ontology ({@code custom-rules}). Requests arrive typed; answers are cached per
 * dataset version. Knows nothing of HTTP.
 */
public final class CustomService {
    /** The canned queries the indicators are computed by. */
    public static final List<String> QUERIES = List.of("custom-rules", "custom-counts", "custom-stance-changes",
            "custom-contradictions", "custom-objectors", "consensus-timeline");
    private static final String AFFIRMS = "affirms";
    private static final String REJECTS = "rejects";

    private final CannedQueries queries;
    private final ConsensusService consensus;
    private final AnswerCache cache;

    public CustomService(CannedQueries queries, ConsensusService consensus, Supplier<String> version) {
        this.queries = queries;
        this.consensus = consensus;
        this.cache = new AnswerCache(version, 500);
        queries.require(QUERIES.toArray(String[]::new));
    }

    /** The identifier of the custom assessment of a question. */
    public static String id(String question) {
        return Ids.ID + "custom/" + question;
    }

    /** The indicators' rules of the loaded ontology. */
    public IndicatorRules rules() {
        return cache.get("custom-rules", () -> IndicatorRules.fromTable(select("custom-rules", QueryArgs.none())));
    }

    /** The custom indicators of the question on the date. */
    public CustomIndicators indicators(CustomQuery q) {
        return cache.get(q, () -> compute(q));
    }

    private CustomIndicators compute(CustomQuery q) {
        IndicatorRules rules = rules();
        IndicatorRule gen = rules.get(IndicatorRules.GENERALITY);
        IndicatorRule rep = rules.get(IndicatorRules.REPRESENTATIVENESS);
        String question = q.question().id();
        QueryArgs args = QueryArgs.none().with("question", q.question().node()).with("asOf", q.asOf())
                .with("minConfidence", q.floor().node());
        Population world = null;
        List<Population> groups = new ArrayList<>();
        for (Row row : select("custom-counts", args).readRows()) {
            boolean isWorld = row.text("kind").orElse("").equals("world");
            Population p = population(row.text("id").orElseThrow(), row.text("label").orElse(""), counts(row),
                    isWorld ? gen : rep, question);
            if (isWorld)
                world = p;
            else
                groups.add(p);
        }
        if (world == null)                                     // no UN member on the date
            world = population("world", "World", Counts.NONE, gen, question);
        boolean sufficient = world.sufficientCoverage();
        Generality generality = new Generality(world, sufficient ? world.affirmingMajority() : null,
                Verdicts.generality(gen, world, question), gen.ruleText());
        Representativeness representativeness = representativeness(groups, rep);
        Consistency consistency = consistency(args, rules.get(IndicatorRules.CONSISTENCY), world.counts(), sufficient);
        Objection objection = objection(q, args, rules.get(IndicatorRules.OBJECTION), world.counts(), sufficient);
        TreeSet<String> positions = new TreeSet<>();
        objection.objectors().forEach(o -> positions.add(o.position()));
        consistency.contradicting().forEach(c -> { positions.add(c.affirming()); positions.add(c.rejecting()); });
        consistency.changed().forEach(c -> c.stances().forEach(h -> { if (h.position() != null) positions.add(h.position()); }));
        String verdict = Verdicts.overall(gen, generality, representativeness, consistency, objection, question);
        return new CustomIndicators(id(question), question, q.asOf(), q.floor(), verdict, sufficient,
                gen.coverageFloor().map(Object::toString).orElse(null), generality, representativeness, consistency,
                objection, new Derivation(QUERIES, List.copyOf(positions)));
    }

    private static Population population(String id, String label, Counts c, IndicatorRule rule, String question) {
        int stances = c.affirms() + c.rejects() + c.undecided();
        boolean sufficient = !rule.belowFloor(c.known(), c.members());
        return new Population(id, label, c, Share.of(c.affirms(), c.members()), Share.of(c.rejects(), c.members()),
                Share.of(c.undecided(), c.members()), Share.of(c.silent(), c.members()),
                Share.of(c.unread() + c.noDocument(), c.members()), Share.of(c.known(), c.members()),
                Share.of(c.affirms(), stances), sufficient, sufficient && rule.affirmationAbove(c.affirms(), stances),
                ConsensusService.assessmentId(id, question));
    }

    private static Representativeness representativeness(List<Population> groups, IndicatorRule rule) {
        int min = rule.minMajorityGroups().orElseThrow(() -> rule.missing("dil:minMajorityGroups"));
        List<String> without = groups.stream().filter(g -> g.sufficientCoverage() && !g.affirmingMajority())
                .map(Population::scope).toList();
        List<String> tooLittle = groups.stream().filter(g -> !g.sufficientCoverage()).map(Population::scope).toList();
        int majority = (int) groups.stream().filter(Population::affirmingMajority).count();
        // The weakest group: of those with enough known, the smallest share of affirming among known stances (exactly).
        Comparator<Population> byAffirming = (a, b) -> Long.compare(
                (long) a.affirmingOfKnownStances().count() * b.affirmingOfKnownStances().of(),
                (long) b.affirmingOfKnownStances().count() * a.affirmingOfKnownStances().of());
        String weakest = groups.stream().filter(g -> g.sufficientCoverage() && g.affirmingOfKnownStances().of() > 0)
                .min(byAffirming.thenComparing(Population::scope))
                .map(Population::scope).orElse(null);
        Boolean met = majority >= min ? Boolean.TRUE : majority + tooLittle.size() >= min ? null : Boolean.FALSE;
        return new Representativeness(List.copyOf(groups), weakest, majority, without, tooLittle, met,
                Verdicts.representativeness(rule, met, groups, majority, without, tooLittle, weakest), rule.ruleText());
    }

    private Consistency consistency(QueryArgs args, IndicatorRule rule, Counts world, boolean sufficient) {
        Map<String, List<Held>> held = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Row row : select("custom-stance-changes", args).readRows()) {
            String iso3 = row.text("iso3").orElseThrow();
            names.put(iso3, row.text("name").orElse(iso3));
            List<Held> stances = held.computeIfAbsent(iso3, k -> new ArrayList<>());
            String stance = row.text("stance").orElseThrow();
            // Consecutive intervals with the same stance differ only in coverage: one stance held.
            if (stances.isEmpty() || !stances.get(stances.size() - 1).stance().equals(stance))
                stances.add(new Held(row.date("from").orElseThrow(), stance, row.uri("position").orElse(null)));
        }
        List<Changed> changed = new ArrayList<>();
        held.forEach((iso3, stances) -> {
            if (stances.size() > 1)
                changed.add(new Changed(iso3, names.get(iso3), List.copyOf(stances),
                        stances.stream().anyMatch(h -> h.stance().equals(AFFIRMS))
                                && stances.stream().anyMatch(h -> h.stance().equals(REJECTS))));
        });
        List<Contradiction> contradicting = select("custom-contradictions", args).readRows().stream()
                .map(r -> new Contradiction(r.text("iso3").orElseThrow(), r.text("name").orElse(""),
                        r.uri("affirming").orElseThrow(), r.date("affirmingDate").orElse(null),
                        r.uri("affirmingInstrument").orElse(null), r.uri("rejecting").orElseThrow(),
                        r.date("rejectingDate").orElse(null), r.uri("rejectingInstrument").orElse(null)))
                .toList();
        TreeSet<String> inconsistent = new TreeSet<>();
        changed.stream().filter(Changed::decisive).forEach(c -> inconsistent.add(c.iso3()));
        contradicting.forEach(c -> inconsistent.add(c.iso3()));
        int stances = world.affirms() + world.rejects() + world.undecided();
        Share share = Share.of(inconsistent.size(), stances);
        Boolean met = !sufficient || stances == 0 ? null
                : rule.maxInconsistentShare().orElseThrow(() -> rule.missing("dil:maxInconsistentShare"))
                        .ratioAtMost(inconsistent.size(), stances);
        return new Consistency(List.copyOf(changed), contradicting, List.copyOf(inconsistent), share, met,
                Verdicts.consistency(rule, met, changed, contradicting, share), rule.ruleText());
    }

    private Objection objection(CustomQuery q, QueryArgs args, IndicatorRule rule, Counts world, boolean sufficient) {
        LocalDate emergedOn = null;
        // Before the timeline's start there is no world level to have reached.
        List<TimelinePoint> timeline = q.asOf().isBefore(TimelineQuery.START) ? List.of() : consensus.timeline(
                new TimelineQuery(consensus.identifiers().scope("world"), q.question(), TimelineQuery.START, q.asOf(), q.floor()));
        for (TimelinePoint p : timeline)
            if (rule.benchmarkLevels().contains(p.level())) {
                emergedOn = p.date();
                break;
            }
        LocalDate emerged = emergedOn;
        List<Objector> objectors = select("custom-objectors", args).readRows().stream()
                .map(r -> {
                    LocalDate since = r.date("since").orElseThrow();
                    return new Objector(r.text("iso3").orElseThrow(), r.text("name").orElse(""), since,
                            r.uri("position").orElse(null), r.uri("instrument").orElse(null), r.text("via").orElse(null),
                            emerged == null || since.isBefore(emerged));
                }).toList();
        List<String> candidates = objectors.stream().filter(Objector::rejectedBeforeEmergence).map(Objector::iso3).toList();
        int stances = world.affirms() + world.rejects() + world.undecided();
        Share share = Share.of(world.rejects(), stances);
        Boolean met = !sufficient || stances == 0 ? null
                : rule.maxObjectingShare().orElseThrow(() -> rule.missing("dil:maxObjectingShare"))
                        .ratioAtMost(world.rejects(), stances);
        return new Objection(objectors, emergedOn, rule.benchmarkLevels(), candidates, share, met,
                Verdicts.objection(rule, met, share, emergedOn, candidates), rule.ruleText());
    }

    private Table select(String name, QueryArgs args) {
        return Objects.requireNonNull(queries.select(name, args)).complete(name);
    }

    private static Counts counts(Row row) {
        return new Counts(row.count("members"), row.count("affirms"), row.count("rejects"), row.count("undecided"),
                row.count("noStance"), row.count("silent"), row.count("unread"), row.count("noDocument"));
    }
}
