package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.RemoteEndpoints;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.SharedFuseki;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /admin/reload}: only with a token, never with a wrong one, and while the server
 * serves: readers in a loop during the reload each see the old data or the new, never a mix
 * (within one answer either).
 */
class AdminReloadTest {
    private static final String TOKEN = "reload-test-token-0123456789abcdef";
    private static final String STATE_COUNT = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/diligentia/ontology#State> }";

    /** A data folder holding the minimal fixture (version A); {@link #toB} adds a fourth State (version B). */
    private static Path dataA(Path dir) {
        return TestHome.copy(TestHome.fixture("minimal"), dir.resolve("data"));
    }

    private static void toB(Path data) throws IOException {
        Files.writeString(data.resolve("states.ttl"),
                "st:DDD a dil:State ; dil:iso3 \"DDD\" ; rdfs:label \"Deltaland\"@en .\n", StandardOpenOption.APPEND);
    }

    private static void fromBtoA(Path data) {
        TestHome.copy(TestHome.fixture("minimal"), data);
    }

    private static RunningServer serve(Path data, String token) {
        TdbStore store = TdbStore.inMemory();
        Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(store, new org.w3id.diligentia.load.Loader.Sources(TestHome.ontology(), data));
        return RunningServer.serve(store, Settings.builder(TestHome.home()).ontologyDir(TestHome.ontology()).dataDir(data)
                .adminToken(token).build());
    }

    private static HttpResponse<String> reload(RunningServer server, String... headers) {
        return server.post("/admin/reload", "application/json", "", headers);
    }

    /** What a reader sees, per kind of request: a value that differs between A and B. */
    private static final Map<String, Function<RunningServer, String>> READERS = Map.of(
            "api-states", s -> body(s, "/api/states", b -> b.get("items").size() + " states"),
            "sparql-count", s -> body(s, "/sparql?query=" + URLEncoder.encode(STATE_COUNT, StandardCharsets.UTF_8),
                    b -> b.at("/results/bindings/0/n/value").asText() + " states"),
            // A date of its own each time: computed afresh (not cached), from two queries, counts and members.
            "consensus", s -> body(s, "/api/consensus?scope=all-states&question=dd-binding&asOf="
                            + java.time.LocalDate.of(2020, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(3000)),
                    b -> b.at("/counts/members").asInt() + " counted, " + b.get("members").size() + " listed"),
            "page-etag", s -> {
                HttpResponse<String> r = s.get("/api/states/AAA", "Accept", "application/json");
                return r.statusCode() == 200 ? "ok" : "status " + r.statusCode();
            });

    private static String body(RunningServer s, String path, Function<JsonNode, String> value) {
        HttpResponse<String> r = s.get(path, "Accept", "application/json");
        if (r.statusCode() != 200)
            return "status " + r.statusCode() + ": " + r.body();
        try {
            return value.apply(ApiClient.parse(r.body()));
        } catch (IOException e) {
            return "not JSON: " + r.body();
        }
    }

