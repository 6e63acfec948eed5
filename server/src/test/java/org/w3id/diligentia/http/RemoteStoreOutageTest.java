package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.RemoteStore;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.StandaloneFuseki;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The remote store goes away and comes back: a real Fuseki process is stopped under a running
 * server, then started again on the same port over the same data. Meanwhile every request answers
 * 503 with a problem that says the store cannot be reached, and {@code /health} says so; afterwards
 * service resumes by itself, with the same answers.
 */
class RemoteStoreOutageTest {
    private static final String QUESTIONS = "/api/questions";
    private static final String SPARQL = "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);

    @Test
    void requestsAnswer503WhileTheStoreIsDownAndServiceResumesWhenItReturns(@TempDir Path dir) throws Exception {
        try (StandaloneFuseki fuseki = StandaloneFuseki.start(dir, List.of("ds"))) {
            RemoteStore store = RemoteStore.connect(fuseki.endpoints("ds"), Duration.ofMillis(200));
            Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, TestHome.withFixture("minimal"));
            try (RunningServer server = RunningServer.serve(store, Settings.defaults(TestHome.home()))) {
                String before = server.get(QUESTIONS).body();
                assertEquals(200, server.get("/health").statusCode());

                fuseki.stop();
                Thread.sleep(400);
                HttpResponse<String> down = server.get(QUESTIONS);
                assertEquals(503, down.statusCode(), down.body());
                assertTrue(down.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                String detail = ApiClient.parse(down.body()).get("detail").asText();
                assertTrue(detail.contains("cannot be reached") && detail.contains(fuseki.url("/ds/sparql")), detail);
                HttpResponse<String> health = server.get("/health");
                assertEquals(503, health.statusCode(), health.body());
                JsonNode h = ApiClient.parse(health.body());
                assertEquals("unavailable", h.get("status").asText());
                assertTrue(h.get("reason").asText().contains("cannot be reached"), health.body());
                assertEquals(503, server.get(SPARQL, "Accept", "application/sparql-results+json").statusCode());
                assertEquals(503, server.get("/data/state/AAA", "Accept", "text/turtle").statusCode());

                fuseki.start();
                long deadline = System.currentTimeMillis() + 15_000;
                while (server.get("/health").statusCode() != 200 && System.currentTimeMillis() < deadline)
                    Thread.sleep(100);
                assertEquals(200, server.get("/health").statusCode(), "service did not resume by itself");
                assertEquals(before, server.get(QUESTIONS).body(), "the same data is back");
                assertEquals(200, server.get(SPARQL, "Accept", "application/sparql-results+json").statusCode());
            }
        }
    }

    @Test
    void aServerStartsWhileTheStoreIsDownAndServesWhenItAppears(@TempDir Path dir) throws IOException, InterruptedException {
        try (StandaloneFuseki fuseki = StandaloneFuseki.start(dir, List.of("ds"))) {
            fuseki.stop();
            RemoteStore store = RemoteStore.connect(fuseki.endpoints("ds"), Duration.ofMillis(200));
            try (RunningServer server = RunningServer.serve(store, Settings.defaults(TestHome.home()))) {
                assertEquals(503, server.get("/health").statusCode());
                fuseki.start();
                Thread.sleep(400);
                HttpResponse<String> empty = server.get("/health");
                assertEquals(503, empty.statusCode());
                assertEquals("empty", ApiClient.parse(empty.body()).get("status").asText(), "reachable, but nothing is loaded yet");
                Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, TestHome.withFixture("minimal"));
                assertEquals(200, server.get("/health").statusCode());
                assertEquals(200, server.get(QUESTIONS).statusCode());
            }
        }
    }
}
