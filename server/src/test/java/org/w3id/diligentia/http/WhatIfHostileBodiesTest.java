package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hostile and mistaken bodies of {@code POST /api/what-if}, on a real server over the shipped data:
 * each gets the 4xx it lists and a problem document whose detail names the bad value; none a 5xx,
 * and the data is the same afterwards.
 */
class WhatIfHostileBodiesTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);
    private static long triples;

    private static final String ASK = "\"ask\": {\"question\": \"dd-binding\"}";

    private static String hypothesis(String fields) {
        return "{\"hypotheses\": [{" + fields + "}], " + ASK + "}";
    }

    private static final String GOOD = "\"actor\": \"FRA\", \"question\": \"dd-binding\", \"stance\": \"affirms\", \"date\": \"2025-01-01\"";

    static Stream<Arguments> bodies() {
        String many = "{\"hypotheses\": [" + String.join(",", java.util.Collections.nCopies(51, "{" + GOOD + "}")) + "], " + ASK + "}";
        String huge = "{\"hypotheses\": [], " + ASK + ", \"x\": \"" + "a".repeat(70 * 1024) + "\"}";
        return Stream.of(
                Arguments.of("application/json", "{\"hypotheses\": [", 400, "not valid JSON"),
                Arguments.of("application/json", "", 400, "JSON object"),
                Arguments.of("application/json", "[1, 2]", 400, "JSON object"),
                Arguments.of("application/json", "{\"hypotheses\": []}", 400, "'ask'"),
                Arguments.of("application/json", "{" + ASK + ", " + ASK + "}", 400, "ask"),
                Arguments.of("application/json", "{\"extra\": 1, " + ASK + "}", 400, "'extra'"),
                Arguments.of("text/plain", "{" + ASK + "}", 415, "text/plain"),
                Arguments.of("application/x-www-form-urlencoded", "a=b", 415, "application/x-www-form-urlencoded"),
                Arguments.of("application/json", huge, 413, "bytes"),
                Arguments.of("application/json", many, 422, "51"),
                Arguments.of("application/json", "{\"hypotheses\": {}, " + ASK + "}", 400, "'hypotheses'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("FRA", "XYZ")), 422, "'XYZ'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("FRA", "WEOG")), 422, "'WEOG'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("FRA", "AU-PSC")), 422, "'AU-PSC'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("FRA", "../etc")), 422, "../etc"),
                Arguments.of("application/json", hypothesis(GOOD.replace("\"dd-binding\"", "\"dd-nothing\"")), 422, "'dd-nothing'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("affirms", "maybe")), 400, "'maybe'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("2025-01-01", "2025-02-30")), 400, "'2025-02-30'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("2025-01-01", "yesterday")), 400, "'yesterday'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("\"2025-01-01\"", "20250101")), 400, "hypotheses[0].date"),
                Arguments.of("application/json", hypothesis(GOOD + ", \"confidence\": \"certain\""), 400, "'certain'"),
                Arguments.of("application/json", hypothesis(GOOD + ", \"evidence\": \"x\""), 400, "'hypotheses[0].evidence'"),
                Arguments.of("application/json", hypothesis(GOOD.replace("\"actor\": \"FRA\", ", "")), 400, "hypotheses[0].actor"),
                Arguments.of("application/json", hypothesis(GOOD + ", \"label\": \"" + "l".repeat(300) + "\""), 400, "hypotheses[0].label"),
                Arguments.of("application/json", "{\"ask\": {\"question\": \"dd-binding\", \"scopes\": [\"MARS\"]}}", 422, "'MARS'"),
                Arguments.of("application/json", "{\"ask\": {\"question\": \"dd-binding\", \"scopes\": []}}", 400, "ask.scopes"),
                Arguments.of("application/json", "{\"ask\": {\"question\": \"dd-binding\", \"scopes\": [\"OAS\", \"OAS\"]}}", 400, "'OAS'"),
                Arguments.of("application/json", "{\"ask\": {\"question\": \"dd-binding\", \"asOf\": \"9999-01-01\"}}", 400, "'9999-01-01'"),
                Arguments.of("application/json", "{\"ask\": {\"question\": \"dd-binding\", \"minConfidence\": \"top\"}}", 400, "'top'"),
                Arguments.of("application/json", "{\"variants\": {\"undecidedAsRejecting\": \"yes\"}, " + ASK + "}", 400,
                        "variants.undecidedAsRejecting"),
                Arguments.of("application/json", "{\"variants\": {\"coverageFloor\": \"3/2\"}, " + ASK + "}", 400, "\"3/2\""),
                Arguments.of("application/json", "{\"variants\": {\"coverageFloor\": \"1/0\"}, " + ASK + "}", 400, "\"1/0\""),
                Arguments.of("application/json", "{\"variants\": {\"coverageFloor\": -0.5}, " + ASK + "}", 400, "-0.5"),
                Arguments.of("application/json", "{\"variants\": {\"levels\": {\"supreme\": {\"minSupport\": \"1\"}}}, " + ASK + "}", 422,
                        "'supreme'"),
                Arguments.of("application/json", "{\"variants\": {\"levels\": {\"broad\": {\"maxJoy\": \"1\"}}}, " + ASK + "}", 400,
                        "'maxJoy'"),
                Arguments.of("application/json", "{\"variants\": {\"levels\": {\"emerging\": {\"minAffirming\": 2.5}}}, " + ASK + "}", 400,
                        "2.5"));
    }

    @BeforeAll
    static void countTriples() throws IOException {
        triples = ApiClient.json(server, "/health").get("tripleCount").asLong();
    }

    @AfterAll
    static void dataUnchanged() throws IOException {
        assertEquals(triples, ApiClient.json(server, "/health").get("tripleCount").asLong());
    }

    @ParameterizedTest(name = "{2} for {0} body {3}")
    @MethodSource("bodies")
    void aBadBodyGetsAProblemThatNamesTheBadValue(String contentType, String body, int status, String names) throws IOException {
        HttpResponse<String> r = server.post("/api/what-if", contentType, body);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.body());
        JsonNode problem = ApiClient.parse(r.body());
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains(names), problem.get("detail").asText());
    }
}
