package org.w3id.diligentia.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Compaction against the published context: short terms, native numbers and booleans only where
 * they read back as the same literal, and a document that refers to the context by URL.
 */
class JsonLdCompactionTest {
    private static final JsonLdContext CONTEXT = JsonLdContext.bundled();
    private static final String TTL = """
            @prefix dil: <https://w3id.org/diligentia/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/diligentia/id/assessment/EU/dd-binding> a dil:ConsensusAssessment ;
                dil:memberCount 27 ;
                dil:affirmingCount "007"^^xsd:integer ;
                dil:rejectingCount "12345678901234567890"^^xsd:integer ;
                dil:legallyBinding true ;
                dil:electoral "1"^^xsd:boolean ;
                rdfs:label "EU on dd-binding"@en , "UE"@fr .
            """;

    private static Graph graph(String ttl) {
        return RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
    }

    @Test
    void aCompactedGraphUsesShortTermsAndReadsBackAsTheSameGraph() {
        Graph g = graph(TTL);
        JsonObject doc = CONTEXT.compact(g);
        String text = doc.toString();
        assertTrue(text.contains("\"type\":\"ConsensusAssessment\""), text);
        assertTrue(text.contains("\"memberCount\":27"), "a canonical integer is a JSON number: " + text);
        assertTrue(text.contains("\"legallyBinding\":true"), text);
        assertTrue(text.contains("\"007\""), "a non-canonical integer keeps its lexical form: " + text);
        assertTrue(text.contains("\"12345678901234567890\""), "a long integer stays a string: " + text);
        assertTrue(text.contains("\"1\""), "a boolean written 1 keeps its lexical form: " + text);
        Graph back = RDFParser.fromString(text, Lang.JSONLD11).toGraph();
        assertTrue(IsoMatcher.isomorphic(g, back), "not the same graph:\n" + text);
    }

    @Test
    void theWrittenDocumentNamesTheContextByUrl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CONTEXT.write(graph(TTL), "http://localhost:7070/context.jsonld", out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"@context\": \"http://localhost:7070/context.jsonld\""), text);
        assertEquals(1, text.split("\"@context\"", -1).length - 1, "the context is not embedded as well");
        assertTrue(CONTEXT.text().contains("\"@context\""));
    }
}
