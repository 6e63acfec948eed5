package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diligentia.support.FixtureStore;
import org.w3id.diligentia.support.RawHttp;
import org.w3id.diligentia.support.TestServer;

/**
 * Security headers on every response (pages, data, errors of Javalin, Fuseki and Jetty itself), and
 * pages that run under their Content-Security-Policy: every script and stylesheet they load comes
 * from this server, none is inline, no element carries an event handler or a style attribute.
 */
class SecurityHeadersTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(() -> FixtureStore.get("linked-data"));

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/page/state/FRA", "/ontology", "/query", "/page/state/ZZZ", "/no/such/page",
            "/api/states", "/data/state/FRA", "/sparql?query=ASK%7B%7D", "/sparql?query=ASK", "/assets/diligentia.css", "/health"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        HttpResponse<String> r = server.get(path, "Accept", "text/html,*/*;q=0.8");
        String csp = header(r, "Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("object-src 'none'")
                && csp.contains("frame-ancestors 'none'") && csp.contains("base-uri 'none'"), path + ": " + csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertFalse(csp.replace("style-src 'self' 'unsafe-inline'", "").contains("unsafe-inline"), "inline scripts allowed: " + csp);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), path);
        assertEquals("DENY", header(r, "X-Frame-Options"), path);
    }

    @Test
    void onlyTheQueryEditorAllowsInlineStyles() {
        assertTrue(header(server.get("/query"), "Content-Security-Policy").contains("style-src 'self' 'unsafe-inline'"));
        assertTrue(header(server.get("/"), "Content-Security-Policy").contains("style-src 'self';"));
    }

    @Test
    void jettysOwnRefusalsCarryThemToo() {
        RawHttp.Response r = RawHttp.send(server.port(), "GET", "/sparql?query=" + "A".repeat(70_000), new String[0], null);
        assertEquals(414, r.status());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertTrue(r.header("Content-Security-Policy").contains("default-src 'self'"));
    }

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<link[^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]*)\"");
    private static final Pattern SRC = Pattern.compile("src=\"([^\"]*)\"");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/page/state/FRA", "/page/org/RO", "/ontology", "/query", "/page/state/ZZZ"})
    void pagesLoadOnlyTheirOwnScriptsAndStylesAndNothingInline(String path) {
        String html = server.get(path, "Accept", "text/html").body();
        List<String> problems = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (!script.group(2).isBlank())
                problems.add("inline script: " + script.group(2).strip());
            Matcher src = SRC.matcher(script.group(1));
            if (!src.find() || !src.group(1).startsWith("/"))
                problems.add("script not from this server: " + script.group(1));
        }
        Matcher css = LINK.matcher(html);
        while (css.find())
            if (!css.group(1).startsWith("/"))
                problems.add("stylesheet not from this server: " + css.group(1));
        if (html.contains("<style"))
            problems.add("inline <style>");
        if (Pattern.compile("\\sstyle=\"").matcher(html).find())
            problems.add("style attribute");
        if (Pattern.compile("\\son[a-z]+=\"").matcher(html).find())
            problems.add("inline event handler");
        if (html.contains("javascript:"))
            problems.add("javascript: URL");
        assertEquals(List.of(), problems, path);
        for (String asset : assets(html))
            assertEquals(200, server.get(asset).statusCode(), asset);
    }

    private static List<String> assets(String html) {
        List<String> found = new ArrayList<>();
        Matcher css = LINK.matcher(html);
        while (css.find())
            found.add(css.group(1));
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            Matcher src = SRC.matcher(script.group(1));
            if (src.find())
                found.add(src.group(1));
        }
        return found;
    }
}
