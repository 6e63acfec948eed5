package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;
import org.w3id.diligentia.vocab.DIL;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.json.JsonArray;

/**
 * The published JSON-LD context: valid JSON-LD 1.1, covering the ontology, and a compacted
 * description read back (by Jena, which fetches the context from the server) is the same graph as
 * the N-Triples of the same resource.
 */
@ClassTemplate
class JsonLdContextTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("linked-data");

    @Test
    void theContextIsServedAsJsonLdAndIsValidJsonLd11() throws Exception {
        HttpResponse<String> r = server.get("/context.jsonld");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""), "browsers' JSON-LD processors fetch it");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/context.jsonld", "If-None-Match", etag).statusCode());
        // A JSON-LD 1.1 processor accepts it and expands a document that uses its terms.
        String doc = "{\"@context\": " + JSON.readTree(r.body()).get("@context") + ", \"@id\": \"https://w3id.org/diligentia/id/state/FRA\","
                + " \"type\": \"State\", \"label\": \"France\", \"iso3\": \"FRA\", \"memberCount\": 3,"
                + " \"holder\": \"https://w3id.org/diligentia/id/state/FRA\", \"inXSDDate\": \"2020-01-01\"}";
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(doc))).get();
        String e = expanded.toString();
        assertTrue(e.contains("\"@type\":[\"https://w3id.org/diligentia/ontology#State\"]"), e);
        assertTrue(e.contains("{\"@value\":\"France\",\"@language\":\"en\"}"), e);
        assertTrue(e.contains("https://w3id.org/diligentia/ontology#iso3\":[{\"@value\":\"FRA\"}]"), e);
        assertTrue(e.contains("https://w3id.org/diligentia/ontology#holder\":[{\"@id\":"), e);
        assertTrue(e.contains("\"@type\":\"http://www.w3.org/2001/XMLSchema#date\""), e);
    }

    @Test
    void theContextNamesEveryTermOfTheOntologyByItsLocalName() throws IOException {
        JsonNode context = JSON.readTree(server.get("/context.jsonld").body()).get("@context");
        Graph ontology = RDFParser.source(TestHome.ontology().resolve("diligentia.ttl")).toGraph();
        List<String> missing = new ArrayList<>();
        for (Node type : List.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode())) {
            ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                if (!t.getSubject().isURI() || !t.getSubject().getURI().startsWith(DIL.NS))
                    return;
                String iri = t.getSubject().getURI();
                String local = iri.substring(DIL.NS.length());
                JsonNode term = context.get(local);
                String mapped = term == null ? null : term.isTextual() ? term.asText() : term.path("@id").asText();
                if (!("dil:" + local).equals(mapped))
                    missing.add(local);
            });
        }
        assertEquals(List.of(), missing, "ontology terms without their term in the context");
        // Every term maps into a declared prefix.
        Iterator<Map.Entry<String, JsonNode>> it = context.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String value = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().path("@id").asText();
            if (e.getKey().startsWith("@") || value.startsWith("@") || value.startsWith("http"))
                continue;
            String prefix = value.substring(0, value.indexOf(':'));
            assertTrue(context.has(prefix), e.getKey() + " uses the undeclared prefix " + prefix);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/data/state/FRA", "/data/membership/EU-GBR-1", "/data/assessment/EU/dd-binding",
            "/data/position/FRA-2019-paper-dd-binding", "/data/level/broad", "/ontology"})
    void aCompactedDescriptionReadsBackAsTheSameGraph(String path) {
        HttpResponse<String> jsonld = server.get(path + "?format=jsonld");
        assertEquals(200, jsonld.statusCode(), jsonld.body());
        assertTrue(jsonld.body().contains("\"@context\": \"" + server.url("/context.jsonld") + "\""), "compacted against the published context");
        Graph fromJsonLd = RDFParser.fromString(jsonld.body(), Lang.JSONLD11).toGraph();
        Graph fromNTriples = RDFParser.fromString(server.get(path + "?format=nt").body(), Lang.NTRIPLES).toGraph();
        assertTrue(fromNTriples.size() > 5);
        // jena-core's matcher: the ontology's many alike blank nodes (owl:unionOf domains) send IsoMatcher's backtracking
        // into hours; this one classifies blank nodes by their neighbourhood first.
        assertTrue(fromNTriples.isIsomorphicWith(fromJsonLd), path + ": JSON-LD and N-Triples differ");
    }

    @Test
    void compactedDescriptionsUseTheContextsShortTermsAndNativeNumbers() throws IOException {
        JsonNode doc = JSON.readTree(server.get("/data/assessment/EU/dd-binding?format=jsonld").body());
        String text = doc.toString();
        assertTrue(text.contains("\"memberCount\":2") || text.contains("\"memberCount\":3"), text);
        assertTrue(text.contains("\"type\":\"ConsensusAssessment\""), text);
        assertTrue(text.contains("\"wasDerivedFrom\":"), text);
        JsonNode fra = JSON.readTree(server.get("/data/state/FRA?format=jsonld").body());
        assertTrue(fra.toString().contains("\"iso3\":\"FRA\""), fra.toString());
        assertTrue(fra.toString().contains("\"label\":\"France\""), fra.toString());
    }
}
