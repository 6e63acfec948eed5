package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diligentia.support.TestServer;
import org.w3id.diligentia.vocab.DIL;

/**
 * {@code /ontology}: the document {@code https://w3id.org/diligentia/ontology#Term} IRIs resolve to
 * (a client strips the fragment), in every RDF format and as HTML, negotiated in place; {@code /shapes},
 * the same for the SHACL shapes ({@code https://w3id.org/diligentia/shapes#Shape}), in the RDF formats.
 */
@ClassTemplate
class OntologyDocumentTest {
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("linked-data");

    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("ttl", "text/turtle", Lang.TURTLE), Arguments.of("jsonld", "application/ld+json", Lang.JSONLD11),
                Arguments.of("rdf", "application/rdf+xml", Lang.RDFXML), Arguments.of("nt", "application/n-triples", Lang.NTRIPLES));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("formats")
    void theOntologyAndItsVocabulariesComeInEveryRdfFormat(String key, String type, Lang lang) {
        for (HttpResponse<String> r : List.of(server.get("/ontology", "Accept", type),
                server.get("/ontology?format=" + key, "Accept", "text/html"))) {
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            assertEquals("/ontology?format=" + key, r.headers().firstValue("Content-Location").orElse(""));
            Graph g = RDFParser.fromString(r.body(), lang).toGraph();
            assertTrue(g.contains(DIL.State.asNode(), RDF.type.asNode(), OWL2.Class.asNode()));
            assertTrue(g.contains(DIL.holder.asNode(), RDF.type.asNode(), OWL2.ObjectProperty.asNode()));
            assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/diligentia/id/level/broad"), SKOS.inScheme.asNode(),
                    NodeFactory.createURI("https://w3id.org/diligentia/id/scheme/levels")), "the vocabularies too");
            assertTrue(g.contains(DIL.ONTOLOGY.asNode(), RDF.type.asNode(), OWL2.Ontology.asNode()));
        }
    }

    @Test
    void aBrowserGetsTheReadablePageAndNoClientIsRedirected() {
        HttpResponse<String> page = server.get("/ontology", "Accept", "text/html,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<tr id=\"State\">"), "the target of https://w3id.org/diligentia/ontology#State");
        String link = page.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("</ontology?format=ttl>; rel=\"alternate\"; type=\"text/turtle\""), link);
        assertTrue(link.contains("<https://w3id.org/diligentia/ontology>; rel=\"describes\""), link);
        HttpResponse<String> turtle = server.get("/ontology");
        assertTrue(turtle.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"), "Turtle by default");
        String etag = turtle.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/ontology", "If-None-Match", etag).statusCode());
        assertEquals(406, server.get("/ontology", "Accept", "image/png").statusCode());
    }

    @ParameterizedTest(name = "shapes as {1}")
    @MethodSource("formats")
    void theShapesComeInEveryRdfFormat(String key, String type, Lang lang) {
        HttpResponse<String> r = server.get("/shapes", "Accept", type);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        assertEquals("/shapes?format=" + key, r.headers().firstValue("Content-Location").orElse(""));
        Graph g = RDFParser.fromString(r.body(), lang).toGraph();
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/diligentia/shapes#PartialDate"), RDF.type.asNode(),
                NodeFactory.createURI("http://www.w3.org/ns/shacl#NodeShape")), "the target of dsh:PartialDate");
        assertTrue(g.find(DIL.State.asNode(), RDF.type.asNode(), OWL2.Class.asNode()).toList().isEmpty(), "the shapes, not the ontology");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/shapes", "Accept", type, "If-None-Match", etag).statusCode());
        assertEquals(406, server.get("/shapes", "Accept", "text/html").statusCode(), "no page of the shapes: RDF only");
    }
}
