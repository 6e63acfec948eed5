package org.w3id.diligentia.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.load.LoadException;
import org.w3id.diligentia.load.LoadReport;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.support.StandaloneFuseki;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.vocab.Ids;

/**
 * Loading into a real standalone Fuseki through the Graph Store Protocol, reading it back through
 * its query endpoint, and refusing a store that does not show its named graphs as the default graph.
 */
class RemoteStoreTest {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(10), 10_000);
    private static final String DIL = "https://w3id.org/diligentia/ontology#";
    private static StandaloneFuseki fuseki;

    private final Loader loader = Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC());

    @BeforeAll
    static void start(@TempDir Path dir) {
        fuseki = StandaloneFuseki.start(dir, List.of("graphs", "removal"));
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
    }

    private static Set<String> graphs(RemoteStore store) {
        Table t = store.select(QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), BindingFactory.empty(), LIMITS);
        Set<String> names = new TreeSet<>();
        t.rows().forEach(r -> names.add(Table.get(r, "g").orElseThrow().getURI()));
        return names;
    }

    private static boolean ask(RemoteStore store, String query) {
        return store.ask(QueryFactory.create(query), BindingFactory.empty(), LIMITS);
    }

    @Test
    void aLoadWritesOneGraphPerFileTheDerivedGraphsAndTheMetaGraph() {
        try (RemoteStore store = RemoteStore.connect(fuseki.endpoints("graphs"))) {
            assertTrue(store.info().isEmpty(), "a new dataset holds nothing");
            LoadReport report = loader.load(store, TestHome.shipped());
            assertEquals(report.version(), store.info().version());
            assertEquals(report.totalTriples(), store.info().tripleCount());
            Set<String> names = graphs(store);
            assertTrue(names.containsAll(List.of(Ids.GRAPH + "ontology/diligentia.ttl", Ids.GRAPH + "data/states.ttl",
                    Ids.GRAPH + "data/memberships/au.ttl", Ids.INFERRED_GRAPH.getURI(), Ids.ASSESSMENTS_GRAPH.getURI(),
                    Ids.META_GRAPH.getURI())), names.toString());
            assertEquals(report.files() + 3, names.size(), "one graph per file, the inferred, assessments and meta graphs");
            long all = ((Number) store.select(QueryFactory.create("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER(?g != <" + Ids.META_GRAPH.getURI() + ">) }"), BindingFactory.empty(), LIMITS)
                    .rows().get(0).get("n").getLiteralValue()).longValue();
            assertEquals(report.totalTriples(), all, "every statement arrived, none twice");
        }
    }

    @Test
    void inferencesAboutABlankNodeTravelWithTheGraphThatHoldsIt() {
        try (RemoteStore store = RemoteStore.connect(fuseki.endpoints("graphs"))) {
            if (store.info().isEmpty())
                loader.load(store, TestHome.shipped());
            // The effective date of a membership's start instant (a blank node) is inferred: it lives beside the instant.
            assertTrue(ask(store, "ASK { GRAPH <" + Ids.GRAPH + "data/memberships/au.ttl> { ?m <http://www.w3.org/ns/org#memberDuring> ?i . "
                    + "?i <http://www.w3.org/2006/time#hasBeginning> ?b . ?b <" + DIL + "effectiveDate> ?d } }"));
            assertFalse(ask(store, "ASK { GRAPH <" + Ids.INFERRED_GRAPH.getURI() + "> { ?b ?p ?o FILTER(isBlank(?b) || isBlank(?o)) } }"));
            // Queries read the union, so the join across the two kinds of statement holds.
            assertTrue(ask(store, "ASK { ?m <" + DIL + "effectiveStart> ?s ; <http://www.w3.org/ns/org#memberDuring>/"
                    + "<http://www.w3.org/2006/time#hasBeginning>/<" + DIL + "effectiveDate> ?s }"));
        }
    }

    @Test
    void graphsOfAnEarlierLoadThatNoLongerExistAreRemoved(@TempDir Path dir) throws IOException {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
        Loader.Sources sources = new Loader.Sources(TestHome.ontology(), data);
        try (RemoteStore store = RemoteStore.connect(fuseki.endpoints("removal"))) {
            loader.load(store, sources);
            String positions = Ids.GRAPH + "data/positions.ttl";
            assertTrue(graphs(store).contains(positions));
            String first = store.info().version();

            Files.delete(data.resolve("positions.ttl"));
            LoadReport second = loader.load(store, sources);
            assertFalse(graphs(store).contains(positions), "the file is gone, so is its graph");
            assertTrue(graphs(store).contains(Ids.GRAPH + "data/states.ttl"));
            assertEquals(second.version(), store.info().version());
            assertFalse(first.equals(second.version()));
        }
    }

    @Test
    void aRefusedLoadSendsNothing(@TempDir Path dir) throws IOException {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
        try (RemoteStore store = RemoteStore.connect(fuseki.endpoints("removal"))) {
            loader.load(store, new Loader.Sources(TestHome.ontology(), data));
            String before = store.info().version();
            Files.writeString(data.resolve("broken.ttl"), "<urn:x> <urn:y> .\n");
            assertThrows(LoadException.class, () -> loader.load(store, new Loader.Sources(TestHome.ontology(), data)));
            assertEquals(before, store.check().version());
            assertFalse(graphs(store).contains(Ids.GRAPH + "data/broken.ttl"));
        }
    }

    @Test
    void aStoreWhoseDefaultGraphIsNotTheUnionIsReportedNotMisread(@TempDir Path dir) {
        try (StandaloneFuseki plain = StandaloneFuseki.start(dir, List.of("plain"), false, Duration.ofSeconds(10));
             RemoteStore store = RemoteStore.connect(plain.endpoints("plain"))) {
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                    () -> loader.load(store, TestHome.withFixture("minimal")));
            assertTrue(e.getMessage().contains("union of the named graphs as the default graph")
                    && e.getMessage().contains("tdb2:unionDefaultGraph"), e.getMessage());
            RemoteStoreException check = assertThrows(RemoteStoreException.class, store::check);
            assertTrue(check.getMessage().contains(plain.url("/plain/sparql")), check.getMessage());
        }
    }

    @Test
    void aStoreThatCannotBeReachedIsUnavailableWithTheReason() {
        try (RemoteStore store = RemoteStore.connect(StandaloneFuseki.unreachable("nothing"))) {
            ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, store::info);
            assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
            assertThrows(ServiceUnavailableException.class, () -> ask(store, "ASK {}"));
        }
    }

    @Test
    void aDerivedStatementJoiningBlankNodesOfTwoFilesCannotBeUploadedGraphByGraph() {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        Node a = NodeFactory.createBlankNode();
        Node b = NodeFactory.createBlankNode();
        Node g1 = Ids.fileGraph("data/one.ttl");
        Node g2 = Ids.fileGraph("data/two.ttl");
        ds.add(g1, a, RDF.type.asNode(), NodeFactory.createURI(DIL + "Thing"));
        ds.add(g2, b, RDF.type.asNode(), NodeFactory.createURI(DIL + "Thing"));
        ds.add(Ids.INFERRED_GRAPH, a, RDF.value.asNode(), b);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> GraphStoreUpload.graphsForUpload(ds));
        assertTrue(e.getMessage().contains("separate document"), e.getMessage());

        ds.delete(Ids.INFERRED_GRAPH, a, RDF.value.asNode(), b);
        ds.add(Ids.INFERRED_GRAPH, a, RDF.value.asNode(), NodeFactory.createLiteralString("moved"));
        var graphs = GraphStoreUpload.graphsForUpload(ds);
        assertEquals(2, graphs.get(g1).size(), "the inference went to the graph of its blank node");
        assertEquals(0, graphs.get(Ids.INFERRED_GRAPH).size());
    }
}
