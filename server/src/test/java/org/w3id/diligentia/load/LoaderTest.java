package org.w3id.diligentia.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.infer.Materializer;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.TestHome;

class LoaderTest {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(10), 1000);
    private static final String STATES = """
            SELECT ?s WHERE { ?s a <https://w3id.org/diligentia/ontology#State> } ORDER BY ?s""";

    private final Loader loader = Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC());

    private static Table query(TdbStore store, String sparql) {
        return store.select(QueryFactory.create(sparql), BindingFactory.empty(), LIMITS);
    }

    private static long countTriples(TdbStore store) {
        Table t = query(store, """
                SELECT (COUNT(*) AS ?n) WHERE {
                  GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/diligentia/graph/meta>) }""");
        return ((Number) Table.get(t.rows().get(0), "n").orElseThrow().getLiteralValue()).longValue();
    }

    /** A copy of the minimal fixture with one extra file, so the load can be refused by that file alone. */
    private static Loader.Sources fixtureWith(Path dir, String fileName, String content) throws IOException {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
        Files.writeString(data.resolve(fileName), content);
        return new Loader.Sources(TestHome.ontology(), data);
    }

    @Test
    void aFinishedLoadLeavesItsDatasetToTheCollector() throws InterruptedException {
        // Every step of the real pipeline, then one that only notes which dataset it was given.
        QueryCatalog catalog = QueryCatalog.bundled();
        List<WeakReference<DatasetGraph>> seen = new ArrayList<>();
        Materializer witness = new Materializer() {
            @Override public String name() { return "witness"; }
            @Override public String fingerprint() { return "witness"; }
            @Override public long materialize(DatasetGraph dataset, LocalQueryExecutor queries, LocalDate loadDate) {
                seen.add(new WeakReference<>(dataset));
                return 0;
            }
        };
        List<Materializer> steps = new ArrayList<>(Wiring.materializers(catalog));
        steps.add(witness);
        Loader watched = new Loader(catalog, steps, Clock.systemUTC());
        watched.validate(TestHome.withFixture("minimal"));
        assertEquals(1, seen.size());
        for (int i = 0; i < 50 && seen.get(0).get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(seen.get(0).get(),
                "the scratch dataset of a finished validation is still reachable: something the steps share outlives the load");
    }

    @Test
    void aValidLoadPutsEachFileInItsOwnGraphAndRecordsTheVersion(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            LoadReport report = loader.load(store, TestHome.withFixture("minimal"));
            assertEquals(7, report.files(), "3 ontology files and 4 data files");
            assertEquals(report.version(), store.info().version());
            assertEquals(store.info().tripleCount(), report.totalTriples());
            Table graphs = query(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g");
            List<String> names = graphs.rows().stream().map(r -> Table.get(r, "g").orElseThrow().getURI()).toList();
            assertTrue(names.contains("https://w3id.org/diligentia/graph/data/states.ttl"), names.toString());
            assertTrue(names.contains("https://w3id.org/diligentia/graph/ontology/shapes.ttl"), names.toString());
            assertTrue(names.contains("https://w3id.org/diligentia/graph/inferred"), names.toString());
            assertEquals(3, query(store, STATES).size(), "the default graph is the union of all graphs");
        }
    }

    @Test
    void aSyntaxErrorIsRefusedWithFileAndLineAndTheStoreIsUnchanged(@TempDir Path dir) throws IOException {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            loader.load(store, TestHome.withFixture("minimal"));
            long before = store.info().tripleCount();
            String version = store.info().version();
            Table statesBefore = query(store, STATES);

            Loader.Sources broken = fixtureWith(dir, "broken.ttl", """
                    @prefix dil: <https://w3id.org/diligentia/ontology#> .
                    <https://w3id.org/diligentia/id/state/DDD> a dil:State ;
                        dil:iso3 "DDD"
                    <https://w3id.org/diligentia/id/state/EEE> a dil:State .
                    """);
            LoadException e = assertThrows(LoadException.class, () -> loader.load(store, broken));
            assertEquals(1, e.problems().size());
            LoadProblem p = e.problems().get(0);
            assertEquals("data/broken.ttl", p.file());
            assertEquals(4, p.line(), p.describe());
            assertTrue(p.describe().startsWith("data/broken.ttl:4:"), p.describe());

            assertEquals(before, store.info().tripleCount());
            assertEquals(version, store.info().version());
            assertEquals(before, countTriples(store), "counted by a query, not only by the recorded count");
            assertEquals(statesBefore.rows(), query(store, STATES).rows());
        }
    }

    @Test
    void aShaclViolationIsRefusedWithFocusNodeAndShapeAndTheStoreIsUnchanged(@TempDir Path dir) throws IOException {
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            loader.load(store, TestHome.withFixture("minimal"));
            long before = store.info().tripleCount();
            Table statesBefore = query(store, STATES);

            Loader.Sources invalid = fixtureWith(dir, "bad-position.ttl", """
                    @prefix dil: <https://w3id.org/diligentia/ontology#> .
                    <https://w3id.org/diligentia/id/state/DDD> a dil:State ; dil:iso3 "DDD" ;
                        <http://www.w3.org/2000/01/rdf-schema#label> "Deltaland"@en .
                    <https://w3id.org/diligentia/id/position/no-holder> a dil:Position ;
                        dil:stance <https://w3id.org/diligentia/id/stance/affirms> .
                    """);
            LoadException e = assertThrows(LoadException.class, () -> loader.load(store, invalid));
            assertTrue(e.problems().stream().allMatch(p -> p.kind() == LoadProblem.Kind.SHAPE));
            LoadProblem holder = e.problems().stream().filter(p -> p.path().contains("dil:holder")).findFirst().orElseThrow();
            assertEquals("https://w3id.org/diligentia/id/position/no-holder", holder.focus());
            assertEquals("dsh:PositionShape", holder.shape());
            assertEquals("data/bad-position.ttl", holder.file());
            assertTrue(holder.describe().contains("no-holder") && holder.describe().contains("dsh:PositionShape"), holder.describe());

            assertEquals(before, store.info().tripleCount());
            assertEquals(statesBefore.rows(), query(store, STATES).rows(), "Deltaland must not have been added");
        }
    }

    @Test
    void everyBrokenFileIsReportedInOneRun(@TempDir Path dir) throws IOException {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
        Files.writeString(data.resolve("a.ttl"), "<a> <b> .\n");
        Files.writeString(data.resolve("b.ttl"), "<a> <b> \"unterminated .\n");
        LoadException e = assertThrows(LoadException.class,
                () -> loader.validate(new Loader.Sources(TestHome.ontology(), data)));
        assertEquals(List.of("data/a.ttl", "data/b.ttl"), e.problems().stream().map(LoadProblem::file).toList());
    }

    @Test
    void aMissingDataFolderIsAClearProblem(@TempDir Path dir) {
        LoadException e = assertThrows(LoadException.class,
                () -> loader.validate(new Loader.Sources(TestHome.ontology(), dir.resolve("nowhere"))));
        assertTrue(e.problems().get(0).describe().contains("does not exist"), e.problems().get(0).describe());
    }

    @Test
    void aStoreLoadedFromUnchangedSourcesIsCurrentAndAnEditMakesItStale(@TempDir Path dir) throws IOException {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
        Loader.Sources sources = new Loader.Sources(TestHome.ontology(), data);
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            assertFalse(loader.isCurrent(store, sources), "an empty store is never current");
            loader.load(store, sources);
            assertTrue(loader.isCurrent(store, sources));
            Files.writeString(data.resolve("states.ttl"), Files.readString(data.resolve("states.ttl")) + "\n# edited\n");
            assertFalse(loader.isCurrent(store, sources));
        }
    }

    @Test
    void aStoreReopenedAfterCloseStillHoldsItsData(@TempDir Path dir) {
        String version;
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            version = loader.load(store, TestHome.withFixture("minimal")).version();
        }
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            assertEquals(version, store.info().version());
            assertEquals(3, query(store, STATES).size());
        }
    }
}
