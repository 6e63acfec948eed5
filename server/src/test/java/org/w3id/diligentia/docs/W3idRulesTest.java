package org.w3id.diligentia.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The w3id.org redirect rules of {@code docs/w3id/.htaccess}, applied the way Apache's mod_rewrite
 * applies them in a directory (path relative to {@code diligentia/}, first matching rule with
 * {@code L}, back-references, the query string kept) to one IRI of every kind in the shipped data, then
 * followed on a running server: each reaches a resource, in RDF and in HTML.
 */
class W3idRulesTest {
    private static final String NAMESPACE = "https://w3id.org/diligentia/";
    private static final String HOST = "https://diligentia.example.org";
    private static final Pattern RULE = Pattern.compile("^RewriteRule\\s+(\\S+)\\s+(\\S+)\\s+\\[([A-Z=0-9,]+)]$");
    /** Names of the named graphs: the store's partitions, not resources the server describes one by one. */
    private static final Set<String> NOT_DEREFERENCED = Set.of("graph/");

    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    record Rule(Pattern pattern, String target, int status) {}

    record Redirect(int status, String location) {}

    static List<Rule> rules() throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (String line : Files.readAllLines(TestHome.home().resolve("docs/w3id/.htaccess"))) {
            if (!line.startsWith("RewriteRule"))
                continue;
            Matcher m = RULE.matcher(line.strip());
            assertTrue(m.matches(), "a rule of the form 'RewriteRule PATTERN TARGET [R=3xx,L]': " + line);
            List<String> flags = List.of(m.group(3).split(","));
            assertTrue(flags.contains("L"), "every rule is the last one applied: " + line);
            String status = flags.stream().filter(f -> f.startsWith("R=")).findFirst().orElseThrow(() -> new AssertionError("not a redirect: " + line));
            assertTrue(m.group(2).startsWith(HOST + "/"), "one host, the one the steps say to replace: " + line);
            rules.add(new Rule(Pattern.compile(m.group(1)), m.group(2), Integer.parseInt(status.substring(2))));
        }
        return rules;
    }

    /** Where mod_rewrite sends {@code path?query} (path relative to the namespace); empty if no rule matches. */
    static Optional<Redirect> apply(List<Rule> rules, String path, String query) {
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(path);
            if (!m.find())
                continue;
            String target = r.target();
            for (int i = m.groupCount(); i >= 1; i--)
                target = target.replace("$" + i, m.group(i) == null ? "" : m.group(i));
            return Optional.of(new Redirect(r.status(), query.isEmpty() || target.contains("?") ? target : target + "?" + query));
        }
        return Optional.empty();
    }

    /** Follows {@code location} on the test server, 303s included, and returns the last answer. */
    private static HttpResponse<String> follow(String location, String accept) {
        String path = location.substring(HOST.length());
        HttpResponse<String> r = server.get(path, "Accept", accept);
        for (int hops = 0; r.statusCode() == 303 && hops < 3; hops++) {
            String next = r.headers().firstValue("Location").orElseThrow();
            r = server.get(next.startsWith("http") ? next.substring(next.indexOf('/', 8)) : next, "Accept", accept);
        }
        return r;
    }

    /** One IRI of every kind in the data: the namespace's first two path segments, with a sample. */
    private static List<String> oneIriOfEachKind() throws IOException {
        String query = "SELECT ?kind (SAMPLE(?s) AS ?iri) WHERE { { SELECT DISTINCT ?s WHERE { { ?s ?p ?o } UNION { ?o ?p ?s }"
                + " FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + NAMESPACE + "\")) } }"
                + " BIND(REPLACE(STR(?s), \"^" + NAMESPACE + "([^/#]*[/#]?)([^/#]*/)?.*$\", \"$1$2\") AS ?kind) } GROUP BY ?kind";
        HttpResponse<String> r = server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        List<String> iris = new ArrayList<>();
        for (JsonNode b : ApiClient.parse(r.body()).at("/results/bindings"))
            iris.add(b.at("/iri/value").asText());
        return iris;
    }

    @Test
    void everyKindOfIriInTheDataReachesAResourceInRdfAndInHtml() throws IOException {
        List<Rule> rules = rules();
        List<String> iris = oneIriOfEachKind();
        assertTrue(iris.size() >= 30, "kinds of IRIs: " + iris);
        int followed = 0;
        for (String iri : iris) {
            String path = iri.substring(NAMESPACE.length()).replaceFirst("#.*$", "");
            if (NOT_DEREFERENCED.stream().anyMatch(path::startsWith))
                continue;
            Redirect to = apply(rules, path, "").orElseThrow(() -> new AssertionError("no rule for " + iri));
            assertEquals(302, to.status(), iri);
            HttpResponse<String> rdf = follow(to.location(), "text/turtle");
            assertEquals(200, rdf.statusCode(), iri + " -> " + to.location() + ": " + rdf.body());
            assertTrue(rdf.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"), iri);
            if (path.startsWith("id/")) {
                HttpResponse<String> html = follow(to.location(), "text/html");
                assertEquals(200, html.statusCode(), iri);
                assertTrue(html.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), iri);
            }
            followed++;
        }
        assertTrue(followed >= 30, "IRIs followed: " + followed);
    }

    @Test
    void theNamespaceTheSparqlEndpointAndTheQueryStringAreKept() throws IOException {
        List<Rule> rules = rules();
        assertEquals(HOST + "/", apply(rules, "", "").orElseThrow().location());
        assertEquals(200, follow(HOST + "/", "text/html").statusCode());

        Redirect sparql = apply(rules, "sparql", "query=ASK%7B%7D").orElseThrow();
        assertEquals(307, sparql.status(), "a POSTed query is posted again");
        assertEquals(200, follow(sparql.location(), "application/sparql-results+json").statusCode(), sparql.location());

        Redirect page = apply(rules, "page/assessment/AU/dd-binding", "asOf=2024-02-18").orElseThrow();
        assertEquals(HOST + "/page/assessment/AU/dd-binding?asOf=2024-02-18", page.location());
        assertTrue(follow(page.location(), "text/html").body().contains("2024-02-18"));
    }

    @Test
    void aCitationPermalinkResolvesThroughTheRules() throws IOException {
        String permalink = ApiClient.json(server, "/api/consensus?scope=AU&question=dd-binding&asOf=2024-02-18").get("citation")
                .get("permalink").asText();
        assertTrue(permalink.startsWith(NAMESPACE + "cite/"), permalink);
        String[] pathAndQuery = permalink.substring(NAMESPACE.length()).split("\\?", 2);
        Redirect cite = apply(rules(), pathAndQuery[0], pathAndQuery[1]).orElseThrow();
        assertEquals(HOST + permalink.substring(NAMESPACE.length() - 1), cite.location());
        HttpResponse<String> r = follow(cite.location(), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(permalink, ApiClient.parse(r.body()).get("citation").get("permalink").asText());
    }

    @Test
    void whatTheServerDoesNotServeIsNotRedirected() throws IOException {
        List<Rule> rules = rules();
        for (String path : List.of("admin/reload", "api/consensus", "assets/dashboard.js", "id/", "ontologyx", "../etc/passwd"))
            assertFalse(apply(rules, path, "").isPresent(), path + " is not an IRI of the dataset");
    }
}
