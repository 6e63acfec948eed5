package org.w3id.diligentia.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.SyntheticKb;
import org.w3id.diligentia.vocab.Confidence;

/**
 * The consensus service answers a new date from its in-memory index of the intervals
 * ({@link IntervalIndex}); those answers are exactly the canned queries' ({@code consensus-counts}
 * and {@code effective-stances}, and {@code consensus-timeline} for a range of dates, which {@code IntervalQueriesAgreeWithPositionRuleTest} proves agree
 * with the effective-stance rule): the counts, the level and every member with its stance, coverage
 * and position, for a scope and question, and every cell of the matrix, on a random knowledge base
 * (memberships, suspensions, withdrawals, own, collective and council positions at every precision
 * and confidence, silent readings, uncoded documents) at many random dates, at the days around every
 * change, and at every confidence floor.
 */
class IntervalIndexAgreesWithQueriesTest {
    private static final String[] QUESTIONS = {"dd-applies", "dd-binding", "dd-constructive-knowledge", "dd-prevention",
            "dd-harm-threshold", "dd-capacity"};
    private static final String[] STANCES = {"affirms", "affirms", "affirms", "rejects", "undecided"};
    private static final String[] CONFIDENCE = {"low", "medium", "high"};
    private static final String[] SCOPES = {"RO", "all-states", "world"};
    private static final List<LocalDate> CHANGES = new ArrayList<>();

