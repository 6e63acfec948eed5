package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;
import org.w3id.diligentia.vocab.DIL;

/**
 * The HTML pages, as a browser gets them: accessible structure on every page, and the facts each
 * kind of page promises (a State's memberships and positions, an organization's members on a date
 * and consensus, an assessment's rule and members), with everything from the data escaped.
 */
@ClassTemplate
class HtmlPagesTest {
    @RegisterExtension
    static final TestServer server = TestServer.overEachStore("linked-data");

    private static String page(String path) {
        HttpResponse<String> r = server.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
        return r.body();
    }

    /** The text of the table row whose first cell is {@code first}, tags removed. */
    private static String row(String html, String first) {
        Matcher m = Pattern.compile("<tr[^>]*>((?:(?!</tr>).)*?" + Pattern.quote(first) + "(?:(?!</tr>).)*)</tr>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no row with " + first);
        return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace(" ,", ",").strip();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/page/state/FRA", "/page/org/EU", "/page/org/XF?asOf=2011-01-01", "/page/scope/world",
            "/page/assessment/EU/dd-binding", "/page/question/dd-binding", "/page/instrument/FRA-2019-paper",
            "/page/position/FRA-2019-paper-dd-binding", "/page/membership/EU-GBR-1", "/page/level/broad",
            "/page/stance/affirms", "/page/scheme/questions", "/ontology", "/query", "/page/custom",
            "/page/custom?question=dd-prevention&asOf=2020-01-01", "/page/custom/dd-binding"})
    void everyPageIsWellFormedAndAccessible(String path) {
        HtmlChecks.assertAccessiblePage(page(path));
    }

    @Test
    void aStatePageShowsItsMembershipsOverTimeAndItsPositionsOnEachQuestion() {
        String html = page("/page/state/FRA");
        assertTrue(html.contains("<title>France | Diligentia</title>"));
        assertTrue(html.contains("<code>https://w3id.org/diligentia/id/state/FRA</code>"), "the canonical IRI");
        assertEquals("European Union member 1952-07-23 ongoing membership", row(html, "/page/org/EU\""));
        assertEquals("Example Forum member 2000 ongoing membership", row(html, "/page/org/XF\""));
        assertEquals("United Nations member 1945-10-24 ongoing membership", row(html, "/page/org/UN\""));
        // Every question has its heading, with or without positions.
        for (String q : new String[] {"dd-applies", "dd-binding", "dd-constructive-knowledge", "dd-prevention",
                "dd-harm-threshold", "dd-capacity"})
            assertTrue(html.contains("<h3 id=\"q-" + q + "\">"), q);
        String binding = row(html, "/page/position/FRA-2019-paper-dd-binding");
        assertEquals("✓ affirms 2019-09-09 International Law Applied to Operations in Cyberspace example.org own words read high position", binding);
        assertTrue(html.contains("<span class=\"badge stance-affirms\"><span aria-hidden=\"true\" class=\"symbol\">✓</span>"
                + "<a href=\"/page/stance/affirms\">affirms</a></span>"), "a badge says its stance in words");
        assertTrue(html.contains("<a href=\"https://example.org/fra-2019\">example.org</a>"), "the source, linked");
        assertTrue(html.contains("Effective stance on "), "the effective stance on each question");
        assertTrue(Pattern.compile("Effective stance on [0-9-]+: no stance: (only unread documents|no document) \\([^)]*not known\\)")
                .matcher(html).find(), "without a stance, what is known instead, never 'none'");
        assertFalse(html.contains("none (no position counts"), "unknown is not none");
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/data/state/FRA?format=ttl\""));
    }

    @Test
    void anOrganizationPageShowsItsMembersOnADateAndItsConsensusOnEachQuestion() {
        String suspended = page("/page/org/XF?asOf=2011-01-01");
        assertTrue(suspended.contains("1 active member and 1 suspended on 2011-01-01."), suspended);
        assertEquals("Germany suspended 2010-01-01 2012-01-01", row(suspended, "/page/state/DEU\""));
        assertEquals("France active 2000-12-31 ongoing", row(suspended, "/page/state/FRA\""));
        assertTrue(suspended.contains("value=\"2011-01-01\""), "the date form shows the date");

        String eu2019 = page("/page/org/EU?asOf=2019-01-01");
        assertTrue(eu2019.contains("3 active members on 2019-01-01."), "the United Kingdom was still a member");
        String eu = page("/page/org/EU?asOf=2021-01-01");
        assertTrue(eu.contains("2 active members on 2021-01-01."));
        assertEquals(6, Pattern.compile("<a href=\"/page/assessment/EU/dd-[a-z-]+\">").matcher(eu).results().count(),
                "consensus on each of the six questions");
        String binding = row(eu, "/page/question/dd-binding\"");
        assertTrue(binding.startsWith("European Union Due diligence binds as law none 2 1 0 0 0 0 1 1 of 2 known (1/2, 50%) 2021-01-01"),
                "members, affirming, rejecting, undecided, read and silent, only unread, no document, known: " + binding);
    }

    @Test
    void anAssessmentPageShowsTheRuleThatMatchedAndTheMembersItCounted() {
        String html = page("/page/assessment/EU/dd-binding");
        assertTrue(html.contains("<h2 id=\"rule\">The rule that matched</h2>"));
        assertTrue(html.contains("a = 1, r = 0, n = 2"), "the figures the rule was applied to");
        assertTrue(row(html, "/page/state/FRA\"").startsWith("France ✓ affirms own position position 2019-09-09"),
                row(html, "/page/state/FRA\""));
        assertTrue(row(html, "/page/state/DEU\"").startsWith("Germany ? undecided own position position 2021-03"));
        assertFalse(html.contains(">derived from<"), "hundreds of prov:wasDerivedFrom links are shown as the members table");
        assertTrue(html.contains("<dd id=\"coverage\">2 of 2 known (2/2, 100%)</dd>"), "coverage as k of n known");
        assertTrue(row(html, ">Read and silent<").startsWith("Read and silent 0 "), row(html, ">Read and silent<"));
        assertTrue(row(html, ">Only unread documents<").startsWith("Only unread documents 0 "));
        assertTrue(row(html, ">No document<").startsWith("No document 0 "));
        assertTrue(html.contains("applies when fewer than 1/4 of the members are known"), "the rule names the coverage floor");
        assertTrue(html.contains("here 2 of 2 known is enough"), "and says it does not apply here");
    }

    @Test
    void anAssessmentPageOnAnotherDateCountsTheMembersOnThatDate() {
        String before = page("/page/assessment/EU/dd-binding?asOf=2020-01-01");
        assertTrue(before.contains("a = 1, r = 0, n = 2"), "France's 2019 paper counts, Germany's 2021 one not yet");
        assertTrue(row(before, "/page/state/FRA\"").startsWith("France ✓ affirms own position"), row(before, "/page/state/FRA\""));
        assertFalse(row(before, "/page/state/DEU\"").contains("undecided"), row(before, "/page/state/DEU\""));
        assertTrue(before.contains("value=\"2020-01-01\""), "the page's date control holds the date asked for");
    }

    @Test
    void questionAndInstrumentPagesListTheirPositions() {
        String question = page("/page/question/dd-binding");
        assertTrue(row(question, "/page/position/DEU-2021-paper-dd-binding").startsWith("Germany Due diligence binds as law ? undecided 2021-03"));
        assertTrue(row(question, "/page/position/FRA-2019-paper-dd-binding").startsWith("France Due diligence binds as law ✓ affirms 2019-09-09"));
        assertTrue(question.contains("/page/assessment/EU/dd-binding"), "its consensus in each scope");
        String instrument = page("/page/instrument/FRA-2019-paper");
        assertEquals(2, Pattern.compile("<a href=\"/page/position/FRA-2019-paper-dd-[a-z]+\">position</a>").matcher(instrument).results().count());
    }

    @Test
    void textFromTheDataIsEscaped() {
        String html = page("/page/position/FRA-2019-paper-dd-binding");
        assertTrue(html.contains("an obligation &lt;b&gt;of international law&lt;/b&gt; &amp; binding."), html);
        assertFalse(html.contains("<b>of international law</b>"));
    }

    @Test
    void theOntologyPageAnchorsEveryClassAndPropertyAndListsTheConcepts() {
        String html = page("/ontology");
        Graph ontology = RDFParser.source(TestHome.ontology().resolve("diligentia.ttl")).toGraph();
        for (Node type : new Node[] {OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode()})
            ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(DIL.NS)) {
                    String name = t.getSubject().getURI().substring(DIL.NS.length());
                    assertTrue(html.contains("<tr id=\"" + name + "\">"), "anchor #" + name);
                }
            });
        // Domains name dil:Reading, the class of positions and silent readings (issue 14).
        assertTrue(row(html, "<code>dil:holder</code>").contains("Reading Actor"), row(html, "<code>dil:holder</code>"));
        assertTrue(row(html, "<code>dil:adoptionMode</code>").contains("Instrument, Reading"), "a union domain, spelled out");
        assertTrue(html.contains("<h3 id=\"scheme-levels\"><a href=\"/page/scheme/levels\">Consensus levels</a></h3>"));
        assertTrue(row(html, "/page/level/broad\"").contains("At least two thirds of the members affirm"));
        // The ontology's own terms link to its anchors from every page.
        assertTrue(page("/page/state/FRA").contains("<a href=\"/ontology#State\">State</a>"));
    }

    @Test
    void theHomePageLinksToTheQuestionsOrganizationsAndStates() {
        String html = page("/");
        assertTrue(html.contains("Questions (6)") && html.contains("States (3)"), html);
        assertTrue(html.contains("<a href=\"/page/state/FRA\">France</a>"));
        assertTrue(html.contains("<a href=\"/page/org/EU\">European Union</a>"));
        assertFalse(html.contains("/page/org/EU-COUNCIL"), "organs are reached from their organization");
    }

    @Test
    void theQueryEditorIsServedLocallyWithTheCannedQueriesAsExamples() {
        String html = page("/query");
        assertTrue(html.contains("<script src=\"/assets/yasgui/yasgui.min.js\" defer=\"\">"));
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">"));
        assertTrue(html.contains("data-endpoint=\"/sparql\""));
        QueryCatalog.bundled().all().forEach(q -> assertTrue(html.contains("<code id=\"example-" + q.name() + "\">"), q.name()));
        assertTrue(html.contains("PREFIX dil:  &lt;https://w3id.org/diligentia/ontology#&gt;"), "query text is escaped");
        for (String asset : new String[] {"/assets/yasgui/yasgui.min.js", "/assets/yasgui/yasgui.min.css",
                "/assets/query-editor.js", "/assets/diligentia.css"}) {
            HttpResponse<String> r = server.get(asset);
            assertEquals(200, r.statusCode(), asset);
            assertTrue(r.body().length() > 500, asset);
        }
        assertTrue(server.get("/assets/yasgui/yasgui.min.js").headers().firstValue("Content-Type").orElseThrow().contains("javascript"));
    }

    @Test
    void errorsArePagesForBrowsersAndProblemsForEveryoneElse() {
        HttpResponse<String> bad = server.get("/page/org/EU?asOf=yesterday", "Accept", "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("Parameter &#39;asOf&#39;") || bad.body().contains("Parameter 'asOf'"), bad.body());
        HtmlChecks.assertAccessiblePage(bad.body());
        HttpResponse<String> missing = server.get("/page/state/ZZZ", "Accept", "text/html,*/*;q=0.8");
        assertEquals(404, missing.statusCode());
        HtmlChecks.assertAccessiblePage(missing.body());
        HttpResponse<String> json = server.get("/page/state/ZZZ", "Accept", "*/*");
        assertTrue(json.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }
}
