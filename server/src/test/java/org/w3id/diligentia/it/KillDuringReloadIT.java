package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.TestHome;

/**
 * SIGKILL in the middle of a reload, again and again: a store on disk holds version A (the
 * minimal fixture), {@code ./diligentia load} replaces it with B (the shipped data, which takes
 * seconds), and the process is killed at a random moment of the load (parse, validation,
 * inference, commit, compaction). Each time the store must open and hold exactly A or exactly B:
 * the same triple count (the meta graph aside, which keeps the history of versions) and the same
 * answer to a known query, never a mix and never a broken store. Finally {@code serve} starts on it and serves that data.
 *
 * <p>The environment variable {@code DILIGENTIA_KILLS} changes the number of kills (default 20).
 */
class KillDuringReloadIT {
    private static final int KILLS = Integer.parseInt(System.getenv().getOrDefault("DILIGENTIA_KILLS", "20"));
    /**
     * Every graph but the meta graph, which also keeps the history of the versions the store held (one
     * more with every load, so B loaded over A holds more of it than B loaded into an empty store).
     */
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(?g != <https://w3id.org/diligentia/graph/meta>) }";
    private static final String STATES = "SELECT (COUNT(DISTINCT ?s) AS ?n) (MIN(STR(?s)) AS ?first) (MAX(STR(?s)) AS ?last) "
            + "WHERE { ?s a <https://w3id.org/diligentia/ontology#State> }";

    /** What a store holds: its triple count (every graph) and the answer to the known query. */
    record Snapshot(long triples, String states) {}

    private static Snapshot read(Path storeDir) {
        try (TdbStore store = TdbStore.open(storeDir)) {
            QueryLimits limits = new QueryLimits(Duration.ofMinutes(1), 10);
            Table count = store.select(QueryFactory.create(COUNT), BindingFactory.empty(), limits);
            Table states = store.select(QueryFactory.create(STATES), BindingFactory.empty(), limits);
            var row = states.rows().get(0);
            String answer = Table.get(row, "n").map(n -> n.getLiteralLexicalForm()).orElse("0") + " states, "
                    + Table.get(row, "first").map(n -> n.getLiteralLexicalForm()).orElse("-") + " .. "
                    + Table.get(row, "last").map(n -> n.getLiteralLexicalForm()).orElse("-");
            long triples = Long.parseLong(count.rows().get(0).get("n").getLiteralLexicalForm());
            return new Snapshot(triples, answer);
        }
    }

    private static void loadA(Path storeDir) {
        try (TdbStore store = TdbStore.open(storeDir)) {
            Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, TestHome.withFixture("minimal"));
        }
    }

    private static List<String> loadB(Path storeDir) {
        return List.of("load", "--store", storeDir.toString(), "--data", TestHome.data().toString(),
                "--ontology", TestHome.ontology().toString());
    }

    @Test
    void aKillAtAnyMomentOfAReloadLeavesTheOldDataOrTheNewNeverAMix(@TempDir Path dir) throws Exception {
        // B, loaded to completion once: its answer, and how long a load takes (JVM start included).
        Path reference = dir.resolve("reference");
        long start = System.nanoTime();
        ServerProcess.Result full = ServerProcess.run(loadB(reference), Duration.ofMinutes(5));
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, full.status(), full.output());
        Snapshot b = read(reference);

        Path store = dir.resolve("store");
        loadA(store);
        Snapshot a = read(store);
        assertTrue(a.triples() < b.triples() && !a.states().equals(b.states()), a + " / " + b);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> outcomes = new ArrayList<>();
        int killedMidLoad = 0;
        for (int i = 0; i < KILLS; i++) {
            long delay = 200 + (long) (random.nextDouble() * loadMillis * 1.05);
            ServerProcess load = ServerProcess.launch(loadB(store));
            boolean finished = load.process().waitFor(delay, java.util.concurrent.TimeUnit.MILLISECONDS);
            load.kill();
            Snapshot after = read(store);
            String outcome = after.equals(a) ? "A" : after.equals(b) ? "B" : null;
            assertTrue(outcome != null, "kill " + (i + 1) + " after " + delay + " ms left neither A " + a + " nor B " + b
                    + " but " + after + "\n" + load.output());
            outcomes.add(outcome + "@" + delay + "ms" + (finished ? "(done)" : ""));
            if (outcome.equals("A") && !finished)
                killedMidLoad++;
            if (outcome.equals("B"))
                loadA(store);       // back to A, so that the next kill interrupts a change again
        }
        System.out.println("Kills (outcome@delay; a full load takes " + loadMillis + " ms; seed " + seed + "): " + outcomes);
        assertTrue(killedMidLoad >= KILLS / 2, "too few kills landed during a load: " + outcomes);

        // The next start serves the last committed data: A (the fixture is its source, so the store is reused).
        try (ServerProcess serve = ServerProcess.serve(List.of("--store", store.toString(), "--data",
                TestHome.fixture("minimal").toString(), "--ontology", TestHome.ontology().toString()))) {
            HttpResponse<String> health = RunningServer.send(HttpRequest.newBuilder(URI.create(serve.url("/health"))).build());
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(serve.output().contains("is current"), serve.output());
            HttpResponse<String> states = RunningServer.send(HttpRequest.newBuilder(URI.create(serve.url("/api/states"))).build());
            assertEquals(3, ApiClient.parse(states.body()).get("items").size(), states.body());
        }
    }
}
