package org.w3id.diligentia.http;

import static org.w3id.diligentia.http.HostileInputCases.HTML;
import static org.w3id.diligentia.http.HostileInputCases.SPARQL_BODY;
import static org.w3id.diligentia.http.HostileInputCases.SPARQL_FORM;
import static org.w3id.diligentia.http.HostileInputCases.body;
import static org.w3id.diligentia.http.HostileInputCases.bytes;
import static org.w3id.diligentia.http.HostileInputCases.c;
import static org.w3id.diligentia.http.HostileInputCases.form;
import static org.w3id.diligentia.http.HostileInputCases.q;

import java.util.stream.Stream;

import org.w3id.diligentia.http.HostileInputTest.Case;

/** The cases of {@link HostileInputTest} on {@code /sparql}, in the form of {@link HostileInputCases}. */
final class HostileSparqlCases {
    private HostileSparqlCases() {}

    private static String sparql(String query) {
        return "GET /sparql?query=" + q(query);
    }

    private static String nested(int depth) {
        return "SELECT * WHERE " + "{ ".repeat(depth) + "?s ?p ?o" + " }".repeat(depth);
    }

    private static String deepExpression(int depth) {
        return "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(depth) + "1" + ")".repeat(depth) + ") }";
    }

    static Stream<Case> cases() {
        return Stream.of(
                // ---- /sparql: malformed and huge queries
                c(400, sparql("SELECT * WHERE {"), "line 1"),
                c(400, sparql("SELEC * WHERE { ?s ?p ?o }"), "line 1"),
                c(400, sparql("SELECT ?x WHERE { ?x ?p }"), "line 1"),
                c(400, sparql("}}}}"), "line 1"),
                c(400, sparql("SELECT * WHERE { ?s ?p \"unterminated }"), "line 1"),
                c(400, sparql("PREFIX : <bad iri> SELECT * { ?s ?p ?o }"), "line 1"),
                c(400, sparql("SELECT * WHERE { ?s ?p ?o } LIMIT -1"), "line 1"),
                c(400, sparql("SELECT (1 AS ?x) (2 AS ?x) WHERE {}"), "?x"),
                c(400, sparql("SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "?s"),
                c(400, sparql("SELECT * WHERE { ?s ?p ?o FILTER(?o = ) }"), "line 1"),
                c(400, sparql("SELECT * WHERE { ?s ?p ?o }\n\nGARBAGE"), "line 3"),
                c(400, "GET /sparql?query=", "query"),
                c(400, "GET /sparql?query=%20%20%20", "query"),
                c(400, "GET /sparql?query=%00", "line 1"),
                c(400, sparql(nested(3000)), "nested"),
                c(400, "POST /sparql", "nested", SPARQL_FORM, body(form(deepExpression(20_000)))),
                c(400, sparql(deepExpression(300)), "nested"),
                c(400, "POST /sparql", "nested", SPARQL_BODY, body(nested(20_000))),
                c(414, "GET /sparql?query=" + "A".repeat(70_000), "POST"),
                c(413, "POST /sparql", "1048576", SPARQL_BODY, bytes(2 * 1024 * 1024, 'a')),
                c(413, "POST /sparql", "larger", SPARQL_BODY, "Transfer-Encoding: chunked", bytes(2 * 1024 * 1024, 'a')),
                c(413, "POST /sparql", "larger", SPARQL_FORM, "Transfer-Encoding: chunked", body("query=" + "a".repeat(2 * 1024 * 1024))),
                c(413, "POST /sparql", "larger", SPARQL_FORM, body("query=" + "a".repeat(1100 * 1024))),
                // ---- /sparql: writes, federation, class loading, protocol parameters
                c(400, "POST /sparql", "read-only", SPARQL_FORM, body("update=" + q("INSERT DATA { <a:a> <a:b> <a:c> }"))),
                c(415, "POST /sparql", "read-only", "Content-Type: application/sparql-update", body("INSERT DATA { <a:a> <a:b> <a:c> }")),
                c(415, "POST /sparql", "read-only", "Content-Type: application/sparql-update", body("LOAD <http://127.0.0.1:1/x.ttl>")),
                c(415, "POST /sparql", "read-only", "Content-Type: application/sparql-update", body("DROP ALL")),
                c(405, "PUT /sparql?default", "PUT", "Content-Type: text/turtle", body("<a:a> <a:b> <a:c> .")),
                c(405, "DELETE /sparql?graph=urn:x:g", "DELETE"),
                c(405, "PATCH /sparql", "PATCH", "Content-Type: text/turtle", body("<a:a> <a:b> <a:c> .")),
                c(415, "POST /sparql?graph=urn:x:g", "text/turtle", "Content-Type: text/turtle", body("<a:a> <a:b> <a:c> .")),
                c(415, "POST /sparql", "application/json", "Content-Type: application/json", body("{\"query\":\"ASK {}\"}")),
                c(415, "POST /sparql", "text/plain", "Content-Type: text/plain", body("ASK {}")),
                c(422, sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"), "SERVICE"),
                c(422, sparql("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"), "SERVICE"),
                c(400, sparql("SELECT * WHERE { BIND(<java:java.lang.System>() AS ?x) }"), "java:"),
                c(400, sparql("PREFIX j: <java:org.example.> SELECT * WHERE { ?s j:Evil ?o }"), "java:"),
                c(400, sparql("SELECT (<java:org.example.Agg>(?o) AS ?x) WHERE { ?s ?p ?o }"), "java:"),
                c(400, sparql("ASK {}") + "&timeout=abc", "timeout"),
                c(400, sparql("ASK {}") + "&timeout=-1", "timeout"),
                c(400, sparql("ASK {}") + "&timeout=0", "timeout"),
                c(400, sparql("ASK {}") + "&timeout=1e100", "timeout"),
                c(400, sparql("ASK {}") + "&callback=alert", "callback"),
                c(400, sparql("ASK {}") + "&stylesheet=" + q("http://evil.example/x.xsl"), "stylesheet"),
                c(400, sparql("ASK {}") + "&query=" + q("ASK {}"), "query"),
                c(400, "POST /sparql", "query", SPARQL_FORM, body("querry=" + q("ASK {}"))),
                c(400, "POST /sparql", "query", SPARQL_BODY, body("")),
                c(406, "GET /sparql", "Accept", "Accept: image/png"),
                c(404, "GET /sparql/anything", "/sparql"),
                c(404, "GET /sparql/..%2F..%2Fetc%2Fpasswd", "/sparql"),
                c(400, sparql("SELECT * WHERE {"), "line 1", HTML));
    }
}
