package org.w3id.diligentia.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.w3id.diligentia.http.HostileInputTest.Case;

/**
 * The cases of {@link HostileInputTest}, one line per case: expected status, the request line, a
 * fragment of the detail, then any headers ("Name: value") and a body ({@link #body}).
 */
final class HostileInputCases {
    static final int ANY_4XX = 4;
    static final String HTML = "Accept: text/html";
    static final String SPARQL_FORM = "Content-Type: application/x-www-form-urlencoded";
    static final String SPARQL_BODY = "Content-Type: application/sparql-query";

    static Case c(int status, String request, String names, Object... extras) {
        int space = request.indexOf(' ');
        List<String> headers = new ArrayList<>();
        byte[] body = null;
        for (Object e : extras) {
            if (e instanceof byte[] b)
                body = b;
            else
                headers.add((String) e);
        }
        return new Case(status, request.substring(0, space), request.substring(space + 1), names, headers, body);
    }

    static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(int n, char fill) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) fill);
        return b;
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String form(String query) {
        return "query=" + q(query);
    }

    /** A path segment, percent-encoded (a space is %20 in a path, not +). */
    private static String path(String segment) {
        return q(segment).replace("+", "%20");
    }





    /** Every case: those below, then those of /sparql ({@link HostileSparqlCases}). */
    static Stream<Case> cases() {
        return Stream.concat(routes(), HostileSparqlCases.cases());
    }

    private static Stream<Case> routes() {
        String consensus = "GET /api/consensus?scope=EU&question=dd-binding";
        String long5k = "E".repeat(5000);
        return Stream.of(
                // ---- /api/consensus: dates, identifiers, injection, repeats, unknown parameters
                c(400, consensus + "&asOf=2024-13-45", "asOf"),
                c(400, consensus + "&asOf=0000-00-00", "asOf"),
                c(400, consensus + "&asOf=9999-12-31", "asOf"),
                c(400, consensus + "&asOf=%2B10000-01-01", "asOf"),
                c(400, consensus + "&asOf=2023-02-29", "asOf"),
                c(400, consensus + "&asOf=2024-1-1", "asOf"),
                c(400, consensus + "&asOf=yesterday", "asOf"),
                c(400, consensus + "&asOf=2024-01-01T00:00:00Z", "asOf"),
                c(400, consensus + "&asOf=2024-01-01,2024-02-01", "asOf"),
                c(400, consensus + "&asOf=" + q("2024-01-01\"^^<http://x>"), "asOf"),
                c(400, "GET /api/consensus?question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=EU", "question"),
                c(404, "GET /api/consensus?scope=XX&question=dd-binding", "XX"),
                c(404, "GET /api/consensus?scope=EU&question=dd-nothing", "dd-nothing"),
                c(400, "GET /api/consensus?scope=" + q("EU'") + "&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=" + q("EU\"") + "&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=" + q("EU } UNION { ?s ?p ?o }") + "&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=" + q("<https://w3id.org/diligentia/id/org/EU>") + "&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=" + q("EU\nAU") + "&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=" + q("EU\r\nX-Injected: 1") + "&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=EU%00&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=%E2%80%AEUE&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=%C3%89U&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=" + long5k + "&question=dd-binding", "scope"),
                c(400, "GET /api/consensus?scope=EU&scope=AU&question=dd-binding", "scope"),
                c(400, consensus + "&minConfidence=extreme", "minConfidence"),
                c(400, consensus + "&minConfidence=" + q("low' ."), "minConfidence"),
                c(400, consensus + "&limit=10", "limit"),
                c(400, consensus + "&format=xml", "format"),
                c(406, consensus, "application/xml", "Accept: application/xml"),
                c(406, consensus, "Accept", "Accept: ;;;,,,q=="),
                // ---- /api/consensus/timeline, /matrix, /regional-coverage
                c(400, "GET /api/consensus/timeline?scope=EU&question=dd-binding&from=2024-01-01&to=2020-01-01", "from"),
                c(400, "GET /api/consensus/timeline?scope=EU&question=dd-binding&from=2024-13-01", "from"),
                c(400, "GET /api/consensus/timeline?scope=EU&question=dd-binding&to=never", "to"),
                c(400, "GET /api/consensus/timeline?scope=EU&question=dd-binding&from=0000-00-00", "from"),
                c(400, "GET /api/consensus/timeline?scope=EU", "question"),
                c(404, "GET /api/consensus/timeline?scope=ZZ&question=dd-binding", "ZZ"),
                c(400, "GET /api/consensus/matrix?asOf=2024-13-45", "asOf"),
                c(400, "GET /api/consensus/matrix?asOf=" + q("2024-01-01 } UNION {"), "asOf"),
                c(400, "GET /api/consensus/matrix?minConfidence=%7B%7D", "minConfidence"),
                c(400, "GET /api/consensus/matrix?scope=EU", "scope"),
                c(400, "GET /api/consensus/regional-coverage?question=dd-binding&levels=everything", "levels"),
                c(400, "GET /api/consensus/regional-coverage?levels=broad", "question"),
                c(400, "GET /api/consensus/regional-coverage?question=dd-%E2%80%AE", "question"),
                c(400, "GET /api/consensus/regional-coverage?question=dd-binding&asOf=+10000-01-01", "asOf"),
                // ---- /cite/{version}/...: the version, the parameters of the answer it pins, the format
                c(404, "GET /cite/0123456789abcdef/consensus?scope=EU&question=dd-binding", "0123456789abcdef"),
                c(404, "GET /cite/" + q("v' } UNION {") + "/consensus?scope=EU&question=dd-binding", "Unknown dataset version"),
                c(404, "GET /cite/" + long5k + "/consensus?scope=EU&question=dd-binding", "Unknown dataset version"),
                c(404, "GET /cite/%0D%0AX-Injected:%201/consensus?scope=EU&question=dd-binding", "Unknown dataset version"),
                c(404, "GET /cite/%E2%80%AEv/consensus/matrix?asOf=2024-01-01", "Unknown dataset version", HTML),
                c(400, "GET /cite/v/consensus?scope=EU&question=dd-binding&asOf=2024-13-45", "asOf"),
                c(400, "GET /cite/v/consensus/timeline?scope=EU&question=dd-binding&from=2024-01-01&to=2020-01-01", "from"),
                c(400, "GET /cite/v/consensus/matrix?minConfidence=" + q("low' ."), "minConfidence"),
                c(400, "GET /cite/v/consensus?scope=EU&question=dd-binding&format=pdf", "format"),
                c(406, "GET /cite/v/consensus?scope=EU&question=dd-binding", "image/png", "Accept: image/png"),
                // ---- /api/changes, /changes: a version hash, nothing else
                c(400, "GET /api/changes?version=" + q("0123456789abcdef> } UNION { ?s ?p ?o"), "version"),
                c(400, "GET /api/changes?version=latest", "latest"),
                c(400, "GET /api/changes?version=0123456789abcdef&version=0123456789abcdee", "version"),
                c(400, "GET /api/changes?asOf=2024-01-01", "asOf"),
                c(404, "GET /api/changes?version=0000000000000000", "0000000000000000"),
                c(400, "GET /changes?version=%00", "version"),
                // ---- /api/custom, /api/diffusion, /page/custom
                c(400, "GET /api/custom?question=dd-binding&asOf=" + q("2024-01-01\"^^<x> } UNION {"), "asOf"),
                c(400, "GET /api/custom?question=dd-binding&minConfidence=%7B%7D", "minConfidence"),
                c(400, "GET /api/custom?asOf=2024-01-01", "question"),
                c(400, "GET /api/custom?question=dd-binding&scope=WEOG", "scope"),
                c(404, "GET /api/custom?question=dd-nope", "dd-nope"),
                c(400, "GET /api/diffusion?question=dd-binding&from=2024-01-01&to=2020-01-01", "from"),
                c(400, "GET /api/diffusion?question=dd-binding&to=never", "to"),
                c(400, "GET /api/diffusion?question=dd-%E2%80%AE", "question"),
                c(400, "GET /page/custom?asOf=2024-13-45", "asOf"),
                // ---- reference data
                c(400, "GET /api/questions?x=1", "'x'"),
                c(400, "GET /api/states?orderBy=name", "orderBy"),
                c(400, "GET /api/organizations?" + q("'; DROP TABLE x; --") + "=1", "DROP"),
                c(404, "GET /api/states/ZZZ", "ZZZ"),
                c(400, "GET /api/states/FR'A", "FR'A"),
                c(400, "GET /api/states/" + path("FRA> } UNION { ?s ?p ?o"), "state"),
                c(400, "GET /api/states/FRA?asOf=2024-13-45", "asOf"),
                c(400, "GET /api/states/FRA?minConfidence=none", "minConfidence"),
                c(404, "GET /api/organizations/NOPE", "NOPE"),
                c(400, "GET /api/organizations/EU?asOf=31/12/2024", "asOf"),
                c(400, "GET /api/organizations/" + path("EU\""), "EU\""),
                c(400, "GET /api/coding-queue?asOf=9999-12-31", "asOf"),
                c(400, "GET /api/coding-queue?asOf=" + q("2024-01-01\"^^<http://x>"), "asOf"),
                c(400, "GET /api/coding-queue?scope=AU", "scope"),
                c(400, "GET /coding-queue?asOf=yesterday", "asOf", HTML),
                c(400, "GET /api/instruments?binding=maybe", "binding"),
                c(404, "GET /api/instruments?org=XX", "XX"),
                c(400, "GET /api/instruments?kind=%7B%7D", "kind"),
                c(400, "GET /api/instruments?from=2024-13-01", "from"),
                c(400, "GET /api/instruments?to=" + long5k, "to"),
                // ---- canned queries by name
                c(404, "GET /api/queries/nope", "nope"),
                c(404, "GET /api/queries/" + path("states' UNION {"), "states' UNION {"),
                c(400, "GET /api/queries/ld-describe?resource=https://w3id.org/diligentia/id/state/FRA", "ld-describe"),
                c(400, "GET /api/queries/states?x=1", "'x'"),
                c(400, "GET /api/queries/state-stances", "state"),
                c(400, "GET /api/queries/effective-stances?stance=maybe", "stance"),
                c(404, "GET /api/queries/regional-coverage?organizations=EU,XX", "XX"),
                c(400, "GET /api/queries/regional-coverage?organizations=,,,", "organizations"),
                c(400, "GET /api/queries/timeline-dates?from=0000-00-00", "from"),
                c(400, "GET /api/queries/consensus-counts?asOf=2024-01-01,2024-13-01", "asOf"),
                c(400, "GET /api/queries/ld-positions?holder=not-an-iri", "holder"),
                c(400, "GET /api/queries/ld-positions?holder=" + q("http://x/a> } UNION { ?s ?p ?o"), "holder"),
                c(400, "GET /api/queries/ld-positions?holder=" + q("javascript:alert(1)"), "holder"),
                c(400, "GET /api/queries/ld-positions?holder=" + q("file:///etc/passwd"), "holder"),
                c(400, "GET /api/queries/ld-assessments?scope=" + q("<http://x>"), "scope"),
                c(400, "GET /api/queries/instruments?binding=1", "binding"),
                // ---- wrong methods on the API
                c(405, "POST /api/states", "POST", "Content-Type: application/json", body("{}")),
                c(405, "PUT /api/consensus", "PUT", "Content-Type: application/json", body("{}")),
                c(405, "DELETE /api/queries/states", "DELETE"),
                c(405, "PATCH /api/states/FRA", "PATCH", "Content-Type: application/json", body("{}")),
                c(405, "POST /api/queries/states", "POST", SPARQL_FORM, body("x=1")),
                c(405, "POST /health", "POST"),
                c(405, "DELETE /", "DELETE"),
                c(405, "POST /query", "POST", SPARQL_FORM, body(form("ASK {}"))),
                c(405, "PUT /ontology", "PUT", "Content-Type: text/turtle", body("<a:a> <a:b> <a:c> .")),
                c(405, "DELETE /context.jsonld", "DELETE"),
                // ---- dereferencing: unknown ids, path tricks, negotiation, parameters
                c(404, "GET /id/state/ZZZ", "ZZZ"),
                c(404, "GET /data/state/ZZZ", "ZZZ"),
                c(404, "GET /page/state/ZZZ", "ZZZ", HTML),
                c(404, "GET /id/org/NOPE", "NOPE"),
                c(404, "GET /id/assessment/EU/dd-nothing", "dd-nothing"),
                c(404, "GET /id/assessment/ZZ/dd-binding", "ZZ"),
                c(404, "GET /id/nokind/FRA", "nokind"),
                c(404, "GET /id/state", "/id/state"),
                c(404, "GET /data/", "/data/"),
                c(404, "GET /id/state/FR%27A", "/id/state"),
                c(404, "GET /id/state/FRA%0D%0ASet-Cookie:%20x=1", "/id/state"),
                c(404, "GET /id/state/FRA%3E%20%7D%20UNION%20%7B", "/id/state"),
                c(404, "GET /id/state/" + "A".repeat(3000), "/id/state"),
                c(404, "GET /page/state/%E2%80%AEARF", "/page/state", HTML),
                c(406, "GET /id/state/FRA", "application/x-nothing", "Accept: application/x-nothing"),
                c(406, "GET /data/state/FRA", "image/png", "Accept: image/png"),
                c(406, "GET /ontology", "image/png", "Accept: image/png"),
                c(406, "GET /health", "text/html", "Accept: text/html"),
                c(400, "GET /id/state/FRA?format=exe", "format"),
                c(400, "GET /data/state/FRA?format=ttl&format=nt", "format"),
                c(400, "GET /data/state/FRA?format=" + q("ttl\r\nX-Injected: 1"), "format"),
                c(400, "GET /page/state/FRA?format=exe", "format", HTML),
                c(400, "GET /page/org/EU?asOf=2024-13-45", "asOf", HTML),
                c(400, "GET /page/org/EU?asOf=%2B10000-01-01", "asOf", HTML),
                c(400, "GET /page/org/EU?asOf=0000-00-00", "asOf"),
                c(400, "GET /page/org/EU?asOf=9999-12-31", "asOf"),
                c(400, "GET /ontology?format=exe", "format"),
                c(405, "POST /id/state/FRA", "POST", "Content-Type: text/turtle", body("<a:a> <a:b> <a:c> .")),
                c(405, "PUT /data/state/FRA", "PUT", "Content-Type: text/turtle", body("<a:a> <a:b> <a:c> .")),
                c(405, "DELETE /page/state/FRA", "DELETE"),
                c(ANY_4XX, "GET /id/state/FRA/../../../etc/passwd", "passwd"),
                c(ANY_4XX, "GET /id/state/%2e%2e/%2e%2e/etc/passwd", ""),
                c(400, "GET /data/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "malformed"),
                // ---- static files: escaping the assets folder, encoded and raw
                c(400, "GET /assets/../../etc/passwd", "malformed"),
                c(400, "GET /assets/%2e%2e/%2e%2e/etc/passwd", "malformed"),
                c(ANY_4XX, "GET /assets/%2E%2E/logback.xml", ""),
                c(ANY_4XX, "GET /assets/..%2f..%2fetc%2fpasswd", "assets"),
                c(ANY_4XX, "GET /assets/..%2flogback.xml", "assets"),
                c(ANY_4XX, "GET /assets/%252e%252e%252flogback.xml", "assets"),
                c(ANY_4XX, "GET /assets/..%5c..%5cetc%5cpasswd", "assets"),
                c(ANY_4XX, "GET /assets/..%5clogback.xml", "assets"),
                c(ANY_4XX, "GET /assets/..\\..\\etc\\passwd", ""),
                c(ANY_4XX, "GET /assets/yasgui/../../logback.xml", "logback"),
                c(ANY_4XX, "GET /assets/yasgui/../../../../../../etc/passwd", ""),
                c(ANY_4XX, "GET /assets/./../queries/states.rq", ""),
                c(ANY_4XX, "GET /assets/%c0%ae%c0%ae/logback.xml", ""),
                c(404, "GET /assets/", "assets"),
                c(404, "GET /assets/yasgui/", "assets"),
                c(404, "GET /assets/nope.js", "nope.js"),
                c(ANY_4XX, "GET /assets/diligentia.css%00.html", ""),
                c(404, "GET /logback.xml", "logback.xml"),
                c(404, "GET /queries/states.rq", "states.rq"),
                c(404, "GET /org/w3id/diligentia/cli/Main.class", "Main.class"),
                // ---- protocol-level tricks: headers, lengths, encodings
                c(431, "GET /api/states", "headers", "X-Big: " + "b".repeat(70_000)),
                c(400, "GET /api/states", "malformed", "Content-Length: -1"),
                c(400, "GET /api/states", "malformed", "Content-Length: abc"),
                c(400, "POST /sparql", "malformed", SPARQL_FORM, "Content-Length: 5", "Transfer-Encoding: chunked", body(form("ASK {}"))),
                c(ANY_4XX, "GET /%ff%fe%fd", ""),
                c(ANY_4XX, "GET /api/states%00", ""),
                c(404, "GET /nothing/here", "/nothing/here"),
                c(404, "GET /api/consensus/%E2%80%AE", "/api/consensus"),
                c(ANY_4XX, "GET //etc/passwd", ""),
                // ---- admin: a wrong or missing token changes nothing
                c(401, "POST /admin/reload", "token"),
                c(401, "POST /admin/reload", "wrong", "Authorization: Bearer not-the-token"),
                c(401, "POST /admin/reload", "wrong", "Authorization: Basic " + HostileInputTest.TOKEN),
                c(401, "POST /admin/reload", "wrong", "Authorization: Bearer " + HostileInputTest.TOKEN + "x"),
                c(401, "POST /admin/reload", "wrong", "Authorization: Bearer " + HostileInputTest.TOKEN.substring(1)),
                c(405, "GET /admin/reload", "GET"),
                c(404, "POST /admin/nothing", "/admin/nothing"));
    }

    private HostileInputCases() {}
}
