package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestServer;

/**
 * Browser notebooks on another origin may read the data services ({@code /sparql}, {@code /api},
 * {@code /data}, and {@code /id}, {@code /ontology} and {@code /context.jsonld} on the way), with
 * the same answers from Javalin and from the embedded Fuseki; pages and health send nothing.
 */
@ClassTemplate
class CorsTest {
    private static final String ORIGIN = "https://notebook.example";
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("linked-data");

    private static HttpResponse<String> request(String method, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Origin", ORIGIN);
        if (headers.length > 0)
            b.headers(headers);
        return RunningServer.send(b.build());
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/data/state/FRA", "/id/state/FRA", "/ontology", "/context.jsonld", "/api/questions",
            "/sparql?query=ASK%7B%7D", "/dataset", "/.well-known/void", "/dumps/"})
    void aReadFromAnyOriginIsAllowedAndItsHeadersExposed(String path) {
        HttpResponse<String> r = request("GET", path);
        assertTrue(r.statusCode() < 400, path + " " + r.statusCode());
        assertEquals("*", header(r, "Access-Control-Allow-Origin"), path);
        assertTrue(header(r, "Access-Control-Expose-Headers").contains("ETag")
                && header(r, "Access-Control-Expose-Headers").contains("Link"), path);
    }

    @ParameterizedTest(name = "preflight {0}")
    @ValueSource(strings = {"/data/state/FRA", "/api/consensus", "/sparql", "/dumps/diligentia.nq.gz"})
    void aPreflightForGetIsAnsweredAlikeByJavalinAndFuseki(String path) {
        HttpResponse<String> r = request("OPTIONS", path, "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "accept, if-none-match");
        assertEquals(204, r.statusCode(), path);
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        assertTrue(header(r, "Access-Control-Allow-Methods").contains("GET"), header(r, "Access-Control-Allow-Methods"));
        assertTrue(header(r, "Access-Control-Allow-Headers").contains("If-None-Match"));
        assertEquals("86400", header(r, "Access-Control-Max-Age"));
    }

    @ParameterizedTest(name = "preflight DELETE {0}")
    @ValueSource(strings = {"/data/state/FRA", "/sparql"})
    void aPreflightForAWriteIsRefused(String path) {
        HttpResponse<String> r = request("OPTIONS", path, "Access-Control-Request-Method", "DELETE");
        assertEquals("", header(r, "Access-Control-Allow-Origin"), path);
        assertEquals("", header(r, "Access-Control-Allow-Methods"), path);
    }

    @ParameterizedTest(name = "no CORS on {0}")
    @ValueSource(strings = {"/page/state/FRA", "/", "/query", "/health"})
    void pagesAndHealthSendNoCorsHeaders(String path) {
        HttpResponse<String> r = request("GET", path);
        assertEquals(200, r.statusCode(), path);
        assertEquals("", header(r, "Access-Control-Allow-Origin"), path);
    }

    /** The rule: GET from any origin on read endpoints, and nothing else; a long query fits a GET (64 KiB). */
    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {"/sparql"})
    void aQueryByPostFromAnotherOriginIsNotReadable(String path) {
        HttpResponse<String> preflight = request("OPTIONS", path, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
        assertEquals("", header(preflight, "Access-Control-Allow-Origin"));
        assertEquals("", header(preflight, "Access-Control-Allow-Methods"));
        HttpResponse<String> post = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Origin", ORIGIN).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).build());
        assertEquals(200, post.statusCode(), "same-origin clients (the query editor) still query by POST");
        assertEquals("", header(post, "Access-Control-Allow-Origin"));
    }
}
