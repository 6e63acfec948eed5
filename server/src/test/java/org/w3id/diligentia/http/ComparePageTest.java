package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

/**
 * {@code /page/compare} as the server renders it over the shipped data: a GET form, a row per question
 * and a column per State, each cell with its stance and document or its coverage class in words, the
 * collective positions reaching each State; linked from every State's page.
 */
class ComparePageTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    private static String page(String path) {
        HttpResponse<String> r = server.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        return r.body();
    }

    /** The cell of {@code iso3} on {@code question}: from its opening tag to its closing one. */
    private static String cell(String html, String question, String iso3) {
        Matcher row = Pattern.compile("(?s)<tr data-question=\"" + question + "\">(.*?)</tr>").matcher(html);
        assertTrue(row.find(), "a row for " + question);
        Matcher cell = Pattern.compile("(?s)<td [^>]*data-iso3=\"" + iso3 + "\"[^>]*>(.*?)</td>").matcher(row.group(1));
        assertTrue(cell.find(), "a cell for " + iso3 + " on " + question);
        return cell.group();
    }

    @Test
    void theStatesSideBySideWithTheDocumentBehindEachStance() {
        String html = page("/page/compare?actors=JPN,DZA,KEN&asOf=2024-02-18");
        HtmlChecks.assertAccessiblePage(html);
        assertTrue(html.contains("<h1>Compare Japan, Algeria, Kenya</h1>"), html);
        assertTrue(html.contains("<form id=\"compare\" class=\"controls\" method=\"get\" action=\"/page/compare\""));
        assertTrue(html.contains("value=\"JPN,DZA,KEN\""), "the form shows the States compared");
        assertTrue(html.contains("<input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"2024-02-18\""));

        String japan = cell(html, "dd-prevention", "JPN");
        assertTrue(japan.contains("data-stance=\"affirms\""), japan);
        assertTrue(japan.contains("<strong class=\"stance\">affirms</strong>"), japan);
        assertTrue(japan.contains("<a href=\"/page/instrument/JPN-2021-basic-position\">Basic Position of the Government of Japan"), japan);
        assertTrue(japan.contains("<a href=\"https://www.mofa.go.jp/policy/page3e_001114.html\">source</a>"), japan);
        assertTrue(japan.contains("its own position"), japan);
        assertTrue(japan.contains("pp. 5-6"), "the pinpoint: " + japan);
        assertTrue(japan.contains("own-words-read, confidence high"), japan);

        String algeria = cell(html, "dd-binding", "DZA");
        assertTrue(algeria.contains("collective position of <a href=\"/page/org/AU\">AU</a>"), algeria);

        String unread = cell(html, "dd-prevention", "KEN");
        assertTrue(unread.contains("class=\"coverage-unread\""), unread);
        assertTrue(unread.contains("only unread documents: not known"), unread);
        assertTrue(unread.contains("<p class=\"unread\">Not read on this question:</p>"), "the documents to read next: " + unread);
        assertFalse(unread.contains("no document") || unread.contains("class=\"stance\"") || unread.contains("class=\"reading\""),
                "unread is neither none nor a stance, and cites nothing: " + unread);

        assertTrue(html.contains("<h3 id=\"collective-DZA\">Algeria</h3>"));
        assertTrue(html.contains("<caption>Collective positions reaching Algeria</caption>"));
        assertTrue(html.contains("href=\"/api/compare?actors=JPN,DZA,KEN&amp;asOf=2024-02-18&amp;minConfidence=low\""), "the same as JSON");
    }

    @Test
    void withoutStatesThePageIsItsForm() {
        String html = page("/page/compare");
        HtmlChecks.assertAccessiblePage(html);
        assertTrue(html.contains("<h1>Compare States</h1>"));
        assertFalse(html.contains("<table"), "nothing compared");
    }

    @Test
    void everyStatePageAndTheHomePageLinkToTheComparison() {
        String japan = page("/page/state/JPN?asOf=2024-02-18");
        assertTrue(japan.contains("<a href=\"/page/compare?actors=JPN,FRA,DEU&amp;asOf=2024-02-18\">Compare with other States</a>"), japan);
        String france = page("/page/state/FRA");
        assertTrue(france.contains("href=\"/page/compare?actors=FRA,DEU,USA"), "a State is not its own peer");
        assertTrue(page("/").contains("<a href=\"/page/compare?actors=FRA,DEU,USA\">Compare States side by side</a>"), "from the home page");
        HtmlChecks.assertAccessiblePage(page("/page/compare?actors=FRA,DEU,USA"));
    }
}
