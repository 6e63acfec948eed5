package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.sparql.SparqlLimits;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.FixtureStore;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The limits of queries, over the small fixture with a row cap of 2, a default time limit of 1 s
 * and a maximum of 3 s: a capped result says so (header, and a field in the API), a computed answer
 * is never made from a cut list, a client's timeout can lower the limit but not pass the maximum,
 * and no query reaches a file or another server.
 */
class SparqlLimitsTest {
    static final String STATES = "SELECT ?s WHERE { ?s a <https://w3id.org/diligentia/ontology#State> } ORDER BY ?s";
    static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String JSON = "application/sparql-results+json";
    @RegisterExtension
    static final TestServer server = TestServer.serving(() -> FixtureStore.get("minimal"), Settings.builder(TestHome.home())
                .maxRows(2).queryTimeout(Duration.ofSeconds(1)).maxQueryTimeout(Duration.ofSeconds(3)).build());

    static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> sparql(String query, String accept) {
        return server.get(q(query), "Accept", accept);
    }

    @Test
    void aSelectBeyondTheRowCapIsCutAndSaysSoInAHeader() throws IOException {
        HttpResponse<String> r = sparql(STATES, JSON);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(2, ApiClient.parse(r.body()).at("/results/bindings").size());
        assertEquals("true; limit=2", r.headers().firstValue(SparqlLimits.TRUNCATED_HEADER).orElse(""));
        HttpResponse<String> csv = sparql(STATES, "text/csv");
        assertEquals(3, csv.body().strip().split("\r\n").length, "a header line and two rows: " + csv.body());
        assertEquals("true; limit=2", csv.headers().firstValue(SparqlLimits.TRUNCATED_HEADER).orElse(""));
    }

