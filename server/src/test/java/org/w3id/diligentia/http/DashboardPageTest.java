package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
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
            assertTrue(html.contains("<td class=\"cell level-" + c.get("level").asText() + "\" data-level=\"" + c.get("level").asText()
                    + "\" data-question=\"" + c.get("question").asText() + "\"><a href=\"" + href + "\""), href);
        }
        assertTrue(html.contains("<span class=\"level-name\">Consensus</span>") || html.contains("<span class=\"level-name\">consensus</span>"));
        assertTrue(html.contains("193 of 193 affirm"), "the world affirms that due diligence applies");
        assertTrue(html.contains("UN members</strong>"), "the regional coverage sentence");
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
