package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.StoreMode;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The service over a remote store answers exactly as over the embedded store: two servers, one
 * over the embedded TDB2 store and one over a standalone Fuseki holding the same load (uploaded
 * through the Graph Store Protocol), are asked the same requests, covering every API route, every
 * expected-results case of every canned query, linked-data documents in every format, pages, the
 * ontology and the SPARQL endpoint. Status, Content-Type, ETag, Location and body must be equal;
 * RDF bodies must be the same graph (blank-node labels are the writer's). Only {@code /health}
 * differs, by naming its store; and which named graph holds the effective dates of blank-node
 * instants (see {@code RemoteStoreTest}), which no API, page or document shows.
 */
class RemoteAnswersEqualEmbeddedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer embedded = TestServer.serving(() -> StoreMode.EMBEDDED.store("shipped"));
    @RegisterExtension
    static final TestServer remote = TestServer.serving(() -> StoreMode.REMOTE.store("shipped"));

    private static final List<String> API = List.of(
            "/api/consensus?scope=AU&question=dd-binding&asOf=2024-02-18",
            "/api/consensus?scope=world&question=dd-applies&asOf=2015-12-31",
            "/api/consensus?scope=EU&question=dd-binding&asOf=2025-01-01&format=csv",
            "/api/consensus?scope=OAS&question=dd-binding&minConfidence=high",
            "/api/consensus/timeline?scope=AU&question=dd-binding&from=2024-01-01&to=2025-12-31",
            "/api/consensus/timeline?scope=world&question=dd-binding&format=csv",
            "/api/consensus/matrix?asOf=2025-01-01",
            "/api/consensus/regional-coverage?question=dd-binding&asOf=2025-01-01",
            "/api/consensus/regional-coverage?question=dd-applies&levels=consensus",
            "/api/custom?question=dd-binding&asOf=2025-06-30", "/api/custom?question=dd-prevention&format=csv",
            "/api/diffusion?question=dd-binding&to=2025-06-30", "/api/diffusion?question=dd-applies&to=2025-06-30&format=csv",
            "/api/questions", "/api/states", "/api/states/FRA?asOf=2025-01-01", "/api/states/GBR",
            "/api/organizations", "/api/organizations/AU?asOf=2024-03-01", "/api/organizations/EU?asOf=2019-06-01",
            "/api/instruments", "/api/instruments?org=AU&kind=communique", "/api/queries",
            "/api/compare?actors=JPN,DZA,ISR&asOf=2024-02-18", "/api/compare?actors=KEN,FRA&format=csv",
            "/api/consensus?scope=NATO&question=dd-binding", "/api/consensus?scope=AU&question=dd-binding&asOf=2024-13-45",
            "/api/changes", "/api/changes?format=csv", "/api/changes?version=0000000000000000");

    private static final List<String> LINKED_DATA = List.of(
            "/", "/ontology", "/ontology?format=ttl", "/ontology?format=nt", "/context.jsonld", "/query",
            "/id/state/FRA", "/page/state/FRA", "/page/org/AU", "/page/org/AU?asOf=2024-03-01",
            "/page/membership/AU-AGO-1", "/page/position/AUT-2024-position-paper-dd-binding", "/page/instrument/UNGGE-2013",
            "/page/assessment/AU/dd-binding", "/page/question/dd-binding", "/page/compare?actors=FRA,DEU,USA&asOf=2025-01-01", "/page/state/XYZ", "/id/state/XYZ",
            "/changes");

    private static final List<String> RDF_DOCUMENTS = List.of(
            "/data/state/FRA", "/data/org/AU", "/data/membership/AU-AGO-1", "/data/position/AUT-2024-position-paper-dd-binding",
            "/data/instrument/UNGGE-2013", "/data/assessment/AU/dd-binding", "/data/question/dd-binding");

    private static final List<String> SPARQL = List.of(
            "SELECT ?s ?label WHERE { ?s a <https://w3id.org/diligentia/ontology#State> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s ?label",
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "SELECT ?g WHERE { GRAPH ?g { } } ORDER BY ?g",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            "ASK { <https://w3id.org/diligentia/id/state/FRA> ?p ?o }",
            "CONSTRUCT { ?m ?p ?o } WHERE { ?m a <https://w3id.org/diligentia/ontology#Membership> ; "
                    + "<http://www.w3.org/ns/org#organization> <https://w3id.org/diligentia/id/org/EU> ; ?p ?o }",
            "DESCRIBE <https://w3id.org/diligentia/id/org/EU>",
            "SELECT * WHERE { ?s ?p }");

    @org.junit.jupiter.api.Test
    void healthReportsTheSameDatasetAndNamesItsStore() throws IOException {
        JsonNode e = JSON.readTree(embedded.get("/health").body());
        JsonNode r = JSON.readTree(remote.get("/health").body());
        for (String field : List.of("status", "version", "tripleCount", "loadedAt"))
            assertEquals(e.get(field), r.get(field), field);
        assertTrue(r.get("store").asText().startsWith("remote SPARQL store at http://127.0.0.1:"), r.toString());
    }

    @TestFactory
    Stream<DynamicTest> everyApiRouteAnswersTheSame() {
        return API.stream().map(path -> DynamicTest.dynamicTest(path, () -> same(path, "application/json")));
    }

    @TestFactory
    Stream<DynamicTest> everyCannedQueryCaseAnswersTheSame() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestHome.home().resolve("queries/tests"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode c = JSON.readTree(f.toFile());
                List<String> params = new ArrayList<>();
                c.get("params").properties().forEach(e -> params.add(e.getKey() + "=" + enc(e.getValue().asText())));
                String path = "/api/queries/" + c.get("query").asText() + (params.isEmpty() ? "" : "?" + String.join("&", params));
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    same(path, "application/json");
                    same(path, "text/csv");
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> linkedDataAndPagesAnswerTheSame() {
        Stream<DynamicTest> pages = LINKED_DATA.stream().flatMap(path -> Stream.of(
                DynamicTest.dynamicTest(path + " as HTML", () -> same(path, "text/html")),
                DynamicTest.dynamicTest(path + " as Turtle", () -> same(path, "text/turtle"))));
        Stream<DynamicTest> documents = RDF_DOCUMENTS.stream().flatMap(path -> Stream.of("text/turtle", "application/ld+json",
                "application/rdf+xml", "application/n-triples").map(type -> DynamicTest.dynamicTest(path + " as " + type, () -> same(path, type))));
        return Stream.concat(pages, documents);
    }

    @TestFactory
    Stream<DynamicTest> sparqlQueriesAnswerTheSame() {
        return SPARQL.stream().flatMap(q -> Stream.of("application/sparql-results+json", "text/csv", "text/turtle", "application/n-triples")
                .map(type -> DynamicTest.dynamicTest(q + " as " + type, () -> same("/sparql?query=" + enc(q), type))));
    }

    private static void same(String path, String accept) {
        HttpResponse<String> e = embedded.get(path, "Accept", accept);
        HttpResponse<String> r = remote.get(path, "Accept", accept);
        String where = path + " (Accept: " + accept + ")";
        assertEquals(e.statusCode(), r.statusCode(), where + "\nembedded: " + e.body() + "\nremote: " + r.body());
        if (e.statusCode() >= 400) {
            // Errors: the same status; problem documents of the same type (they carry an id or the parser's message).
            // The embedded endpoint's errors are Fuseki's plain text, the forwarding endpoint's are problem JSON.
            if (header(e, "Content-Type").startsWith("application/problem+json"))
                assertEquals(problemType(e.body()), problemType(r.body()), where);
            return;
        }
        String type = header(e, "Content-Type");
        assertEquals(type, header(r, "Content-Type"), where);
        assertEquals(header(e, "ETag"), header(r, "ETag"), where);
        assertEquals(header(e, "Location"), header(r, "Location"), where);
        String embeddedBody = blankLabels(ownUrls(e.body(), embedded));
        String remoteBody = blankLabels(ownUrls(r.body(), remote));
        if (embeddedBody.equals(remoteBody))
            return;
        keep(where, embeddedBody, remoteBody);
        Lang lang = RDFLanguages.contentTypeToLang(type.split(";")[0].strip());
        assertTrue(lang != null && RDFLanguages.isTriples(lang), where + ": the bodies differ");
        // Blank nodes: the same graph, whatever the labels and the order the writer chose by them.
        Graph eg = parse(e.body(), lang, embedded);
        Graph rg = parse(r.body(), lang, remote);
        assertTrue(eg.size() > 0 && eg.isIsomorphicWith(rg), where + ": not the same graph\nembedded:\n" + embeddedBody + "\nremote:\n" + remoteBody);
    }

    /** Parses an RDF body; a JSON-LD document gets the server's context inline (it names it by URL). */
    private static Graph parse(String body, Lang lang, TestServer server) {
        if (lang.equals(Lang.JSONLD11) || lang.equals(Lang.JSONLD))
            body = body.replace("\"" + server.url("/context.jsonld") + "\"", context(server));
        return RDFParser.fromString(body, lang).toGraph();
    }

    private static String context(TestServer server) {
        try {
            return JSON.readTree(server.get("/context.jsonld").body()).get("@context").toString();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** Both bodies, for a diff, in target/remote-equality/. */
    private static void keep(String where, String embeddedBody, String remoteBody) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "remote-equality"));
            String name = where.replaceAll("[^A-Za-z0-9]+", "_");
            name = name.substring(0, Math.min(name.length(), 120));
            Files.writeString(dir.resolve(name + ".embedded"), embeddedBody);
            Files.writeString(dir.resolve(name + ".remote"), remoteBody);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String problemType(String body) throws RuntimeException {
        try {
            return JSON.readTree(body).path("type").asText(body);
        } catch (IOException ex) {
            return body;
        }
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().allValues(name).stream().collect(Collectors.joining(", "));
    }

    /** The server's own address is the only thing that may differ. */
    private static String ownUrls(String body, TestServer server) {
        return body.replace("127.0.0.1:" + server.port(), "SERVER").replace("localhost:" + server.port(), "SERVER");
    }

    /** Blank-node labels are each store's own: number them in order of appearance. */
    private static String blankLabels(String body) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("_:[A-Za-z0-9]+").matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find())
            m.appendReplacement(out, labels.computeIfAbsent(m.group(), k -> "_:b" + labels.size()));
        m.appendTail(out);
        return out.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