    @Test
    void readersDuringAReloadSeeTheOldDataOrTheNewNeverAMix(@TempDir Path dir) throws Exception {
        Path data = dataA(dir);
        try (RunningServer server = serve(data, TOKEN)) {
            Map<String, String> a = new java.util.HashMap<>();
            READERS.forEach((kind, read) -> a.put(kind, read.apply(server)));
            assertEquals("3 states", a.get("api-states"));
            assertEquals("3 counted, 3 listed", a.get("consensus"));
            String versionA = ApiClient.json(server, "/health").get("version").asText();
            toB(data);

            Map<String, Set<String>> seen = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> readers = new ArrayList<>();
            List<String> kinds = List.copyOf(READERS.keySet());
            for (int i = 0; i < 4; i++) {
                int offset = i;
                Thread t = new Thread(() -> {
                    int n = offset;
                    while (!stop.get()) {
                        String kind = kinds.get(n++ % kinds.size());
                        seen.computeIfAbsent(kind, k -> Collections.newSetFromMap(new ConcurrentHashMap<>()))
                                .add(READERS.get(kind).apply(server));
                    }
                }, "reader-" + i);
                t.start();
                readers.add(t);
            }
            Thread.sleep(300);
            // Back and forth a few times, ending on B: every commit is a moment a reader could straddle.
            HttpResponse<String> r = null;
            for (int i = 0; i < 5; i++) {
                if (i % 2 == 1)
                    fromBtoA(data);
                else if (i > 0)
                    toB(data);
                r = reload(server, "Authorization", "Bearer " + TOKEN);
                assertEquals(200, r.statusCode(), r.body());
            }
            Thread.sleep(300);
            stop.set(true);
            for (Thread t : readers)
                t.join(30_000);

            assertEquals(200, r.statusCode(), r.body());
            JsonNode reloaded = ApiClient.parse(r.body());
            assertNotEquals(versionA, reloaded.get("version").asText());
            Map<String, String> b = new java.util.HashMap<>();
            READERS.forEach((kind, read) -> b.put(kind, read.apply(server)));
            assertEquals("4 states", b.get("api-states"));
            assertEquals("4 counted, 4 listed", b.get("consensus"));
            assertEquals(reloaded.get("version").asText(), ApiClient.json(server, "/health").get("version").asText());
            seen.forEach((kind, values) -> assertTrue(java.util.stream.Stream.of(a.get(kind), b.get(kind)).toList().containsAll(values),
                    kind + ": saw " + values + ", expected only " + a.get(kind) + " or " + b.get(kind)));
            assertTrue(seen.get("api-states").containsAll(Set.of("3 states", "4 states")), "readers ran before and after: " + seen);
        }
    }

    @Test
    void aMissingOrWrongTokenIs401AndChangesNothing(@TempDir Path dir) throws Exception {
        Path data = dataA(dir);
        try (RunningServer server = serve(data, TOKEN)) {
            String version = ApiClient.json(server, "/health").get("version").asText();
            toB(data);
            for (String[] headers : List.of(new String[0], new String[] {"Authorization", "Bearer wrong-token-0123456789"},
                    new String[] {"Authorization", "Bearer " + TOKEN.toUpperCase()}, new String[] {"Authorization", TOKEN},
                    new String[] {"Authorization", "Basic " + TOKEN})) {
                HttpResponse<String> r = reload(server, headers);
                assertEquals(401, r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), r.headers().toString());
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            }
            assertEquals(version, ApiClient.json(server, "/health").get("version").asText());
            assertEquals(3, ApiClient.json(server, "/api/states").get("items").size());
        }
    }

    @Test
    void brokenSourcesAre422AndTheOldDataKeepsServing(@TempDir Path dir) throws Exception {
        Path data = dataA(dir);
        try (RunningServer server = serve(data, TOKEN)) {
            String version = ApiClient.json(server, "/health").get("version").asText();
            Files.writeString(data.resolve("broken.ttl"), "@prefix dil: <https://w3id.org/diligentia/ontology#> .\n<urn:x> a dil:State\n");
            HttpResponse<String> r = reload(server, "Authorization", "Bearer " + TOKEN);
            assertEquals(422, r.statusCode(), r.body());
            assertTrue(ApiClient.parse(r.body()).get("detail").asText().contains("broken.ttl"), r.body());
            assertEquals(version, ApiClient.json(server, "/health").get("version").asText());
            assertEquals(3, ApiClient.json(server, "/api/states").get("items").size());
        }
    }

    @Test
    void overARemoteStoreWithoutAGraphStoreEndpointTheRouteDoesNotExistEvenWithAToken() throws IOException {
        RemoteEndpoints readOnly = new RemoteEndpoints(SharedFuseki.endpoints("minimal").query(), Optional.empty());
        Settings settings = Settings.builder(TestHome.home()).adminToken(TOKEN).remote(readOnly).build();
        // The shared remote store outlives this server: stop the server only.
        RunningServer server = RunningServer.serve(SharedFuseki.store("minimal"), settings);
        try {
            assertEquals(404, reload(server, "Authorization", "Bearer " + TOKEN).statusCode());
            assertEquals("ok", ApiClient.json(server, "/health").get("status").asText());
        } finally {
            server.stopServerOnly();
        }
    }

    @Test
    void withoutATokenTheRouteDoesNotExist(@TempDir Path dir) {
        try (RunningServer server = serve(dataA(dir), null)) {
            assertEquals(404, reload(server, "Authorization", "Bearer " + TOKEN).statusCode());
            assertEquals(404, reload(server).statusCode());
        }
    }
}
