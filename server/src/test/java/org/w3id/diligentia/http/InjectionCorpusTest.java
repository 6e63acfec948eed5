package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A corpus of injection attempts in every parameter of every canned query (read from the catalog,
 * {@code GET /api/queries}) and of the fixed API routes, over the shipped data. Each request must
 * get a 400 or 404 whose detail names the parameter, or a 200 that is exactly the answer to the
 * cleaned value (the value stripped, as the server reads it): the text never changes the query.
 * Never a 5xx.
 */
class InjectionCorpusTest {
    static final List<String> CORPUS = List.of(
            "'", "\"", "EU'", "EU\"", "EU\" . ?s ?p ?o . \"", "} UNION { ?s ?p ?o }", "EU } UNION { ?s ?p ?o",
            ") FILTER(true) (", "<http://example.org/x>", "http://example.org/a>b",
            "https://w3id.org/diligentia/id/state/FRA> } UNION { ?s ?p ?o . <x:y", "EU\nFILTER(true)",
            "EU\r\nX-Injected: 1", "\u0000", "EU\u0000", "\u202EUE", "EU\u200F", "ÉU", "\uD83D\uDE42", "?s", "$x",
            "# comment", "\\", "\\u0022", "%27", "${x}", "FRA;", "", "   ", "E".repeat(300), "E".repeat(5000),
            "2024-13-45", "0000-00-00", "9999-12-31", "+10000-01-01", "2024-01-01\"^^<http://www.w3.org/2001/XMLSchema#string>",
            "true || 1=1", "EU,AU", ",,,", "javascript:alert(1)", "file:///etc/passwd", "urn:x:y", "http://127.0.0.1:1/",
            " EU ", "fra", "LOW");

