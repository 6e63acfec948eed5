package org.w3id.diligentia.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.SyntheticKb;
import org.w3id.diligentia.vocab.Ids;

/**
 * The consensus queries over the materialized intervals ({@code queries/consensus-counts.rq},
 * {@code queries/effective-stances.rq}) give exactly the answers of the effective-stance rule computed
 * from the positions themselves, as the queries did before the intervals existed (kept in
 * {@code src/test/resources/reference-queries/}): on a random knowledge base with memberships,
 * suspensions, withdrawals, own and collective positions at every date precision and confidence, at
 * many random dates and at every date on which something changes, for every confidence floor.
 */
class IntervalQueriesAgreeWithPositionRuleTest {
    private static final String[] QUESTIONS = {"dd-applies", "dd-binding", "dd-constructive-knowledge", "dd-prevention",
            "dd-harm-threshold", "dd-capacity"};
    private static final String[] STANCES = {"affirms", "affirms", "affirms", "rejects", "undecided"};
    private static final String[] CONFIDENCE = {"low", "medium", "high"};
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(1), 1_000_000);
    private static final QueryCatalog CATALOG = QueryCatalog.bundled();

    private static TdbStore store;
    private static LocalQueryExecutor queries;
    private static final List<LocalDate> CHANGES = new ArrayList<>();

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        SyntheticKb kb = new SyntheticKb();
        Random rng = new Random(20261203);
        for (int i = 0; i < 24; i++) {
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
                if (when != null)
                    CHANGES.add(effective(when));
            }
        }
        for (int c = 0; c < 10; c++) {
            String when = date(rng, 1996 + rng.nextInt(30));
            kb.collective(QUESTIONS[rng.nextInt(6)], STANCES[rng.nextInt(5)], when);
            CHANGES.add(effective(when));
        }
        for (int c = 0; c < 3; c++)
            kb.council(QUESTIONS[rng.nextInt(6)], STANCES[rng.nextInt(5)], date(rng, 2000 + rng.nextInt(20)));
        store = TdbStore.inMemory();
        Wiring.loader(CATALOG, Clock.systemUTC()).load(store, kb.write(dir));
        queries = new LocalQueryExecutor(store.localDataset().orElseThrow());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void countsAndEffectivePositionsAgreeOnEveryDateAndFloor() throws IOException {
        Query oldCounts = reference("consensus-counts-from-positions");
        Query oldStances = reference("effective-stances-from-positions");
        Query newCounts = CATALOG.get("consensus-counts").orElseThrow().query();
        Query newStances = CATALOG.get("effective-stances").orElseThrow().query();
        Random rng = new Random(7);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 150; i++)
            dates.add(LocalDate.of(1993, 1, 1).plusDays(rng.nextInt(35 * 366)));
        for (LocalDate d : CHANGES)
            dates.addAll(List.of(d.minusDays(1), d, d.plusDays(1)));
        int compared = 0;
        for (LocalDate asOf : dates) {
            String question = QUESTIONS[rng.nextInt(6)];
            String floor = CONFIDENCE[rng.nextInt(3)];
            String scope = rng.nextBoolean() ? "org/RO" : "scope/all-states";
            Binding b = binding(scope, question, floor, asOf);
            Binding undated = binding(scope, question, floor, null);
            assertEquals(counts(oldCounts, undated, asOf), counts(newCounts, undated, asOf), scope + " " + question + " " + floor + " " + asOf);
            assertEquals(positions(oldStances, b), positions(newStances, b), "effective positions, " + scope + " " + question + " " + floor + " " + asOf);
            compared++;
        }
        assertTrue(compared > 200, "compared " + compared + " cases");
    }

    /**
     * The contradictions (an affirming and a rejecting position, both in force, that count for one
     * State) of the canned query, which finds the positions in force by grouping, are those of the
     * pairwise reference. Both run over the all-states population: the synthetic knowledge base has no UN.
     */
    @Test
    void contradictionsAgreeWithThePairwiseReference() throws IOException {
        Query pairwise = overAllStates(Files.readString(Path.of("src/test/resources/reference-queries",
                "custom-contradictions-pairwise.rq"), StandardCharsets.UTF_8));
        Query grouped = overAllStates(CATALOG.get("custom-contradictions").orElseThrow().text());
        Random rng = new Random(11);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < 60; i++)
            dates.add(LocalDate.of(1995, 1, 1).plusDays(rng.nextInt(32 * 366)));
        for (LocalDate d : CHANGES)
            dates.addAll(List.of(d, d.plusDays(1)));
        int pairs = 0;
        for (LocalDate asOf : dates)
            for (String question : QUESTIONS) {
                Binding b = binding("scope/all-states", question, CONFIDENCE[rng.nextInt(3)], asOf);
                List<String> expected = rows(pairwise, b);
                assertEquals(expected, rows(grouped, b), question + " " + b + " " + asOf);
                pairs += expected.size();
            }
        assertTrue(pairs > 50, "only " + pairs + " contradicting pairs compared: the knowledge base tests too little");
    }

    private static Query overAllStates(String text) {
        return QueryFactory.create(text.replace("<https://w3id.org/diligentia/id/scope/world>",
                "<https://w3id.org/diligentia/id/scope/all-states>"));
    }

    /** Every row as text, sorted (the query orders by State and dates only, so ties may come either way). */
    private static List<String> rows(Query q, Binding b) {
        List<String> rows = new ArrayList<>();
        for (Binding row : queries.select(q, b, LIMITS).rows())
            rows.add(q.getProjectVars().stream().map(v -> v.getVarName() + "=" + row.get(v)).toList().toString());
        rows.sort(null);
        return rows;
    }

    private static List<String> counts(Query q, Binding b, LocalDate asOf) {
        Query bound = ValuesBinder.bind(q, Var.alloc("asOf"), List.of(day(asOf)));
        List<String> rows = new ArrayList<>();
        for (Binding row : queries.select(bound, b, LIMITS).rows())
            rows.add(List.of("members", "affirms", "rejects", "undecided", "noStance").stream()
                    .map(v -> row.get(Var.alloc(v)).getLiteralLexicalForm()).toList().toString());
        return rows;
    }

    private static Map<String, String> positions(Query q, Binding b) {
        Map<String, String> byState = new TreeMap<>();
        for (Binding row : queries.select(q, b, LIMITS).rows()) {
            Node position = row.get(Var.alloc("position"));
            Node via = row.get(Var.alloc("via"));
            byState.put(row.get(Var.alloc("iso3")).getLiteralLexicalForm(),
                    (position == null ? "none" : position.getURI()) + " " + (position == null || via == null ? "" : via.getLiteralLexicalForm()));
        }
        return byState;
    }

    /** The parameters; without {@code asOf} for the counts, which take their dates as a VALUES block. */
    private static Binding binding(String scope, String question, String floor, LocalDate asOf) {
        BindingBuilder b = BindingBuilder.create()
                .add(Var.alloc("scope"), NodeFactory.createURI(Ids.ID + scope))
                .add(Var.alloc("question"), Ids.question(question))
                .add(Var.alloc("minConfidence"), Ids.id("confidence", floor));
        if (asOf != null)
            b.add(Var.alloc("asOf"), day(asOf));
        return b.build();
    }

    private static Query reference(String name) throws IOException {
        Path file = Path.of("src/test/resources/reference-queries", name + ".rq");
        return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Node day(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
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
