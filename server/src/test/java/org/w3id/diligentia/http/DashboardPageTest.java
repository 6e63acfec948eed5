package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.HtmlChecks;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The home page as the server renders it, before any script runs: the matrix, the timeline and the
 * stances as tables (the charts' text alternatives and data), controls that work as a plain GET
 * form, errors for bad parameters, and every asset served from the jar. The browser side is
 * {@code DashboardBrowserIT}.
 */
class DashboardPageTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    private static String page(String path) {
        HttpResponse<String> r = server.get(path, "Accept", "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        return r.body();
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }

    @Test
    void theMatrixHasALabelledLinkedCellPerScopeAndQuestion() throws IOException {
        String html = page("/");
        HtmlChecks.assertAccessiblePage(html);
        JsonNode cells = ApiClient.json(server, "/api/consensus/matrix").get("cells");
        assertEquals(cells.size(), count(html, "<td class=\"cell level-"));
        for (JsonNode c : cells) {
            String href = "/page/assessment/" + c.get("scope").asText() + "/" + c.get("question").asText();
            JsonNode n = c.get("counts");
            int known = n.get("affirms").asInt() + n.get("rejects").asInt() + n.get("undecided").asInt() + n.get("silent").asInt();
            assertTrue(Pattern.compile(Pattern.quote("<td class=\"cell level-" + c.get("level").asText() + "\" data-level=\""
                    + c.get("level").asText() + "\" data-question=\"" + c.get("question").asText() + "\" data-members=\""
                    + n.get("members").asInt() + "\" data-known=\"" + known + "\" title=\"") + "[^\"]+" + Pattern.quote("\"><a href=\"" + href + "\""))
                    .matcher(html).find(), href);
        }
        assertTrue(html.contains("<span class=\"level-name\">Consensus</span>") || html.contains("<span class=\"level-name\">consensus</span>"));
        assertTrue(html.contains("193 of 193 affirm"), "the world affirms that due diligence applies");
        assertTrue(html.contains("UN members</strong>"), "the regional coverage sentence");
    }

    /** The cells of the matrix: level, members, known, and the words inside. */
    private static List<String[]> cells(String html) {
        Matcher m = Pattern.compile("<td class=\"cell level-[^\"]+\" data-level=\"([^\"]+)\" data-question=\"[^\"]+\" data-members=\"(\\d+)\" "
                + "data-known=\"(\\d+)\" title=\"([^\"]*)\">(.*?)</td>").matcher(html);
        List<String[]> out = new ArrayList<>();
        while (m.find())
            out.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5).replaceAll("<[^>]+>", " ").strip()});
        return out;
    }

    @Test
    void aNotEstablishedCellSaysHowManyAreKnownAndNoneIsNeverShownOnTooLittle() throws IOException {
        String html = page("/?question=dd-prevention");
        JsonNode au = ApiClient.json(server, "/api/consensus?scope=AU&question=dd-prevention");
        assertEquals("not-established", au.get("level").asText());
        int members = au.at("/counts/members").asInt();
        int known = members - au.at("/counts/unread").asInt() - au.at("/counts/noDocument").asInt();
        Matcher cell = Pattern.compile("<td class=\"cell level-not-established\" data-level=\"not-established\" data-question=\"dd-prevention\" "
                + "data-members=\"" + members + "\" data-known=\"" + known + "\" title=\"African Union, Duty to prevent: not established, "
                + known + " of " + members + " known[^\"]*\"><a href=\"/page/assessment/AU/dd-prevention\" aria-label=\"African Union, "
                + "Duty to prevent: not established, " + known + " of " + members + " known: fewer than 1/4 of the members known, too little "
                + "to tell\"><span class=\"level-name\">not established</span><span class=\"level-counts\">" + known + " of " + members
                + " known</span>").matcher(html);
        assertTrue(cell.find(), "the AU cell on prevention says not established and how many of its members are known, in its words, "
                + "title and label");
        assertTrue(html.contains("id=\"not-established-note\">The level <strong>not established</strong> is not <strong>none</strong>"));
        List<String[]> all = new ArrayList<>();
        for (String question : new String[] {"dd-applies", "dd-binding", "dd-prevention"})
            all.addAll(cells(page("/?question=" + question + "&asOf=2022-01-01")));
        all.addAll(cells(html));
        assertTrue(all.size() > 100, "every cell is read: " + all.size());
        for (String[] c : all) {
            int n = Integer.parseInt(c[1]);
            int k = Integer.parseInt(c[2]);
            if (c[0].equals("none"))
                assertTrue(n > 0 && 4 * k >= n, "a none cell is never shown with coverage below 1/4: " + String.join(" | ", c));
            if (c[0].equals("not-established")) {
                assertTrue(n == 0 || 4 * k < n, String.join(" | ", c));
                assertTrue(c[4].contains(n == 0 ? "no members" : k + " of " + n + " known"), "the words say how many are known: " + c[4]);
                assertFalse(c[4].matches(".*\\d+ of \\d+ affirm.*"), "not how many affirm: " + c[4]);
            } else if (n > 0) {
                assertTrue(c[4].contains(" affirm") && c[4].contains(k + " of " + n + " known"), c[4]);
            }
        }
    }

    @Test
    void theAssessmentBehindANotEstablishedCellGivesTheCountsAndTheCoverageFloor() throws IOException {
        String html = page("/page/assessment/AU/dd-prevention");
        HtmlChecks.assertAccessiblePage(html);
        JsonNode n = ApiClient.json(server, "/api/consensus?scope=AU&question=dd-prevention").get("counts");
        int members = n.get("members").asInt();
        assertEquals(members, n.get("unread").asInt(), "every AU member has only unread documents on prevention");
        assertTrue(html.contains("<dd id=\"coverage\">0 of " + members + " known (0/" + members + ", 0%)</dd>"), html);
        assertTrue(html.contains("The level not established applies when fewer than 1/4 of the members are known (a stance, or read "
                + "and silent); that is the case here (0 of " + members + " known): too little is known to tell, which is not the same as none."), html);
        assertTrue(html.contains("<tr data-class=\"unread\">\n<th scope=\"row\">Only unread documents</th>\n<td class=\"num\">" + members + "</td>"),
                html);
        for (String c : new String[] {"affirms", "rejects", "undecided", "silent", "unread", "no-document", "members"})
            assertTrue(html.contains("<tr data-class=\"" + c + "\">"), c);
        assertTrue(html.contains("no stance: only unread documents"), "each member counted says what is known of it");
    }

    @Test
    void theTimelineTableGivesTheCoverageOfEveryPointAndTheLevelsTheFloor() throws IOException {
        String html = page("/?question=dd-binding&scope=AU");
        JsonNode points = ApiClient.json(server, "/api/consensus/timeline?scope=AU&question=dd-binding").get("points");
        for (JsonNode p : points) {
            JsonNode n = p.get("counts");
            int members = n.get("members").asInt();
            int known = members - n.get("unread").asInt() - n.get("noDocument").asInt();
            String row = "<tr data-date=\"" + p.get("date").asText() + "\" data-level=\"" + p.get("level").asText() + "\" data-members=\""
                    + members + "\" data-affirms=\"" + n.get("affirms").asInt() + "\" data-rejects=\"" + n.get("rejects").asInt()
                    + "\" data-known=\"" + known + "\">";
            assertTrue(html.contains(row), row);
            if (members > 0)
                assertTrue(html.contains("<td>" + known + " of " + members + " known (" + known + "/" + members + ", "), p.toString());
        }
        assertTrue(html.contains("<th scope=\"col\">Known (coverage)</th>"));
        assertTrue(html.contains("<li data-level=\"not-established\" data-rank=\"3\" data-coverage-floor=\"1/4\">not established</li>"),
                "the script draws the level with a coverage floor apart");
        assertTrue(html.contains("<li data-level=\"none\" data-rank=\"6\">none</li>"));
    }

    @Test
    void theMapLegendKeepsSixClassesApartInWordsAndTheTableSaysWhatIsKnown() throws IOException {
        String html = page("/?question=dd-prevention");
        Matcher legend = Pattern.compile("<li data-stance=\"([a-z-]+)\" title=\"[^\"]+\"><span class=\"swatch stance-swatch stance-\\1\" "
                + "aria-hidden=\"true\"></span>([^<]+): <strong>(\\d+)</strong></li>").matcher(html);
        List<String> classes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int total = 0;
        while (legend.find()) {
            classes.add(legend.group(1));
            words.add(legend.group(2));
            total += Integer.parseInt(legend.group(3));
        }
        assertEquals(List.of("affirms", "rejects", "undecided", "silent", "unread", "no-document"), classes);
        assertEquals(List.of("Affirms", "Rejects", "Undecided", "Read and silent", "Only unread documents", "No document"), words);
        JsonNode states = ApiClient.json(server, "/api/consensus?scope=all-states&question=dd-prevention").get("members");
        assertEquals(states.size(), total, "every State is in one class");
        for (JsonNode s : states) {
            String c = s.get("stance").isNull() ? s.get("coverage").asText() : s.get("stance").asText();
            assertTrue(html.contains("<tr data-iso3=\"" + s.get("iso3").asText() + "\"") && Pattern.compile("<tr data-iso3=\""
                    + s.get("iso3").asText() + "\"[^>]* data-stance=\"" + Pattern.quote(c) + "\">").matcher(html).find(), s.toString());
        }
        assertFalse(html.contains("data-stance=\"none\""), "no State is a bare none: its class says what is known");
        assertTrue(count(html, "<td data-coverage=\"unread\">only unread documents</td>") > 100, "the table's Known column");
        assertTrue(html.contains("<td data-coverage=\"stance\">stance established</td>"));
    }

    @Test
    void theFiveRegionalGroupsAreScopesOfTheControlsAndHaveTheirResources() throws IOException {
        String home = page("/");
        for (String group : new String[] {"AFRICAN", "ASIA-PACIFIC", "EASTERN-EUROPEAN", "GRULAC", "WEOG"}) {
            assertTrue(Pattern.compile("<optgroup label=\"UN regional groups\">(?:\\s*<option value=\"[A-Z-]+\">[^<]+</option>)*\\s*"
                    + "<option value=\"" + group + "\">[^<]+ Group</option>").matcher(home).find(), group + " in the scope control, among the groups");
            assertTrue(home.contains("<tr data-scope=\"" + group + "\">\n<th scope=\"row\"><a href=\"/page/group/" + group + "\">"),
                    group + " is a row of the matrix linked to its page");
            assertTrue(page("/?scope=" + group).contains("<option value=\"" + group + "\" selected=\"\">"), group + " timeline");
            HttpResponse<String> id = server.get("/id/group/" + group, "Accept", "text/turtle");
            assertEquals(303, id.statusCode(), group);
            assertEquals(200, server.get("/data/group/" + group, "Accept", "text/turtle").statusCode(), group);
            String groupPage = page("/page/group/" + group);
            assertEquals(6, Pattern.compile("<a href=\"/page/assessment/" + group + "/dd-[a-z-]+\">").matcher(groupPage).results().count(),
                    group + "'s page gives its consensus on each question");
            HtmlChecks.assertAccessiblePage(page("/page/assessment/" + group + "/dd-prevention"));
            assertEquals(group, ApiClient.json(server, "/api/consensus?scope=" + group + "&question=dd-binding").get("scope").asText());
        }
    }

    @Test
    void theChartsDataIsInTablesTheScriptDrawsFrom() throws IOException {
        String html = page("/?question=dd-binding&scope=AU&asOf=2024-02-18");
        int states = ApiClient.json(server, "/api/states").get("items").size();
        assertEquals(states, count(html, "<tr data-iso3=\""), "a row per State");
        assertTrue(html.contains("<tr data-iso3=\"DZA\" data-m49=\"012\" data-stance=\"affirms\">"), "Algeria, through the AU");
        assertTrue(html.contains("data-stance=\"rejects\""));
        JsonNode timeline = ApiClient.json(server, "/api/consensus/timeline?scope=AU&question=dd-binding&to=2026-01-01").get("points");
        assertTrue(count(html, "<tr data-date=\"") >= timeline.size() - 1, "a row per change of the timeline");
        assertTrue(html.contains("<tr data-date=\"2024-02-18\" data-level=\"consensus\""), "the AU reaches consensus on 18 February 2024");
        assertTrue(html.contains("Timeline of African Union on"));
        assertTrue(html.contains("<option value=\"AU\" selected=\"\">African Union</option>"), "the form shows the choice");
        assertTrue(html.contains("<input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"2024-02-18\""));
        assertTrue(html.contains("<form id=\"controls\" class=\"controls\" method=\"get\" action=\"/\""), "a plain GET form: the URL is the view");
        assertTrue(html.contains("href=\"/page/assessment/AU/dd-binding?asOf=2024-02-18\""), "cells link to the assessment on the chosen date");
        assertTrue(html.contains("data-atlas=\"/assets/lib/world-atlas/countries-50m.json\""));
    }

    @Test
    void theDateAndConfidenceFloorChangeTheFigures() {
        String before = page("/?asOf=2015-12-30&question=dd-applies");
        String after = page("/?asOf=2015-12-31&question=dd-applies");
        assertFalse(before.contains("193 of 193 affirm"));
        assertTrue(after.contains("193 of 193 affirm"), "resolution 70/237 takes effect");
        assertTrue(page("/?minConfidence=high").contains("<option value=\"high\" selected=\"\">"));
    }

    @Test
    void badParametersAreErrorsThatNameThem() {
        HttpResponse<String> bad = server.get("/?asOf=yesterday", "Accept", "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("asOf"), bad.body());
        HtmlChecks.assertAccessiblePage(bad.body());
        assertEquals(400, server.get("/?colour=red").statusCode());
        assertEquals(404, server.get("/?question=dd-nothing").statusCode());
        assertEquals(400, server.get("/?scope=all-states").statusCode());
    }

    @Test
    void theAnswerIsCachedByEntityTagAndEveryAssetComesFromTheJar() {
        HttpResponse<String> first = server.get("/", "Accept", "text/html");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, server.get("/", "If-None-Match", etag).statusCode());
        assertEquals(200, server.get("/?asOf=2020-01-01", "If-None-Match", etag).statusCode(), "another view, another tag");
        Matcher assets = Pattern.compile("(?:src|href|data-atlas)=\"(/assets/[^\"]+)\"").matcher(first.body());
        int n = 0;
        while (assets.find()) {
            HttpResponse<String> r = server.get(assets.group(1));
            assertEquals(200, r.statusCode(), assets.group(1));
            n++;
        }
        assertTrue(n >= 6, "stylesheets, D3, topojson-client, the script and the atlas: " + n);
        for (String licence : new String[] {"/assets/lib/d3/LICENSE", "/assets/lib/topojson-client/LICENSE", "/assets/lib/world-atlas/LICENSE"})
            assertEquals(200, server.get(licence).statusCode(), licence);
        assertFalse(first.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing from other hosts");
    }
}
