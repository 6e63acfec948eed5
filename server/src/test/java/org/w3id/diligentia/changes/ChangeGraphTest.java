package org.w3id.diligentia.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.diligentia.changes.ChangeReport.Answer;
import org.w3id.diligentia.changes.ChangeReport.AnswerChange;
import org.w3id.diligentia.changes.ChangeReport.PositionChange;
import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryArgs;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.LocalQueryExecutor;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Row;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.vocab.Ids;

/**
 * A change report written into a meta graph conforms to the shapes of {@code ontology/shapes.ttl} and
 * reads back, through the canned queries /api/changes uses, as the same report.
 */
class ChangeGraphTest {
    private static final String VERSION = "00000000000000b2";
    private static final ChangeReport REPORT = new ChangeReport(VERSION, "00000000000000a1",
            List.of(new PositionChange("https://w3id.org/diligentia/id/position/X-dd-binding", "X affirms dd-binding", "recoded",
                    List.of("https://w3id.org/diligentia/ontology#stance", "http://purl.org/dc/terms/date")),
                    new PositionChange("https://w3id.org/diligentia/id/position/Y-dd-applies", "", "added",
                            List.of("https://w3id.org/diligentia/ontology#holder"))),
            List.of(new AnswerChange("EU", "https://w3id.org/diligentia/id/org/EU", "dd-binding", "low", LocalDate.of(2020, 12, 31),
                            LocalDate.of(2022, 1, 1), new Answer("broad", Counts.of(20, 1, 0, 6, 0, 0)),
                            new Answer("emerging", Counts.of(19, 2, 0, 6, 0, 0))),
                    new AnswerChange("world", "https://w3id.org/diligentia/id/scope/world", "dd-applies", "high", null, null, null,
                            new Answer("none", Counts.of(1, 0, 0, 0, 0, 0)))));

    private static DatasetGraph written() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        ChangeGraph.write(dataset.getGraph(Ids.META_GRAPH), VERSION, REPORT);
        // The version itself, as VersionGraph writes it: a prov:Entity.
        dataset.add(Ids.META_GRAPH, Ids.version(VERSION), org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/prov#Entity"));
        return dataset;
    }

    @Test
    void theReportConformsToItsShapes() {
        Graph shapes = RDFDataMgr.loadGraph(TestHome.ontology().resolve("shapes.ttl").toString());
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), written().getGraph(Ids.META_GRAPH));
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        DatasetGraph broken = written();
        Graph meta = broken.getGraph(Ids.META_GRAPH);
        meta.find(null, org.w3id.diligentia.vocab.DIL.changeKind.asNode(), null).toList().forEach(t -> {
            meta.delete(t);
            meta.add(t.getSubject(), t.getPredicate(), org.apache.jena.graph.NodeFactory.createLiteralString("rewritten"));
        });
        assertFalse(ShaclValidator.get().validate(Shapes.parse(shapes), meta).conforms(), "a kind of change outside the three is caught");
    }

    @Test
    void theReportReadsBackThroughTheCannedQueries() {
        DatasetGraph dataset = written();
        dataset.getContext().set(org.apache.jena.sparql.util.Symbol.create("http://jena.apache.org/TDB#unionDefaultGraph"), true);
        LocalQueryExecutor executor = new LocalQueryExecutor(dataset);
        QueryCatalog catalog = QueryCatalog.bundled();
        CannedQueries queries = new CannedQueries(catalog, executor, new Identifiers(executor, () -> "test", catalog),
                new QueryLimits(Duration.ofSeconds(30), 10_000), Clock.systemUTC());
        QueryArgs args = QueryArgs.none().with("version", Ids.version(VERSION));
        Row head = queries.select("changes-report", args).readRows().get(0);
        assertEquals("00000000000000a1", head.key("previous").orElseThrow());
        ChangeReport read = ChangeGraph.read(VERSION, head.key("previous").orElseThrow(), queries.select("changes-report-positions", args),
                queries.select("changes-report-answers", args));
        assertEquals(REPORT, read);
        assertTrue(queries.select("changes-report", QueryArgs.none().with("version", Ids.version("00000000000000ff"))).rows().isEmpty(),
                "an unknown version has no row");
    }
}
