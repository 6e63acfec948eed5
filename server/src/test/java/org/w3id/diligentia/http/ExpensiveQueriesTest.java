package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.config.ExpensiveQueries;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ServerClient;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Expensive queries get a bounded share: with one slot for SPARQL queries and no queue, a second
 * query while a slow one runs is refused at once with 503, Retry-After and a problem document, over
 * the embedded store and over a remote one; meanwhile cached answers, pages and /health answer.
 */
@ClassTemplate
class ExpensiveQueriesTest {
    /** Cut at the time limit whatever the data: 17,000 triples cubed (sent with a limit of 4 s, {@link #running}). */
    static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String CONSENSUS = "/api/consensus?scope=AU&question=dd-binding&asOf=2025-01-01";
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("shipped", Settings.builder(TestHome.home())
            .expensiveQueries(ExpensiveQueries.forCores(2).withSparql(1).withQueue(0).withQueueWait(Duration.ZERO))
            .build());
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** Sends {@code query} without waiting for its answer, and returns once the server runs it. */
    static CompletableFuture<HttpResponse<String>> running(ServerClient server, String query, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(sparql(query) + "&timeout=4"))).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/sparql-results+json");
        if (headers.length > 0)
            b.headers(headers);
        CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (ApiClient.parse(server.get("/health").body()).at("/work/sparql/running").asInt() < 1) {
            assertTrue(System.nanoTime() < deadline && !answer.isDone(), "the slow query never ran: " + (answer.isDone() ? answer.get().body() : ""));
            Thread.sleep(20);
        }
        return answer;
    }

    @Test
    void aSecondQueryWhileTheOnlySlotIsTakenIsRefusedWithRetryAfterAndAProblem() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = running(server, SLOW);
        HttpResponse<String> refused = server.get(sparql("ASK {}"), "Accept", "application/sparql-results+json");
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""), "Retry-After");
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), refused.headers().toString());
        JsonNode problem = ApiClient.parse(refused.body());
        assertEquals(503, problem.get("status").asInt());
        assertEquals("/sparql", problem.get("instance").asText());
        assertTrue(problem.get("detail").asText().contains("SPARQL queries"), problem.toString());
        // The slow query is cut at its limit, and its slot is given back once its answer is written: the next query runs.
        assertEquals(503, slow.get().statusCode(), "cut at the time limit");
        assertTrue(slow.get().headers().firstValue("Retry-After").isEmpty(), "a query cut at its limit is not a refusal");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ApiClient.parse(server.get("/health").body()).at("/work/sparql/running").asInt() > 0)
            assertTrue(System.nanoTime() < deadline, "the slot was never given back");
        assertEquals(200, server.get(sparql("ASK {}"), "Accept", "application/sparql-results+json").statusCode());
    }

    @Test
    void cachedAnswersPagesAndHealthAnswerWhileTheLaneIsFull() throws Exception {
        assertEquals(200, server.get(CONSENSUS).statusCode());
        assertEquals(200, server.get("/").statusCode());
        CompletableFuture<HttpResponse<String>> slow = running(server, SLOW);
        HttpResponse<String> cached = server.get(CONSENSUS);
        assertEquals(200, cached.statusCode(), cached.body());
        assertEquals("AU", ApiClient.parse(cached.body()).get("scope").asText());
        HttpResponse<String> health = server.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals(1, ApiClient.parse(health.body()).at("/work/sparql/running").asInt(), health.body());
        assertEquals(200, server.get("/").statusCode());
        assertEquals(200, server.get("/page/state/FRA").statusCode());
        slow.get();
    }

    @Test
    void aRefusalIsAnHtmlPageForABrowser() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = running(server, SLOW);
        HttpResponse<String> refused = server.get(sparql("ASK {}"), "Accept", "text/html");
        assertEquals(503, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), refused.headers().toString());
        assertTrue(refused.body().contains("SPARQL queries"), refused.body());
        slow.get();
    }
}
