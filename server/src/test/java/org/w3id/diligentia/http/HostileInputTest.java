package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RawHttp;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hostile input, across every endpoint of the server over the shipped data: each case is one
 * request, sent byte for byte over a socket ({@link RawHttp}), and must be answered with the
 * status it lists (a 4xx) and a problem document that names the problem (the fragment it lists
 * appears in the detail): RFC 9457 JSON, or an HTML page for a client that asks for HTML. No case
 * may get a 5xx, no response may carry a header a request tried to inject, and the service is
 * healthy afterwards with the same data.
 *
 * <p>The cases are in {@link HostileInputCases}.
 */
class HostileInputTest {
    static final String TOKEN = "hostile-suite-admin-token-0123456789";
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get, Settings.builder(TestHome.home()).adminToken(TOKEN).build());
    private static long triplesBefore;

    @BeforeAll
    static void countTriples() throws IOException {
        triplesBefore = ApiClient.json(server, "/health").get("tripleCount").asLong();
    }

    @AfterAll
    static void healthyAfterwards() throws IOException {
        JsonNode health = ApiClient.json(server, "/health");
        assertEquals("ok", health.get("status").asText());
        assertEquals(triplesBefore, health.get("tripleCount").asLong(), "the data changed");
        assertEquals(0, SERVER_ERRORS.get(), "some hostile requests got a 5xx");
    }

    /** One hostile request and what it must get. */
    record Case(int status, String method, String target, String names, List<String> headers, byte[] body) {
        @Override
        public String toString() {
            String t = target.length() > 110 ? target.substring(0, 110) + "...(" + target.length() + " chars)" : target;
            return status + " " + method + " " + t + (headers.isEmpty() ? "" : " " + headers)
                    + (body == null ? "" : " [" + body.length + " bytes]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.w3id.diligentia.http.HostileInputCases#cases")
    void answersAProblemDocumentThatNamesTheProblem(Case c) throws IOException {
        RawHttp.Response r = RawHttp.send(server.port(), c.method(), c.target(), c.headers().toArray(String[]::new), c.body());
        if (r.status() >= 500)
            SERVER_ERRORS.incrementAndGet();
        if (c.status() == HostileInputCases.ANY_4XX)
            assertTrue(r.status() >= 400 && r.status() < 500, "expected a 4xx, got " + r.status() + ": " + r.body());
        else
            assertEquals(c.status(), r.status(), r.body());
        for (String injected : List.of("x-injected", "set-cookie"))
            assertEquals("", r.header(injected), "a response header was injected");
        String type = r.header("Content-Type");
        String detail;
        if (c.headers().contains(HostileInputCases.HTML)) {
            assertTrue(type.startsWith("text/html"), type);
            assertTrue(r.body().contains("<h1>") && r.body().contains("HTTP status " + r.status()), r.body());
            detail = r.body();
        } else {
            assertTrue(type.startsWith("application/problem+json"), "not a problem document: " + type + " " + r.body());
            JsonNode problem = ApiClient.parse(r.body());
            assertEquals(r.status(), problem.get("status").asInt());
            assertTrue(problem.get("type").asText().startsWith("https://w3id.org/diligentia/problems/"), r.body());
            assertTrue(!problem.get("title").asText().isBlank(), r.body());
            detail = problem.get("detail").asText();
            assertTrue(detail.length() > 10, "the detail says nothing: " + r.body());
        }
        if (!c.names().isEmpty() && !detail.toLowerCase(Locale.ROOT).contains(c.names().toLowerCase(Locale.ROOT))
                && !detail.contains(escapeHtml(c.names())))
            fail("the problem does not name '" + c.names() + "': " + detail);
    }

    @Test
    void theSuiteHasAtLeast150Cases() {
        assertTrue(HostileInputCases.cases().count() >= 150, "only " + HostileInputCases.cases().count() + " cases");
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
