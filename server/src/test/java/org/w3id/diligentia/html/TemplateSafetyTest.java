package org.w3id.diligentia.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.Description;
import org.w3id.diligentia.linkeddata.ResourcePath;
import org.w3id.diligentia.linkeddata.ResourceView;
import org.w3id.diligentia.linkeddata.Rows;
import org.w3id.diligentia.linkeddata.Section;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.support.TestHome;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The templates on hostile data: text and attribute values are escaped wherever they stand, links are
 * written only for safe URLs, and no template can emit markup from data, an inline script or style,
 * or an event handler. The same properties through a served page: {@code HostilePagesTest}.
 */
class TemplateSafetyTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final String SINGLE = "x' onmouseover='alert(1)";
    private static final TemplateEngine ENGINE =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, Templates.class.getPackageName());
    private static final Path TEMPLATES = TestHome.home().resolve("server/src/main/jte");
    private static final Links LINKS = new Links(new CanonicalIds("https://w3id.org/diligentia/id/"), n -> Optional.empty());

    private static String render(String template, Object... params) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < params.length; i += 2)
            map.put((String) params[i], params[i + 1]);
        StringOutput out = new StringOutput();
        ENGINE.render(template, map, out);
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x", ""})
    void anUnsafeUrlIsWrittenAsTextNotAsALink(String href) {
        String html = render("link.jte", "href", href, "text", SCRIPT);
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    @Test
    void aSafeUrlIsLinkedWithItsQuotesEscaped() {
        assertEquals("<a href=\"https://example.org/a?b=1&amp;c=2\">ok</a>", render("link.jte", "href", "https://example.org/a?b=1&c=2", "text", "ok"));
        String html = render("link.jte", "href", "/page/x\"onmouseover=\"alert(1)", "text", BREAKOUT, "cssClass", SINGLE);
        assertEquals("<a href=\"/page/x&#34;onmouseover=&#34;alert(1)\" class=\"x&#39; onmouseover=&#39;alert(1)\">"
                + "\"&gt;&lt;img src=x onerror=alert(1)&gt;</a>", html);
        InjectedMarkup.assertNone(html);
    }

    @Test
    void aBadgeEscapesItsWordsAndItsClass() {
        String html = render("value.jte", "value", new Values.Badge("stance", BREAKOUT, "✓", SCRIPT, "javascript:alert(1)"));
        assertEquals("<span class=\"badge stance-&#34;>&lt;img src=x onerror=alert(1)>\"><span aria-hidden=\"true\" class=\"symbol\">✓</span>"
                + "&lt;script&gt;alert(1)&lt;/script&gt;</span>", html);
    }

    @Test
    void aTableEscapesItsCaptionHeadersAndTitles() {
        String html = render("table.jte", "caption", SCRIPT, "columns", List.of(new Table.Column(BREAKOUT, BREAKOUT, SINGLE)),
                "rows", (gg.jte.Content) out -> {}, "id", BREAKOUT);
        assertTrue(html.contains("<caption>&lt;script&gt;alert(1)&lt;/script&gt;</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\" class=\"x&#39; onmouseover=&#39;alert(1)\"><abbr title=\"&#34;>&lt;img src=x onerror=alert(1)>\">"
                + "\"&gt;&lt;img src=x onerror=alert(1)&gt;</abbr></th>"), html);
        InjectedMarkup.assertNone(html);
    }

    @Test
    void anErrorPageEscapesTheTitleTheDetailAndThePath() {
        String html = ErrorPage.render(404, SCRIPT, BREAKOUT, "/x\"><script>alert(2)</script>");
        HtmlChecks.assertAccessiblePage(html);
        assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; | Diligentia</title>"), html);
        assertTrue(html.contains("<p class=\"lead\">\"&gt;&lt;img src=x onerror=alert(1)&gt;</p>"), html);
        assertTrue(html.contains("<code>/x\"&gt;&lt;script&gt;alert(2)&lt;/script&gt;</code>"), html);
        InjectedMarkup.assertNone(html);
    }

    @Test
    void aResourcePageShowsHostileStatementsAndSectionsAsText() {
        Graph g = RDFParser.fromString("""
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/diligentia/id/state/AAA> a <https://w3id.org/diligentia/ontology#State> ;
                    rdfs:label "<script>alert(1)</script>" ;
                    rdfs:comment "\\"><img src=x onerror=alert(1)>" ;
                    rdfs:seeAlso <javascript:alert(1)> , <https://example.org/a?b='1'> ;
                    <http://purl.org/dc/terms/source> [ rdfs:label "x' onmouseover='alert(1)" ] .
                """, Lang.TURTLE).toGraph();
        Node aaa = NodeFactory.createURI("https://w3id.org/diligentia/id/state/AAA");
        Node org = NodeFactory.createURI("https://w3id.org/diligentia/id/org/RO");
        Rows.Position position = new Rows.Position(NodeFactory.createURI("javascript:alert(3)"), aaa, SCRIPT,
                NodeFactory.createURI("https://w3id.org/diligentia/id/question/dd-binding"), BREAKOUT,
                NodeFactory.createURI("https://w3id.org/diligentia/id/stance/affirms"), SINGLE, Optional.empty(), org, SCRIPT,
                Optional.of(NodeFactory.createURI("javascript:alert(4)")), Optional.empty(), Optional.empty(), Optional.empty(), "",
                Optional.empty(), "");
        List<Section> sections = List.of(
                new Section.Positions(SCRIPT, BREAKOUT, List.of(position)),
                new Section.Members(LocalDate.of(2020, 1, 1), List.of(new Rows.Member(aaa, SINGLE, true, org, Optional.empty(), Optional.empty()))),
                new Section.Consensus(BREAKOUT, SCRIPT, List.of(), SINGLE));
        ResourceView view = new ResourceView(new Description(aaa, g), sections, Set.of(), Set.of(), Set.of(), Optional.of(LocalDate.of(2020, 1, 1)));
        String html = ResourcePage.render(view, ResourcePath.of("state", "AAA").orElseThrow(), LINKS);
        HtmlChecks.assertAccessiblePage(html);
        InjectedMarkup.assertNone(html);
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), html);
        assertTrue(html.contains("<li>javascript:alert(1)</li>"), "a javascript: IRI is text, not a link: " + html);
        assertTrue(html.contains("<td>javascript:alert(4)</td>"), "a javascript: source is text, not a link");
        assertTrue(html.contains("<a href=\"https://example.org/a?b=&#39;1&#39;\">"), html);
        assertTrue(html.contains("<caption>\"&gt;&lt;img src=x onerror=alert(1)&gt;</caption>"), html);
    }

    /** Every template, read as source: nothing a Content-Security-Policy without 'unsafe-inline' would block, no unescaped output. */
    @Test
    void noTemplateWritesUnescapedOutputInlineScriptsOrStylesOrLinksOfItsOwn() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
        }
        assertTrue(templates.size() > 20, "the templates: " + templates);
        List<String> problems = new ArrayList<>();
        for (Path t : templates) {
            String name = t.getFileName().toString();
            String text = Files.readString(t);
            for (String forbidden : new String[] {"$unsafe{", "@raw", "<style", " style=", "javascript:"})
                if (text.contains(forbidden))
                    problems.add(name + ": " + forbidden);
            if (Pattern.compile("\\son[a-z]+\\s*=").matcher(text).find())
                problems.add(name + ": an event handler attribute");
            if (Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(text).find() || Pattern.compile("<script[^>]*>[^<]").matcher(text).find())
                problems.add(name + ": an inline script");
            if (!name.equals("link.jte") && text.contains("<a "))
                problems.add(name + ": a link not written by link.jte (which links only safe URLs)");
            if (!name.equals("table.jte") && text.contains("<table"))
                problems.add(name + ": a table not written by table.jte");
        }
        assertEquals(List.of(), problems);
    }
}
