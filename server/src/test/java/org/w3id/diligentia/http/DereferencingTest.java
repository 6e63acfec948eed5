package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The "curl matrix" of dereferencing, over HTTP against a real server: every format by
 * {@code Accept} and by {@code ?format=}, the 303 targets, {@code Vary}, {@code ETag} and 304,
 * {@code Link} and {@code Content-Location}, 406, 404 and 400, HEAD.
 */
@ClassTemplate
class DereferencingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FRA = "https://w3id.org/diligentia/id/state/FRA";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("linked-data");

    /** Format key, the media type a client asks for, and the Jena language to read the answer with. */
    static Stream<Arguments> rdfFormats() {
        return Stream.of(
                Arguments.of("ttl", "text/turtle", Lang.TURTLE),
                Arguments.of("jsonld", "application/ld+json", Lang.JSONLD11),
                Arguments.of("rdf", "application/rdf+xml", Lang.RDFXML),
                Arguments.of("nt", "application/n-triples", Lang.NTRIPLES));
    }

    private static Graph parse(HttpResponse<String> r, Lang lang) {
        return RDFParser.fromString(r.body(), lang).base(server.url("/")).toGraph();
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static void assertDescribesFrance(Graph g) {
        Node fra = NodeFactory.createURI(FRA);
        assertTrue(g.contains(fra, RDFS.label.asNode(), NodeFactory.createLiteralLang("France", "en")), "label of France");
        List<Node> memberships = g.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/org#member"), fra)
                .mapWith(t -> t.getSubject()).toList();
        assertEquals(3, memberships.size(), "France's memberships: " + memberships);
        // Labels of what it links to, and no IRI of this server in the data.
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/diligentia/id/un-status/member"), Node.ANY, Node.ANY));
        g.find().forEachRemaining(t -> assertFalse(t.getSubject().toString().contains("127.0.0.1"), t.toString()));
    }

    @ParameterizedTest(name = "Accept: {1}")
    @MethodSource("rdfFormats")
    void eachRdfFormatByAcceptIsA303ToTheDataDocumentWhichAnswersInThatFormat(String key, String type, Lang lang) {
        HttpResponse<String> see = server.get("/id/state/FRA", "Accept", type);
        assertEquals(303, see.statusCode());
        assertEquals("/data/state/FRA", header(see, "Location"));
        assertEquals("Accept", header(see, "Vary"));

        HttpResponse<String> doc = server.get("/data/state/FRA", "Accept", type);
        assertEquals(200, doc.statusCode(), doc.body());
        assertTrue(header(doc, "Content-Type").startsWith(type), header(doc, "Content-Type"));
        assertEquals("Accept", header(doc, "Vary"));
        assertEquals("/data/state/FRA?format=" + key, header(doc, "Content-Location"));
        assertTrue(header(doc, "ETag").matches("\"[^\"]+\""), header(doc, "ETag"));
        assertFalse(header(doc, "Last-Modified").isEmpty());
        String link = header(doc, "Link");
        for (String other : List.of("ttl", "jsonld", "rdf", "nt"))
            assertEquals(!other.equals(key), link.contains("</data/state/FRA?format=" + other + ">; rel=\"alternate\""), link);
        assertTrue(link.contains("</page/state/FRA>; rel=\"alternate\"; type=\"text/html\""), link);
        assertTrue(link.contains("<" + FRA + ">; rel=\"describes\""), link);
        assertDescribesFrance(parse(doc, lang));
    }

    @ParameterizedTest(name = "?format={0}")
    @MethodSource("rdfFormats")
    void eachRdfFormatByTheFormatParameterOverridesAccept(String key, String type, Lang lang) {
        HttpResponse<String> see = server.get("/id/state/FRA?format=" + key, "Accept", "text/html");
        assertEquals(303, see.statusCode());
        assertEquals("/data/state/FRA?format=" + key, header(see, "Location"));

        HttpResponse<String> doc = server.get("/data/state/FRA?format=" + key, "Accept", "text/html");
        assertEquals(200, doc.statusCode(), doc.body());
        assertTrue(header(doc, "Content-Type").startsWith(type));
        assertDescribesFrance(parse(doc, lang));
    }

    @Test
    void htmlGoesToThePageWhenPreferredOrAskedFor() {
        HttpResponse<String> browser = server.get("/id/state/FRA", "Accept", BROWSER);
        assertEquals(303, browser.statusCode());
        assertEquals("/page/state/FRA", header(browser, "Location"));
        assertEquals("/page/state/FRA", header(server.get("/id/state/FRA?format=html"), "Location"));
        assertEquals("/page/state/FRA", header(server.get("/data/state/FRA?format=html"), "Location"));

        HttpResponse<String> page = server.get("/page/state/FRA", "Accept", BROWSER);
        assertEquals(200, page.statusCode());
        assertTrue(header(page, "Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("<h1>France</h1>"), page.body());
        // A page asked for in another format sends the client to the data.
        assertEquals("/data/state/FRA?format=nt", header(server.get("/page/state/FRA?format=nt"), "Location"));
    }

    @Test
    void turtleWithoutAcceptOrForAnythingAndHtmlOnlyWhenPreferred() {
        HttpResponse<String> none = RunningServer.send(HttpRequest.newBuilder(URI.create(server.url("/data/state/FRA")))
                .timeout(Duration.ofSeconds(30)).GET().build());
        assertTrue(header(none, "Content-Type").startsWith("text/turtle"), "no Accept header");
        assertEquals("/data/state/FRA", header(server.get("/id/state/FRA", "Accept", "*/*"), "Location"));
        // Equal preference: the server's order (Turtle first, HTML last).
        assertEquals("/data/state/FRA", header(server.get("/id/state/FRA", "Accept", "text/html, text/turtle"), "Location"));
        assertEquals("/page/state/FRA", header(server.get("/id/state/FRA", "Accept", "text/html, text/turtle;q=0.9"), "Location"));
        assertTrue(header(server.get("/data/state/FRA", "Accept", "text/html;q=0.9, application/ld+json;q=0.5, */*;q=0.1"),
                "Content-Type").startsWith("application/ld+json"));
        assertTrue(header(server.get("/data/state/FRA", "Accept", "application/json"), "Content-Type")
                .startsWith("application/ld+json"), "application/json gets JSON-LD");
    }

    @Test
    void nothingAcceptableIs406WithAProblemListingWhatIsAvailable() throws IOException {
        for (String path : List.of("/id/state/FRA", "/data/state/FRA")) {
            HttpResponse<String> r = server.get(path, "Accept", "image/png");
            assertEquals(406, r.statusCode(), path);
            assertEquals("Accept", header(r, "Vary"));
            assertTrue(header(r, "Content-Type").startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(r.body());
            assertEquals(406, problem.get("status").asInt());
            for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"))
                assertTrue(problem.get("detail").asText().contains(type), problem.toString());
        }
        assertTrue(JSON.readTree(server.get("/id/state/FRA", "Accept", "image/png").body()).get("detail").asText()
                .contains("text/html"));
    }

    @Test
    void anUnknownResourceIs404AsAProblemOrAHelpfulPage() throws IOException {
        HttpResponse<String> r = server.get("/id/state/XXX", "Accept", "text/turtle");
        assertEquals(404, r.statusCode());
        assertEquals("Accept", header(r, "Vary"));
        assertTrue(header(r, "Content-Type").startsWith("application/problem+json"));
        assertTrue(JSON.readTree(r.body()).get("detail").asText().contains("https://w3id.org/diligentia/id/state/XXX"));
        assertEquals(404, server.get("/data/state/XXX").statusCode());
        assertEquals(404, server.get("/page/state/XXX").statusCode());
        assertEquals(404, server.get("/id/assessment/EU/no-such-question").statusCode());
        assertEquals(404, server.get("/id/state/F%20R").statusCode(), "not an identifier");

        HttpResponse<String> page = server.get("/id/state/XXX", "Accept", BROWSER);
        assertEquals(404, page.statusCode());
        assertTrue(header(page, "Content-Type").startsWith("text/html"));
        assertTrue(page.body().contains("<html lang=\"en\">") && page.body().contains("/id/state/FRA"), page.body());
    }

    @Test
    void anUnknownFormatIs400NamingTheParameter() throws IOException {
        HttpResponse<String> r = server.get("/data/state/FRA?format=xml");
        assertEquals(400, r.statusCode());
        String detail = JSON.readTree(r.body()).get("detail").asText();
        assertTrue(detail.contains("'format'") && detail.contains("'xml'") && detail.contains("jsonld"), detail);
        assertEquals(400, server.get("/id/state/FRA?format=ttl&format=nt").statusCode());
    }

    @Test
    void theETagRevalidatesWith304AndDiffersByFormat() {
        HttpResponse<String> first = server.get("/data/state/FRA?format=ttl");
        String etag = header(first, "ETag");
        String modified = header(first, "Last-Modified");
        assertFalse(etag.equals(header(server.get("/data/state/FRA?format=nt"), "ETag")), "one tag per format");
        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
            HttpResponse<String> again = server.get("/data/state/FRA?format=ttl", "If-None-Match", ifNoneMatch);
            assertEquals(304, again.statusCode(), ifNoneMatch);
            assertEquals(etag, header(again, "ETag"));
            assertEquals("Accept", header(again, "Vary"));
            assertTrue(again.body().isEmpty());
        }
        assertEquals(200, server.get("/data/state/FRA?format=ttl", "If-None-Match", "\"other\"").statusCode());
        assertEquals(304, server.get("/data/state/FRA?format=ttl", "If-Modified-Since", modified).statusCode());
        String page = header(server.get("/page/state/FRA"), "ETag");
        assertEquals(304, server.get("/page/state/FRA", "If-None-Match", page).statusCode());
        assertEquals(200, server.get("/page/state/FRA?asOf=2000-01-01", "If-None-Match", page).statusCode(),
                "a page on another date is another representation");
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> id = server.send("HEAD", "/id/state/FRA", null, null);
        assertEquals(303, id.statusCode());
        assertEquals("/data/state/FRA", header(id, "Location"));
        HttpResponse<String> data = server.send("HEAD", "/data/state/FRA", null, null);
        assertEquals(200, data.statusCode());
        assertTrue(header(data, "Content-Type").startsWith("text/turtle"));
        assertFalse(header(data, "ETag").isEmpty());
        assertTrue(data.body().isEmpty());
    }

    @Test
    void anAssessmentHasTwoSegmentsAndShowsThePositionsItCounted() {
        HttpResponse<String> see = server.get("/id/assessment/EU/dd-binding");
        assertEquals(303, see.statusCode());
        assertEquals("/data/assessment/EU/dd-binding", header(see, "Location"));
        Graph g = parse(server.get("/data/assessment/EU/dd-binding?format=nt"), Lang.NTRIPLES);
        Node a = NodeFactory.createURI("https://w3id.org/diligentia/id/assessment/EU/dd-binding");
        Node derived = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
        assertTrue(g.contains(a, derived, NodeFactory.createURI("https://w3id.org/diligentia/id/position/FRA-2019-paper-dd-binding")));
        assertTrue(g.contains(a, NodeFactory.createURI("https://w3id.org/diligentia/ontology#memberCount"), Node.ANY));
        // The positions it counted are named.
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/diligentia/id/position/FRA-2019-paper-dd-binding"),
                RDFS.label.asNode(), Node.ANY));
    }

    @Test
    void blankNodesAreClosedAndLinkedResourcesNamed() {
        String turtle = server.get("/data/membership/EU-GBR-1?format=ttl").body();
        Graph g = RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
        Node time = NodeFactory.createURI("http://www.w3.org/2006/time#inXSDDate");
        assertTrue(g.contains(Node.ANY, time, NodeFactory.createLiteralDT("1973-01-01", XSDDatatype.XSDdate)), turtle);
        assertTrue(g.contains(Node.ANY, time, NodeFactory.createLiteralDT("2020-02-01", XSDDatatype.XSDdate)), turtle);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/diligentia/id/org/EU"), RDFS.label.asNode(), Node.ANY));
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/diligentia/id/membership-status/withdrawn"), Node.ANY, Node.ANY));
        // Prefixes are those the description uses, and blank nodes are written nested.
        assertTrue(turtle.contains("@prefix time:") && !turtle.contains("@prefix sh:"), turtle);
        assertTrue(turtle.contains("time:hasBeginning  ["), turtle);
    }
}
