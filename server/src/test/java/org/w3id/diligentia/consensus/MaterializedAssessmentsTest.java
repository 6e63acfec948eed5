package org.w3id.diligentia.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.Table;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/** At load, an assessment per scope and question is materialized with its provenance, and SPARQL sees it. */
class MaterializedAssessmentsTest {
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(10), 10_000);

    @Test
    void everyScopeAndQuestionHasAnAssessmentDerivedFromThePositionsItCounted() {
        Table all = ShippedStore.get().select(QueryFactory.create("""
                PREFIX dil: <https://w3id.org/diligentia/ontology#>
                SELECT ?a WHERE { GRAPH <https://w3id.org/diligentia/graph/assessments> { ?a a dil:ConsensusAssessment } }"""),
                BindingFactory.empty(), LIMITS);
        // The SCO, the League of Arab States and the Pacific Islands Forum have members since the research of
        // 2026-12-03, and the five UN regional groups are scopes too (issue 15).
        assertEquals(15 * 6, all.size(), "the world, nine regional organizations and five regional groups, six questions");

        Table au = ShippedStore.get().select(QueryFactory.create("""
                PREFIX dil: <https://w3id.org/diligentia/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?level ?asOf ?n ?a (COUNT(DISTINCT ?position) AS ?derived) WHERE {
                  <https://w3id.org/diligentia/id/assessment/AU/dd-binding> dil:level ?level ; dil:asOf ?asOf ;
                      dil:memberCount ?n ; dil:affirmingCount ?a ; prov:wasDerivedFrom ?position .
                } GROUP BY ?level ?asOf ?n ?a"""), BindingFactory.empty(), LIMITS);
        assertEquals(1, au.size());
        var row = au.rows().get(0);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), Table.get(row, "asOf").orElseThrow().getLiteralLexicalForm());
        assertTrue(Table.get(row, "level").orElseThrow().getURI().startsWith("https://w3id.org/diligentia/id/level/"));
        assertEquals(1, ((Number) Table.get(row, "derived").orElseThrow().getLiteralValue()).intValue(),
                "every affirming AU member counts through the one Common African Position");
    }

    @Test
    void theSparqlEndpointSeesTheAssessmentsAndTheyAgreeWithTheApi() throws Exception {
        RunningServer server = RunningServer.serve(ShippedStore.get(), Settings.defaults(TestHome.home()));
        try {
            String query = """
                    PREFIX dil: <https://w3id.org/diligentia/ontology#>
                    SELECT ?level ?rule WHERE { <https://w3id.org/diligentia/id/assessment/world/dd-binding> dil:level ?level ; dil:matchedRule ?rule }""";
            HttpResponse<String> r = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                    "Accept", "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode binding = ApiClient.parse(r.body()).at("/results/bindings/0");
            JsonNode api = ApiClient.json(server, "/api/consensus?scope=world&question=dd-binding");
            assertEquals("https://w3id.org/diligentia/id/level/" + api.get("level").asText(), binding.at("/level/value").asText());
            assertTrue(binding.at("/rule/value").asText().startsWith(api.get("level").asText() + ": "), binding.toString());
        } finally {
            server.stopServerOnly();    // the shared store stays open for other tests
        }
    }
}
