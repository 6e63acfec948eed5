package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /sparql} against the SPARQL 1.1 Protocol: query by GET, POST form and POST
 * {@code application/sparql-query}; {@code default-graph-uri} and {@code named-graph-uri}; results
 * in JSON, XML, CSV and TSV; CONSTRUCT and DESCRIBE in Turtle, JSON-LD, RDF/XML and N-Triples; 400
 * with the parser's message; the editor for a browser and a service description for RDF clients.
 */
@ClassTemplate
class SparqlProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATES = "SELECT ?s WHERE { ?s a <https://w3id.org/diligentia/ontology#State> } ORDER BY ?s";
    private static final String STATES_GRAPH = "https://w3id.org/diligentia/graph/data/states.ttl";
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("linked-data");

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void aQueryRunsByGetByPostFormAndByPostDirect() throws IOException {
        HttpResponse<String> get = server.get("/sparql?query=" + enc(STATES), "Accept", "application/sparql-results+json");
        HttpResponse<String> form = server.post("/sparql", "application/x-www-form-urlencoded", "query=" + enc(STATES),
                "Accept", "application/sparql-results+json");
        HttpResponse<String> direct = server.post("/sparql", "application/sparql-query", STATES,
                "Accept", "application/sparql-results+json");
        for (HttpResponse<String> r : List.of(get, form, direct)) {
            assertEquals(200, r.statusCode(), r.body());
            JsonNode bindings = JSON.readTree(r.body()).at("/results/bindings");
            assertEquals(3, bindings.size());
            assertEquals("https://w3id.org/diligentia/id/state/DEU", bindings.get(0).at("/s/value").asText());
        }
    }

    @Test
    void selectResultsComeInJsonXmlCsvAndTsv() {
        for (String[] expected : new String[][] {
                {"application/sparql-results+json", "\"https://w3id.org/diligentia/id/state/FRA\""},
                {"application/sparql-results+xml", "<uri>https://w3id.org/diligentia/id/state/FRA</uri>"},
                {"text/csv", "https://w3id.org/diligentia/id/state/FRA\r\n"},
                {"text/tab-separated-values", "<https://w3id.org/diligentia/id/state/FRA>\n"}}) {
            HttpResponse<String> r = server.get("/sparql?query=" + enc(STATES), "Accept", expected[0]);
            assertEquals(200, r.statusCode());
            assertTrue(contentType(r).startsWith(expected[0]), contentType(r));
            assertTrue(r.body().contains(expected[1]), r.body());
        }
    }

    @Test
    void theDatasetCanBeNarrowedWithDefaultAndNamedGraphUris() throws IOException {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        long all = JSON.readTree(server.get("/sparql?query=" + enc(count), "Accept", "application/sparql-results+json").body())
                .at("/results/bindings/0/n/value").asLong();
        long states = JSON.readTree(server.get("/sparql?query=" + enc(count) + "&default-graph-uri=" + enc(STATES_GRAPH),
                "Accept", "application/sparql-results+json").body()).at("/results/bindings/0/n/value").asLong();
        assertTrue(states > 10 && states < all / 5, states + " of " + all);

        String graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        JsonNode named = JSON.readTree(server.post("/sparql", "application/x-www-form-urlencoded",
                "query=" + enc(graphs) + "&named-graph-uri=" + enc(STATES_GRAPH),
                "Accept", "application/sparql-results+json").body()).at("/results/bindings");
        assertEquals(1, named.size());
        assertEquals(STATES_GRAPH, named.get(0).at("/g/value").asText());
    }

    static Stream<Arguments> graphFormats() {
        return Stream.of(Arguments.of("text/turtle", Lang.TURTLE), Arguments.of("application/ld+json", Lang.JSONLD11),
                Arguments.of("application/rdf+xml", Lang.RDFXML), Arguments.of("application/n-triples", Lang.NTRIPLES));
    }

    @ParameterizedTest(name = "CONSTRUCT and DESCRIBE as {0}")
    @MethodSource("graphFormats")
    void constructAndDescribeAnswerInEveryRdfFormat(String type, Lang lang) {
        Node fra = NodeFactory.createURI("https://w3id.org/diligentia/id/state/FRA");
        for (String query : new String[] {
                "CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?s a <https://w3id.org/diligentia/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
                "DESCRIBE <https://w3id.org/diligentia/id/state/FRA>"}) {
            HttpResponse<String> r = server.get("/sparql?query=" + enc(query), "Accept", type);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(contentType(r).startsWith(type), contentType(r));
            Graph g = RDFParser.fromString(r.body(), lang).toGraph();
            assertTrue(g.contains(fra, RDFS.label.asNode(), NodeFactory.createLiteralLang("France", "en")), query + "\n" + r.body());
        }
    }

    @Test
    void aMalformedQueryIs400WithTheParsersMessage() {
        for (HttpResponse<String> r : List.of(
                server.get("/sparql?query=" + enc("SELECT ?s WHERE { ?s ?p }")),
                server.post("/sparql", "application/sparql-query", "SELECT ?s WHERE { ?s ?p }"))) {
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("Parse error") && r.body().contains("line 1, column"), r.body());
        }
    }

    @Test
    void aBrowserWithoutAQueryGetsTheEditorAndAnRdfClientTheServiceDescription() {
        HttpResponse<String> browser = server.get("/sparql", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, browser.statusCode());
        assertEquals("/query", browser.headers().firstValue("Location").orElse(""));
        assertEquals("Accept", browser.headers().firstValue("Vary").orElse(""));

        HttpResponse<String> rdf = server.get("/sparql", "Accept", "text/turtle");
        assertEquals(200, rdf.statusCode());
        Graph g = RDFParser.fromString(rdf.body(), Lang.TURTLE).toGraph();
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(sd + "endpoint"), NodeFactory.createURI(server.url("/sparql"))), rdf.body());
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(sd + "feature"), NodeFactory.createURI(sd + "UnionDefaultGraph")));
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(sd + "resultFormat"), NodeFactory.createURI("http://www.w3.org/ns/formats/SPARQL_Results_CSV")));
    }
}