    /** A valid value of each parameter type, for the parameters a request must also give. */
    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("state", "FRA"), Map.entry("organization", "EU"), Map.entry("organization-list", "EU"),
            Map.entry("state-list", "FRA,DEU"),
            Map.entry("scope", "EU"), Map.entry("question", "dd-binding"), Map.entry("date", "2020-01-01"),
            Map.entry("date-list", "2020-01-01"), Map.entry("confidence", "low"), Map.entry("stance", "affirms"),
            Map.entry("instrument-kind", "resolution"), Map.entry("boolean", "true"),
            Map.entry("iri", "https://w3id.org/diligentia/id/state/FRA"));

    /** The fixed routes, their parameters, and the parameters they need. */
    private static final Map<String, List<String>> ROUTES = new LinkedHashMap<>();
    private static final Map<String, String> ROUTE_BASE = new HashMap<>();

    static {
        route("/api/consensus", "scope=EU&question=dd-binding", "scope", "question", "asOf", "minConfidence");
        route("/api/consensus/timeline", "scope=EU&question=dd-binding", "scope", "question", "from", "to", "minConfidence");
        route("/api/consensus/matrix", "", "asOf", "minConfidence");
        route("/api/consensus/regional-coverage", "question=dd-binding", "question", "asOf", "minConfidence", "levels");
        route("/api/states/FRA", "", "asOf", "minConfidence");
        route("/api/organizations/EU", "", "asOf");
        route("/api/compare", "actors=FRA,DEU", "actors", "asOf", "minConfidence");
        route("/api/instruments", "", "org", "kind", "binding", "from", "to");
    }

    private static void route(String path, String base, String... params) {
        ROUTES.put(path, List.of(params));
        ROUTE_BASE.put(path, base);
    }

    private static final Pattern CLEAN = Pattern.compile("[A-Za-z0-9:/._,#+-]*");
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);
    private static final List<String> FAILURES = new ArrayList<>();
    private static int requests;

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path) {
        requests++;
        return server.get(path, "Accept", "application/json");
    }

    @Test
    void everyParameterOfEveryCannedQueryRefusesOrAnswersTheCleanValue() throws IOException {
        JsonNode catalog = ApiClient.json(server, "/api/queries");
        int params = 0;
        for (JsonNode q : catalog.get("queries")) {
            if (!QueryFactory.create(q.get("sparql").asText()).isSelectType())
                continue;
            String name = q.get("name").asText();
            for (JsonNode p : q.get("params")) {
                params++;
                String param = p.get("name").asText();
                StringBuilder others = new StringBuilder();
                for (JsonNode other : q.get("params"))
                    if (!other.get("name").asText().equals(param) && other.get("required").asBoolean())
                        others.append('&').append(other.get("name").asText()).append('=').append(enc(VALID.get(other.get("type").asText())));
                for (String value : CORPUS)
                    check("/api/queries/" + name + "?" + param + "=" + enc(value) + others, param, value,
                            "/api/queries/" + name + "?" + param + "=" + enc(value.strip()) + others, true);
            }
        }
        assertTrue(params >= 30, "only " + params + " parameters in the catalog");
        report();
    }

    @Test
    void everyParameterOfTheFixedRoutesRefusesOrAnswersTheCleanValue() {
        ROUTES.forEach((path, params) -> {
            String base = ROUTE_BASE.get(path);
            for (String param : params) {
                String others = List.of(base.split("&")).stream()
                        .filter(kv -> !kv.isEmpty() && !kv.startsWith(param + "=")).map(kv -> "&" + kv).collect(Collectors.joining());
                for (String value : CORPUS)
                    check(path + "?" + param + "=" + enc(value) + others, param, value,
                            path + "?" + param + "=" + enc(value.strip()) + others, false);
            }
        });
        report();
    }

    @Test
    void everyPathParameterRefusesInjections() {
        for (String template : List.of("/api/states/%s", "/api/organizations/%s", "/api/queries/%s", "/id/state/%s",
                "/id/%s/FRA", "/data/org/%s", "/page/question/%s", "/id/assessment/%s/dd-binding", "/data/assessment/EU/%s")) {
            for (String value : CORPUS) {
                if (value.isBlank())
                    continue;
                String path = String.format(template, enc(value).replace("+", "%20"));
                HttpResponse<String> r = get(path);
                if (r.statusCode() == 200 || r.statusCode() == 303) {
                    // Only a value that is an identifier itself (" EU " stripped, "fra") may be found.
                    if (!CLEAN.matcher(value.strip()).matches())
                        FAILURES.add(path + " -> " + r.statusCode() + " for an injection");
                } else if (r.statusCode() < 400 || r.statusCode() >= 500 || !isProblem(r)) {
                    FAILURES.add(path + " -> " + r.statusCode() + ": " + abbreviate(r.body()));
                }
                if (r.headers().firstValue("X-Injected").isPresent())
                    FAILURES.add(path + " -> a header was injected");
            }
        }
        report();
    }

    /**
     * {@code path} (with the corpus value in {@code param}) must be refused naming {@code param}, or
     * answer exactly what {@code cleanPath} answers.
     */
    private static void check(String path, String param, String value, String cleanPath, boolean echoes) {
        HttpResponse<String> r = get(path);
        int status = r.statusCode();
        if (status == 400 || status == 404) {
            if (!isProblem(r))
                FAILURES.add(path + " -> " + status + " without a problem document");
            else if (!detail(r).contains("'" + param + "'"))
                FAILURES.add(path + " -> " + status + " does not name '" + param + "': " + detail(r));
            return;
        }
        if (status != 200) {
            FAILURES.add(path + " -> " + status + ": " + abbreviate(r.body()));
            return;
        }
        try {
            JsonNode answer = ApiClient.parse(r.body());
            if (echoes) {
                String echoed = answer.path("params").path(param).asText("");
                if (!CLEAN.matcher(echoed).matches())
                    FAILURES.add(path + " -> 200 bound '" + param + "' to '" + echoed + "'");
            }
            HttpResponse<String> clean = get(cleanPath);
            if (clean.statusCode() != 200 || !ApiClient.parse(clean.body()).equals(answer))
                FAILURES.add(path + " -> 200 with an answer other than that of the clean value '" + value.strip() + "'");
        } catch (IOException e) {
            FAILURES.add(path + " -> 200 that is not JSON: " + abbreviate(r.body()));
        }
    }

    private static boolean isProblem(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
    }

    private static String detail(HttpResponse<String> r) {
        try {
            return ApiClient.parse(r.body()).path("detail").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static void report() {
        List<String> failures = List.copyOf(FAILURES);
        FAILURES.clear();
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " requests failed");
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