    @Test
    void aResultWithinTheCapCarriesNoTruncationHeader() {
        HttpResponse<String> r = sparql(STATES.replace("ORDER BY ?s", "ORDER BY ?s LIMIT 2"), JSON);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue(SparqlLimits.TRUNCATED_HEADER).isEmpty());
    }

    @Test
    void constructAndDescribeAreCappedInTriples() {
        for (String query : new String[] {"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                "DESCRIBE ?s WHERE { ?s a <https://w3id.org/diligentia/ontology#State> }"}) {
            HttpResponse<String> r = sparql(query, "application/n-triples");
            assertEquals(200, r.statusCode(), r.body());
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.create().source(new StringReader(r.body())).lang(Lang.NTRIPLES).parse(g);
            assertEquals(2, g.size(), query);
            assertEquals("true; limit=2", r.headers().firstValue(SparqlLimits.TRUNCATED_HEADER).orElse(""), query);
        }
    }

    @Test
    void aListOfTheApiBeyondTheCapIsCutAndSaysSoInAFieldAndAHeader() throws IOException {
        for (String path : new String[] {"/api/states", "/api/queries/states"}) {
            HttpResponse<String> r = server.get(path, "Accept", "application/json");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = ApiClient.parse(r.body());
            assertTrue(body.get("truncated").asBoolean(), path + " " + r.body());
            assertEquals(2, (body.has("items") ? body.get("items") : body.get("rows")).size(), path);
            assertEquals("true; limit=2", r.headers().firstValue(SparqlLimits.TRUNCATED_HEADER).orElse(""), path);
        }
    }

    @Test
    void aComputedAnswerIsNeverMadeFromACutList() throws IOException {
        HttpResponse<String> r = server.get("/api/consensus?scope=all-states&question=dd-binding", "Accept", "application/json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ApiClient.parse(r.body()).get("detail").asText().contains("row cap"), r.body());
    }

    @Test
    void theTimeLimitStopsAnExpensiveQueryWith503AndAProblemThatSaysSo() throws IOException {
        long start = System.nanoTime();
        HttpResponse<String> r = sparql(EXPENSIVE, JSON);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(ApiClient.parse(r.body()).get("detail").asText().contains("time limit of 1 s"), r.body());
        assertTrue(millis < 10_000, "took " + millis + " ms with a 1 s limit");
    }

    @Test
    void aClientTimeoutLowersTheLimit() throws IOException {
        HttpResponse<String> r = server.get(q(EXPENSIVE) + "&timeout=0.2", "Accept", JSON);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ApiClient.parse(r.body()).get("detail").asText().contains("time limit of 0.2 s"), r.body());
    }

    @Test
    void aClientTimeoutCannotPassTheMaximum() throws IOException {
        HttpResponse<String> r = server.get(q(EXPENSIVE) + "&timeout=100", "Accept", JSON);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(ApiClient.parse(r.body()).get("detail").asText().contains("time limit of 3 s"), r.body());
    }

    @Test
    void byDefaultTheMaximumIsTheDefaultSoAClientCanOnlyLowerItsLimit() {
        Settings defaults = Settings.defaults(TestHome.home());
        SparqlLimits limits = new SparqlLimits(defaults.queryTimeout(), defaults.maxQueryTimeout(), defaults.maxRows(), 1);
        assertEquals(Duration.ofSeconds(10), limits.timeoutFor(null));
        assertEquals(Duration.ofSeconds(10), limits.timeoutFor("3600"));
        assertEquals(Duration.ofMillis(2500), limits.timeoutFor("2.5"));
        for (String bad : new String[] {"0", "-1", "abc", "1e100", "NaN", "10,20"})
            assertThrows(IllegalArgumentException.class, () -> limits.timeoutFor(bad), bad);
    }

    @Test
    void aLongQueryFitsJustUnderTheLimits() {
        String padding = "# " + "x".repeat(60_000) + "\n";
        HttpResponse<String> get = server.get(q(padding + "ASK {}"), "Accept", JSON);
        assertEquals(200, get.statusCode(), "a 60 kB query by GET");
        HttpResponse<String> post = server.post("/sparql", "application/sparql-query",
                "# " + "x".repeat(1000 * 1024) + "\nASK {}", "Accept", JSON);
        assertEquals(200, post.statusCode(), "a 1000 kB query by POST");
    }

    @Test
    void noQueryReachesAnotherServer() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        target.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] ttl = "<urn:x:a> <urn:x:b> \"fetched\" .".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/turtle");
            exchange.sendResponseHeaders(200, ttl.length);
            exchange.getResponseBody().write(ttl);
            exchange.close();
        });
        target.start();
        String url = "http://127.0.0.1:" + target.getAddress().getPort() + "/data";
        try {
            assertEquals(422, sparql("SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } }", JSON).statusCode());
            assertEquals(422, sparql("SELECT * WHERE { SERVICE SILENT <" + url + "> { ?s ?p ?o } }", JSON).statusCode());
            assertEquals(422, sparql("SELECT * WHERE { ?x ?y ?z OPTIONAL { SERVICE <" + url + "> { ?s ?p ?o } } }", JSON).statusCode());
            assertEmpty(sparql("SELECT * FROM <" + url + "> WHERE { ?s ?p ?o }", JSON));
            assertEmpty(sparql("SELECT * FROM NAMED <" + url + "> WHERE { GRAPH ?g { ?s ?p ?o } }", JSON));
            assertEmpty(server.get(q("SELECT * WHERE { ?s ?p ?o }") + "&default-graph-uri=" + URLEncoder.encode(url, StandardCharsets.UTF_8),
                    "Accept", JSON));
            assertEmpty(server.get(q("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri="
                    + URLEncoder.encode(url, StandardCharsets.UTF_8), "Accept", JSON));
            HttpResponse<String> load = server.post("/sparql", "application/sparql-update", "LOAD <" + url + ">");
            assertEquals(415, load.statusCode(), load.body());
            assertEquals(0, hits.get(), "a query made the server send a request");
        } finally {
            target.stop(0);
        }
    }

    @Test
    void noQueryReadsALocalFile(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.ttl");
        Files.writeString(secret, "<urn:x:a> <urn:x:b> \"the secret\" .\n");
        String file = secret.toUri().toString();
        for (String uri : new String[] {file, "file:///etc/passwd"}) {
            assertEmpty(sparql("SELECT * FROM <" + uri + "> WHERE { ?s ?p ?o }", JSON));
            assertEmpty(sparql("SELECT * FROM NAMED <" + uri + "> WHERE { GRAPH ?g { ?s ?p ?o } }", JSON));
            assertEmpty(server.get(q("SELECT * WHERE { ?s ?p ?o }") + "&default-graph-uri=" + URLEncoder.encode(uri, StandardCharsets.UTF_8),
                    "Accept", JSON));
        }
        HttpResponse<String> construct = sparql("CONSTRUCT { ?s ?p ?o } FROM <" + file + "> WHERE { ?s ?p ?o }", "text/turtle");
        assertEquals(200, construct.statusCode());
        assertFalse(construct.body().contains("the secret"), construct.body());
    }

    private static void assertEmpty(HttpResponse<String> r) throws IOException {
        assertEquals(200, r.statusCode(), r.body());
        JsonNode bindings = ApiClient.parse(r.body()).at("/results/bindings");
        assertEquals(0, bindings.size(), r.body());
    }
}
