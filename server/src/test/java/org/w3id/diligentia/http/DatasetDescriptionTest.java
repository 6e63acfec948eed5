package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

/**
 * The dataset description ({@code /dataset}, {@code /.well-known/void}) over the shipped data: found
 * from {@code /id/dataset}, in every format; every term it uses is a term of VoID, DCAT 3 or the
 * vocabularies they build on (vendored lists), and it satisfies the shapes a VoID and DCAT consumer
 * needs; its partitions are the store's; it is linked from the SPARQL service description and from
 * every page.
 */
class DatasetDescriptionTest {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DIL = "https://w3id.org/diligentia/ontology#";
    static final Node DATASET = NodeFactory.createURI("https://w3id.org/diligentia/id/dataset");
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private Graph description() {
        var r = server.get("/.well-known/void", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        return turtle(r.body());
    }

    @Test
    void theDatasetIdentifierAnswers303ToItsDescriptionInEveryFormat() {
        var see = server.get("/id/dataset", "Accept", "text/turtle");
        assertEquals(303, see.statusCode());
        assertEquals("/dataset", see.headers().firstValue("Location").orElseThrow());
        assertEquals("/dataset?format=jsonld", server.get("/id/dataset?format=jsonld").headers().firstValue("Location").orElseThrow());
        for (String[] f : new String[][] {{"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}, {"application/rdf+xml", "RDFXML"},
                {"application/n-triples", "NT"}}) {
            var r = server.get("/dataset", "Accept", f[0]);
            assertEquals(200, r.statusCode(), f[0] + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(f[0]), r.headers().toString());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.create().source(new StringReader(r.body())).lang(org.apache.jena.riot.RDFLanguages.nameToLang(f[1]))
                    .base(server.url("/dataset")).parse(g);
            assertTrue(g.contains(DATASET, RDF.type.asNode(), NodeFactory.createURI(DCAT + "Dataset")), f[0]);
        }
        var html = server.get("/dataset", "Accept", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<h1>Diligentia knowledge graph</h1>"), html.body());
        assertTrue(html.body().contains("/dumps/diligentia-"), "the page lists the downloads");
        assertEquals(406, server.get("/dataset", "Accept", "image/png").statusCode());
        assertEquals(400, server.get("/dataset?format=png").statusCode());
    }

    @Test
    void everyTermOfTheDescriptionIsDefinedInTheVocabulariesItUses() throws IOException {
        Set<String> terms = new HashSet<>();
        Set<String> namespaces = new HashSet<>();
        try (Stream<Path> lists = Files.list(TestHome.home().resolve("server/src/test/resources/vocabularies"))) {
            for (Path list : lists.filter(p -> p.toString().endsWith(".txt")).toList())
                for (String line : Files.readAllLines(list)) {
                    terms.add(line.strip());
                    namespaces.add(line.strip().replaceAll("[^/#]*$", ""));
                }
        }
        Graph g = description();
        List<String> undefined = new ArrayList<>();
        for (Triple t : g.find().toList()) {
            List<Node> used = new ArrayList<>(List.of(t.getPredicate()));
            // Classes of the description's own nodes (not those the partitions count) and the checksum algorithm.
            if (t.getPredicate().equals(RDF.type.asNode()) || t.getPredicate().getURI().equals("http://spdx.org/rdf/terms#algorithm"))
                used.add(t.getObject());
            for (Node n : used)
                if (!terms.contains(n.getURI()))
                    undefined.add(n.getURI() + (namespaces.contains(n.getNameSpace()) ? "" : " (a vocabulary without a term list)"));
        }
        assertEquals(List.of(), undefined.stream().distinct().sorted().toList());
        assertTrue(terms.size() > 100, "the lists are read: " + terms.size());
    }

    @Test
    void theDescriptionSatisfiesTheShapesOfAVoidAndDcatConsumer() {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source(TestHome.home().resolve("server/src/test/resources/vocabularies/dataset-shapes.ttl")).parse(shapes);
        ValidationReport report = ShaclValidator.get().validate(shapes, description());
        StringBuilder problems = new StringBuilder();
        report.getEntries().forEach(e -> problems.append(e).append('\n'));
        assertTrue(report.conforms(), problems.toString());
        // The shapes can fail: without its licence, the description does not conform.
        Graph broken = description();
        broken.remove(DATASET, NodeFactory.createURI("http://purl.org/dc/terms/license"), Node.ANY);
        assertFalse(ShaclValidator.get().validate(shapes, broken).conforms());
    }

    @Test
    void sizesAndPartitionsAreComputedFromTheStore() throws IOException {
        Graph g = description();
        int states = ApiClient.json(server, "/api/states").get("items").size();
        Node partition = g.find(Node.ANY, NodeFactory.createURI(VOID + "class"), NodeFactory.createURI(DIL + "State")).next().getSubject();
        long entities = Long.parseLong(g.find(partition, NodeFactory.createURI(VOID + "entities"), Node.ANY).next().getObject()
                .getLiteralLexicalForm());
        assertEquals(states, entities);
        assertTrue(states > 150, "the shipped States: " + states);
        long triples = Long.parseLong(g.find(DATASET, NodeFactory.createURI(VOID + "triples"), Node.ANY).next().getObject().getLiteralLexicalForm());
        long sum = g.find(Node.ANY, NodeFactory.createURI(VOID + "property"), Node.ANY).toList().stream()
                .mapToLong(t -> Long.parseLong(g.find(t.getSubject(), NodeFactory.createURI(VOID + "triples"), Node.ANY).next()
                        .getObject().getLiteralLexicalForm())).sum();
        assertEquals(triples, sum, "the property partitions add up to the statements");
        for (Triple t : g.find(DATASET, NodeFactory.createURI(VOID + "exampleResource"), Node.ANY).toList()) {
            String path = t.getObject().getURI().substring("https://w3id.org/diligentia".length());
            assertEquals(303, server.get(path).statusCode(), "the example " + path + " dereferences");
        }
        String endpoint = g.find(DATASET, NodeFactory.createURI(VOID + "sparqlEndpoint"), Node.ANY).next().getObject().getURI();
        assertEquals(server.url("/sparql"), endpoint);
    }

    @Test
    void theSparqlServiceDescriptionAndEveryPageLinkToTheDataset() {
        var sd = server.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, sd.statusCode(), sd.body());
        Graph g = turtle(sd.body());
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#seeAlso"),
                NodeFactory.createURI(server.url("/.well-known/void"))), sd.body());
        String version = server.store().info().version();
        // Pages computed from the data name their version; the query editor and the API reference are built from the code alone.
        for (String page : List.of("/", "/page/state/FRA", "/ontology", "/dataset", "/dumps/", "/page/state/XXX", "/query", "/docs")) {
            var r = server.get(page, "Accept", "text/html");
            // (The home page's matrix may time out on a loaded machine; its error page has the same footer.)
            if (!page.equals("/"))
                assertEquals(page.endsWith("XXX") ? 404 : 200, r.statusCode(), page);
            assertTrue(r.body().contains("href=\"/dataset\""), page + " links to the dataset");
            boolean fromData = !page.equals("/query") && !page.equals("/docs");
            assertEquals(fromData, r.body().contains("href=\"/id/version/" + version + "\""), page + " names its version: " + r.body());
        }
    }

    @Test
    void everyAnswerNamesItsVersionInALinkHeader() {
        String version = server.store().info().version();
        String link = "</id/version/" + version + ">; rel=\"http://www.w3.org/ns/prov#wasDerivedFrom\"";
        for (String path : List.of("/api/states", "/api/consensus/matrix", "/data/state/FRA", "/health", "/api/states/XXX")) {
            List<String> links = server.get(path, "Accept", "application/json").headers().allValues("Link");
            assertTrue(links.stream().anyMatch(l -> l.contains(link)), path + ": " + links);
        }
        // Beside the other links of a linked-data document, not instead of them.
        List<String> links = server.get("/data/state/FRA", "Accept", "text/turtle").headers().allValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"describes\"")), links.toString());
    }

    /** The bytes of a GET, with {@code headers}. */
    static java.net.http.HttpResponse<byte[]> bytes(TestServer server, String path, String... headers) {
        try {
            var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(path))).GET();
            if (headers.length > 0)
                b.headers(headers);
            try (var client = java.net.http.HttpClient.newHttpClient()) {
                return client.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
