package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diligentia.support.TestServer;

/**
 * Every RDF document the service serves states the data's licence, CC BY 4.0, once, on the
 * document: each {@code /data/...} description (on {@code {base}data/...}), the ontology (on the
 * ontology), and the SPARQL service description (on the endpoint), in every RDF format.
 */
@ClassTemplate
class DocumentLicenseTest {
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("shipped");

    private static final Node LICENSE = DCTerms.license.asNode();
    private static final Node CC_BY = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");
    private static final String DATA = "https://w3id.org/diligentia/data/";
    private static final List<String> FORMATS = List.of("ttl", "jsonld", "rdf", "nt");

    /** One resource of each kind the knowledge base describes, and each RDF format. */
    static Stream<Arguments> descriptions() {
        return Stream.of("state/FRA", "org/AU", "membership/AU-AGO-1", "instrument/UNGGE-2013",
                        "position/AUT-2024-position-paper-dd-binding", "question/dd-binding", "assessment/AU/dd-binding",
                        "level/broad", "stance/affirms")
                .flatMap(path -> FORMATS.stream().map(format -> Arguments.of(path, format)));
    }

    static Stream<String> formats() {
        return FORMATS.stream();
    }

    @ParameterizedTest(name = "/data/{0} as {1}")
    @MethodSource("descriptions")
    void aDescriptionStatesTheLicenceOfItsDocumentOnly(String path, String format) {
        Graph g = read("/data/" + path + "?format=" + format, format);
        assertEquals(List.of(Triple.create(NodeFactory.createURI(DATA + path), LICENSE, CC_BY)), licences(g), path);
    }

    @ParameterizedTest(name = "/ontology as {0}")
    @MethodSource("formats")
    void theOntologyStatesItsLicence(String format) {
        Graph g = read("/ontology?format=" + format, format);
        assertEquals(List.of(Triple.create(NodeFactory.createURI("https://w3id.org/diligentia/ontology"), LICENSE, CC_BY)),
                licences(g));
    }

    @ParameterizedTest(name = "the service description as {0}")
    @MethodSource("formats")
    void theSparqlServiceDescriptionStatesTheLicenceOfTheEndpointsData(String format) {
        String type = switch (format) {
            case "ttl" -> "text/turtle";
            case "jsonld" -> "application/ld+json";
            case "rdf" -> "application/rdf+xml";
            default -> "application/n-triples";
        };
        HttpResponse<String> r = server.get("/sparql", "Accept", type);
        assertEquals(200, r.statusCode(), r.body());
        Graph g = parse(r.body(), format);
        assertEquals(List.of(Triple.create(NodeFactory.createURI(server.url("/sparql")), LICENSE, CC_BY)), licences(g));
    }

    private static Graph read(String path, String format) {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return parse(r.body(), format);
    }

    private static Graph parse(String body, String format) {
        Lang lang = switch (format) {
            case "ttl" -> Lang.TURTLE;
            case "jsonld" -> Lang.JSONLD11;
            case "rdf" -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
        return RDFParser.fromString(body, lang).base(server.url("/")).toGraph();
    }

    /** Every dct:license statement of the graph, whoever's. */
    private static List<Triple> licences(Graph g) {
        return g.find(Node.ANY, LICENSE, Node.ANY).toList();
    }
}