    private static TdbStore store;
    private static ConsensusService service;
    private static CannedQueries queries;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        SyntheticKb kb = new SyntheticKb();
        Random rng = new Random(20261204);
        for (int i = 0; i < 30; i++) {
            String s = kb.state();
            if (rng.nextInt(10) < 8) {
                int from = 1990 + rng.nextInt(25);
                Integer until = rng.nextInt(10) < 3 ? from + 1 + rng.nextInt(20) : null;
                kb.membership(s, until == null ? "member" : "withdrawn", date(rng, from), until == null ? null : date(rng, until));
                if (rng.nextInt(10) < 3) {
                    int sus = from + 1 + rng.nextInt(8);
                    kb.membership(s, "suspended", date(rng, sus), rng.nextBoolean() ? null : date(rng, sus + 1 + rng.nextInt(4)));
                }
                CHANGES.add(LocalDate.of(from, 1, 1));
            }
            for (int p = rng.nextInt(7); p > 0; p--) {
                String when = rng.nextInt(20) == 0 ? null : date(rng, 1994 + rng.nextInt(32));
                kb.own(s, QUESTIONS[rng.nextInt(6)], STANCES[rng.nextInt(5)], when, CONFIDENCE[rng.nextInt(3)]);
                changed(when);
            }
            for (int p = rng.nextInt(3); p > 0; p--) {
                String when = date(rng, 1994 + rng.nextInt(32));
                kb.silent(s, QUESTIONS[rng.nextInt(6)], when, CONFIDENCE[rng.nextInt(3)]);
                changed(when);
            }
            if (rng.nextInt(4) == 0) {
                String when = date(rng, 1994 + rng.nextInt(32));
                kb.uncoded(s, when);
                changed(when);
            }
        }
        for (int c = 0; c < 10; c++) {
            String when = date(rng, 1996 + rng.nextInt(30));
            kb.collective(QUESTIONS[rng.nextInt(6)], STANCES[rng.nextInt(5)], when);
            changed(when);
        }
        for (int c = 0; c < 3; c++) {
            kb.council(QUESTIONS[rng.nextInt(6)], STANCES[rng.nextInt(5)], date(rng, 2000 + rng.nextInt(20)));
            kb.collectiveSilent(QUESTIONS[rng.nextInt(6)], date(rng, 1996 + rng.nextInt(30)));
        }
        QueryCatalog catalog = QueryCatalog.bundled();
        store = TdbStore.inMemory();
        Wiring.loader(catalog, Clock.systemUTC()).load(store, kb.write(dir));
        LocalQueryExecutor executor = new LocalQueryExecutor(store.localDataset().orElseThrow());
        Identifiers ids = new Identifiers(executor, () -> "test", catalog);
        queries = new CannedQueries(catalog, executor, ids, new QueryLimits(Duration.ofMinutes(1), 1_000_000), Clock.systemUTC());
        service = new ConsensusService(queries, () -> "test");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void assessmentsAndMatricesAgreeOnEveryDateAndFloor() {
        Random rng = new Random(11);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 150; i++)
            dates.add(LocalDate.of(1988, 1, 1).plusDays(rng.nextInt(40 * 366)));
        for (LocalDate d : CHANGES)
            dates.addAll(List.of(d.minusDays(1), d, d.plusDays(1)));
        Identifiers ids = service.identifiers();
        int withMembers = 0;
        int withStances = 0;
        for (LocalDate asOf : dates) {
            Confidence floor = Confidence.byId(CONFIDENCE[rng.nextInt(3)]).orElseThrow();
            ConsensusQuery q = new ConsensusQuery(ids.scope(SCOPES[rng.nextInt(3)]), ids.question(QUESTIONS[rng.nextInt(6)]), asOf, floor);
            Assessment expected = service.assessByQueries(q);
            assertEquals(expected, service.assess(q), q.toString());
            withMembers += expected.counts().members() > 0 ? 1 : 0;
            withStances += expected.members().stream().anyMatch(m -> m.via() != null) ? 1 : 0;
            if (rng.nextInt(4) == 0) {
                MatrixQuery m = new MatrixQuery(asOf, floor);
                assertEquals(service.matrixByQueries(m), service.matrix(m), m.toString());
            }
        }
        assertTrue(withMembers > 150 && withStances > 100, withMembers + " answers with members, " + withStances + " with stances");
    }

    /**
     * The step functions of the change report, swept from the index in one pass per scope, question
     * and floor, are the counts of the index (which agree with the canned queries, above) on every day
     * on which they may change, kept where they differ from the day before: for every scope, question
     * and floor.
     */
    @Test
    void answerStepsAreTheCountsOnEveryChangeDay() {
        Map<AnswerSteps.Key, List<AnswerSteps.Step>> steps = AnswerSteps.read(queries);
        IntervalIndex index = IntervalIndex.read(queries);
        LevelRules rules = service.levelRules();
        Identifiers ids = service.identifiers();
        int changing = 0;
        for (Identifiers.Scope scope : ids.scopeList())
            for (Identifiers.Question question : ids.questionList())
                for (Confidence floor : Confidence.values()) {
                    List<AnswerSteps.Step> expected = new ArrayList<>();
                    expected.add(new AnswerSteps.Step(null, rules.classify(Counts.NONE).id(), Counts.NONE));
                    for (LocalDate day : index.changeDays(scope.node(), question.node(), floor.node(), LocalDate.of(1, 1, 1),
                            LocalDate.of(9999, 12, 31))) {
                        Counts c = index.counts(scope.node(), question.node(), floor.node(), day);
                        if (!c.equals(expected.get(expected.size() - 1).counts()))
                            expected.add(new AnswerSteps.Step(day, rules.classify(c).id(), c));
                    }
                    String where = scope.id() + " " + question.id() + " " + floor.id();
                    assertEquals(expected, steps.get(new AnswerSteps.Key(scope.id(), question.id(), floor.id())), where);
                    changing += expected.size() > 3 ? 1 : 0;
                }
        assertTrue(changing > 20, changing + " step functions with more than three steps");
    }

    @Test
    void timelinesAgreeOverRandomRanges() {
        Random rng = new Random(12);
        Identifiers ids = service.identifiers();
        int changing = 0;
        for (int i = 0; i < 60; i++) {
            LocalDate from = LocalDate.of(1988, 1, 1).plusDays(rng.nextInt(30 * 366));
            LocalDate to = from.plusDays(rng.nextInt(15 * 366));
            Confidence floor = Confidence.byId(CONFIDENCE[rng.nextInt(3)]).orElseThrow();
            TimelineQuery q = new TimelineQuery(ids.scope(SCOPES[rng.nextInt(3)]), ids.question(QUESTIONS[rng.nextInt(6)]),
                    from, to, floor);
            List<TimelinePoint> expected = service.timelineByQueries(q);
            assertEquals(expected, service.timeline(q), q.toString());
            changing += expected.size() > 2 ? 1 : 0;
        }
        assertTrue(changing > 20, changing + " timelines with more than two points");
    }

    private static void changed(String when) {
        if (when != null)
            CHANGES.add(effective(when));
    }

    private static String date(Random rng, int year) {
        return switch (rng.nextInt(3)) {
            case 0 -> Integer.toString(year);
            case 1 -> String.format("%04d-%02d", year, 1 + rng.nextInt(12));
            default -> String.format("%04d-%02d-%02d", year, 1 + rng.nextInt(12), 1 + rng.nextInt(28));
        };
    }

    /** The day a date literal takes effect: the end of its year or month. */
    private static LocalDate effective(String date) {
        return switch (date.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
            case 7 -> LocalDate.parse(date + "-01").plusMonths(1).minusDays(1);
            default -> LocalDate.parse(date);
        };
    }
}
