package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/what-if} copies the curated sources of the embedded store and of a remote one
 * alike: without hypotheses it answers what {@code /api/consensus} answers, with a binding collective
 * position of the OAS every active member of the OAS affirms.
 */
@ClassTemplate
class WhatIfOverEachStoreTest {
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("shipped");

    private static JsonNode oas(String hypotheses) throws IOException {
        HttpResponse<String> r = server.post("/api/what-if", "application/json", "{\"hypotheses\": [" + hypotheses + "],"
                + " \"ask\": {\"scopes\": [\"OAS\"], \"question\": \"dd-binding\", \"asOf\": \"2026-01-01\", \"custom\": false}}");
        assertEquals(200, r.statusCode(), r.body());
        return ApiClient.parse(r.body()).get("consensus").get(0);
    }

    @Test
    void theCopyAnswersAsTheStoreAndTheHypothesisCountsForEveryMember() throws IOException {
        JsonNode real = ApiClient.json(server, "/api/consensus?scope=OAS&question=dd-binding&asOf=2026-01-01");
        JsonNode same = oas("");
        assertEquals(real.get("counts"), same.get("counts"));
        assertEquals(real.get("members"), same.get("members"));
        JsonNode binding = oas("{\"actor\": \"OAS\", \"question\": \"dd-binding\", \"stance\": \"affirms\", \"date\": \"2025-06-01\"}");
        int members = binding.get("counts").get("members").asInt();
        assertTrue(members > 0);
        assertEquals(members, binding.get("counts").get("affirms").asInt(), binding.get("counts").toString());
    }
}
