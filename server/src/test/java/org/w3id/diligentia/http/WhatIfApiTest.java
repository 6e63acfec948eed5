package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/what-if} over the shipped knowledge base, on a real server: hypotheses and variants
 * change what they should, in the shapes of the real answers, and nothing the server stores or
 * serves for real changes.
 */
class WhatIfApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    private static final String OAS_BINDS = """
            {"hypotheses": [{"actor": "OAS", "question": "dd-binding", "stance": "affirms", "date": "2025-06-01",
                             "confidence": "high", "label": "An OAS position like the AU's"}],
             "ask": {"scopes": ["OAS", "world"], "question": "dd-binding", "asOf": "2026-01-01"}}""";

    static JsonNode whatIf(String body) throws IOException {
        HttpResponse<String> r = server.post("/api/what-if", "application/json", body);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(r.headers().firstValue("ETag").isEmpty(), "a what-if has no entity tag");
        JsonNode answer = ApiClient.parse(r.body());
        assertTrue(answer.get("hypothetical").asBoolean());
        answer.get("consensus").forEach(a -> assertTrue(a.get("hypothetical").asBoolean(), a.toString()));
        return answer;
    }

    private static JsonNode real(String scope, String question, String asOf) throws IOException {
        return ApiClient.json(server, "/api/consensus?scope=" + scope + "&question=" + question + "&asOf=" + asOf);
    }

    private static String ask(String scope, String question, String variants) {
        return "{\"variants\": " + variants + ", \"ask\": {\"scopes\": [\"" + scope + "\"], \"question\": \"" + question
                + "\", \"asOf\": \"2026-01-01\", \"custom\": false}}";
    }

    @Test
    void aBindingCollectivePositionOfTheOasChangesTheOasAndWorldAnswersAndNothingStored() throws IOException {
        String path = "/api/consensus?scope=OAS&question=dd-binding&asOf=2026-01-01";
        HttpResponse<String> before = server.get(path);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        JsonNode oas = real("OAS", "dd-binding", "2026-01-01");
        JsonNode world = real("world", "dd-binding", "2026-01-01");
        long triples = ApiClient.json(server, "/health").get("tripleCount").asLong();

        JsonNode answer = whatIf(OAS_BINDS);
        JsonNode hOas = answer.get("consensus").get(0);
        JsonNode hWorld = answer.get("consensus").get(1);
        assertEquals("OAS", hOas.get("scope").asText());
        assertEquals("world", hWorld.get("scope").asText());
        // Every active OAS member now affirms (the collective position counts for each, and is the latest).
        int members = hOas.get("counts").get("members").asInt();
        assertEquals(oas.get("counts").get("members").asInt(), members);
        assertEquals(members, hOas.get("counts").get("affirms").asInt(), hOas.toString());
        assertTrue(members > oas.get("counts").get("affirms").asInt(), "the OAS affirmed already");
        assertNotEquals(oas.get("level").asText(), hOas.get("level").asText());
        assertTrue(hWorld.get("counts").get("affirms").asInt() > world.get("counts").get("affirms").asInt(), hWorld.toString());
        // The same shape as /api/consensus, plus the marker, less the citation: no permalink finds a hypothesis again.
        JsonNode fields = ApiClient.parse(oas.toString());
        assertTrue(fields.has("citation"), "the real answer is citable");
        assertFalse(hOas.has("citation"), "a hypothetical answer carries no citation");
        fields.fieldNames().forEachRemaining(f -> assertTrue(f.equals("citation") || hOas.has(f), "missing " + f));
        assertTrue(hOas.get("members").toString().contains("/id/position/what-if-1"), "the hypothetical position is behind the stances");
        // The echo, and the custom indicators in the shape of /api/custom.
        assertEquals("OAS", answer.get("hypotheses").get(0).get("actor").asText());
        assertEquals("organization", answer.get("hypotheses").get(0).get("actorKind").asText());
        JsonNode custom = answer.get("custom");
        assertTrue(custom.get("hypothetical").asBoolean());
        ApiClient.json(server, "/api/custom?question=dd-binding&asOf=2026-01-01").fieldNames()
                .forEachRemaining(f -> assertTrue(custom.has(f), "missing " + f));

        // Nothing stored: the real answers, their tag and the store are as before.
        HttpResponse<String> after = server.get(path);
        assertEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(before.body(), after.body());
        assertEquals(oas, real("OAS", "dd-binding", "2026-01-01"));
        assertEquals(world, real("world", "dd-binding", "2026-01-01"));
        assertEquals(triples, ApiClient.json(server, "/health").get("tripleCount").asLong());
        assertEquals(304, server.get(path, "If-None-Match", etag).statusCode());
    }

    @Test
    void withoutVariantsOrHypothesesTheAnswerIsTheRealOne() throws IOException {
        JsonNode h = whatIf(ask("AU", "dd-applies", "{}")).get("consensus").get(0);
        JsonNode r = real("AU", "dd-applies", "2026-01-01");
        assertEquals(r.get("level"), h.get("level"));
        assertEquals(r.get("counts"), h.get("counts"));
        assertEquals(r.get("members"), h.get("members"));
    }

    @Test
    void leavingOutCollectivePositionsChangesTheAfricanUnionsAnswer() throws IOException {
        JsonNode r = real("AU", "dd-applies", "2026-01-01");
        JsonNode answer = whatIf(ask("AU", "dd-applies", "{\"leaveOutCollective\": true}"));
        JsonNode h = answer.get("consensus").get(0);
        assertTrue(answer.get("leftOut").get("collective").asInt() > 0);
        assertTrue(h.get("counts").get("affirms").asInt() < r.get("counts").get("affirms").asInt(), h.get("counts").toString());
        assertFalse(h.get("members").toString().contains("\"collective\""), "a collective route is left");
    }

    @Test
    void countingOnlyOwnWordsLeavesOutTheRest() throws IOException {
        JsonNode r = real("world", "dd-binding", "2026-01-01");
        JsonNode answer = whatIf(ask("world", "dd-binding", "{\"ownWordsOnly\": true}"));
        JsonNode h = answer.get("consensus").get(0);
        assertTrue(answer.get("leftOut").get("notOwnWords").asInt() > 0);
        assertTrue(h.get("counts").get("affirms").asInt() < r.get("counts").get("affirms").asInt(), h.get("counts").toString());
    }

    @Test
    void undecidedCountedAsRejectingMovesTheUndecidedToTheRejecting() throws IOException {
        JsonNode cell = null;
        for (JsonNode c : ApiClient.json(server, "/api/consensus/matrix?asOf=2026-01-01").get("cells"))
            if (c.get("scope").asText().equals("world") && c.get("counts").get("undecided").asInt() > 0)
                cell = c;
        assertTrue(cell != null, "no question with an undecided UN member in the shipped data");
        String question = cell.get("question").asText();
        JsonNode counts = cell.get("counts");
        JsonNode h = whatIf(ask("world", question, "{\"undecidedAsRejecting\": true}")).get("consensus").get(0).get("counts");
        assertEquals(0, h.get("undecided").asInt());
        assertEquals(counts.get("rejects").asInt() + counts.get("undecided").asInt(), h.get("rejects").asInt());
        assertEquals(counts.get("affirms"), h.get("affirms"));
    }

    @Test
    void aHigherCoverageFloorMakesTheWorldNotEstablishedAndTheCustomEvidenceInsufficient() throws IOException {
        JsonNode answer = whatIf("""
                {"variants": {"coverageFloor": "1"}, "ask": {"scopes": ["world"], "question": "dd-binding", "asOf": "2026-01-01"}}""");
        JsonNode h = answer.get("consensus").get(0);
        assertEquals("not-established", h.get("level").asText(), h.get("rule").toString());
        assertTrue(h.get("rule").get("thresholds").asText().contains("coverage < 1"), h.get("rule").toString());
        assertFalse(answer.get("custom").get("sufficientEvidence").asBoolean(), answer.get("custom").get("verdict").asText());
        assertEquals("1", answer.get("custom").get("coverageFloor").asText());
        assertEquals("1", answer.get("variants").get("coverageFloor").asText());
    }

    @Test
    void otherLevelThresholdsChangeTheLevel() throws IOException {
        JsonNode r = real("EU", "dd-applies", "2026-01-01");
        assertEquals("consensus", r.get("level").asText(), "the EU's level on dd-applies changed in the data");
        JsonNode h = whatIf(ask("EU", "dd-applies", "{\"levels\": {\"consensus\": {\"minSupport\": null, \"minAffirming\": 100000}}}"))
                .get("consensus").get(0);
        assertNotEquals("consensus", h.get("level").asText());
        assertTrue(h.get("rule").get("thresholds").asText().length() > 0);
        assertNull(h.get("rule").get("unknown"));
    }
}
