package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /api/compare} on a real server over the shipped data: each cell's stance or coverage class
 * and the reading behind it, the collective positions reaching each State, the CSV, and hostile
 * parameters refused with a problem naming the bad value.
 */
class CompareApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get);

    private static final String ID = "https://w3id.org/diligentia/id/";

    private static JsonNode actor(JsonNode comparison, String iso3) {
        for (JsonNode a : comparison.get("actors"))
            if (a.get("iso3").asText().equals(iso3))
                return a;
        throw new AssertionError(iso3 + " is not compared: " + comparison);
    }

    private static JsonNode cell(JsonNode comparison, String iso3, String question) {
        for (JsonNode c : actor(comparison, iso3).get("cells"))
            if (c.get("question").asText().equals(question))
                return c;
        throw new AssertionError(iso3 + " has no cell on " + question);
    }

    @Test
    void japanAffirmsTheDutyOfPreventionFromItsOwnBasicPosition() throws IOException {
        JsonNode c = ApiClient.json(server, "/api/compare?actors=JPN,FRA,USA&asOf=2022-01-01");
        assertEquals("2022-01-01", c.get("asOf").asText());
        assertEquals(List.of("JPN", "FRA", "USA"), c.get("actors").findValuesAsText("iso3").subList(0, 3), "in the order asked");
        JsonNode cell = cell(c, "JPN", "dd-prevention");
        assertEquals("stance", cell.get("coverage").asText());
        assertEquals("affirms", cell.get("stance").asText());
        assertEquals(1, cell.get("readings").size());
        JsonNode r = cell.get("readings").get(0);
        assertEquals(ID + "position/JPN-2021-basic-position-dd-prevention", r.get("reading").asText());
        assertEquals("own", r.get("via").asText());
        assertTrue(r.get("organization").isNull());
        assertEquals("2021-05-28", r.get("date").asText());
        assertEquals(ID + "instrument/JPN-2021-basic-position", r.at("/document/iri").asText());
        assertTrue(r.at("/document/title").asText().startsWith("Basic Position of the Government of Japan"));
        assertEquals("https://www.mofa.go.jp/policy/page3e_001114.html", r.at("/document/url").asText());
        assertTrue(r.get("pinpoint").asText().contains("pp. 5-6"), r.toString());
        assertEquals("own-words-read", r.get("evidence").asText());
        assertEquals("high", r.get("confidence").asText());
        for (JsonNode a : c.get("actors"))
            assertEquals(c.get("questions").size(), a.get("cells").size(), "a cell per question for " + a.get("iso3"));
    }

    @Test
    void aStateReachedByACollectivePositionShowsItInTheCellAndInTheList() throws IOException {
        JsonNode c = ApiClient.json(server, "/api/compare?actors=DZA,JPN&asOf=2024-02-18");
        JsonNode r = cell(c, "DZA", "dd-binding").get("readings").get(0);
        assertEquals("affirms", cell(c, "DZA", "dd-binding").get("stance").asText());
        assertEquals("collective", r.get("via").asText());
        assertEquals("AU", r.get("organization").asText());
        assertEquals(ID + "position/AU-CAP-2024-dd-binding", r.get("reading").asText());
        boolean listed = false;
        for (JsonNode p : actor(c, "DZA").get("collectivePositions"))
            listed |= p.get("organization").asText().equals("AU") && p.get("question").asText().equals("dd-binding")
                    && p.get("stance").asText().equals("affirms") && p.get("date").asText().equals("2024-02-18")
                    && p.get("position").asText().equals(ID + "position/AU-CAP-2024-dd-binding");
        assertTrue(listed, "the Common African Position reaches Algeria: " + actor(c, "DZA").get("collectivePositions"));
        for (JsonNode p : actor(c, "JPN").get("collectivePositions"))
            assertTrue(!p.get("organization").asText().equals("AU"), "the AU's position does not reach Japan");
        // The day before, the Common African Position does not exist yet.
        JsonNode before = ApiClient.json(server, "/api/compare?actors=DZA,JPN&asOf=2024-02-17");
        for (JsonNode p : actor(before, "DZA").get("collectivePositions"))
            assertTrue(!p.get("position").asText().endsWith("AU-CAP-2024-dd-binding"), p.toString());
    }

    @Test
    void eachCellAgreesWithTheStatesProfileComputedByTheOtherRule() throws IOException {
        // /api/states/{iso3} reads the precedence keys of the positions (state-stances), not the stance intervals.
        String date = "2024-02-18";
        JsonNode c = ApiClient.json(server, "/api/compare?actors=FRA,DEU,USA,DZA,JPN,ISR&asOf=" + date);
        for (JsonNode a : c.get("actors")) {
            JsonNode profile = ApiClient.json(server, "/api/states/" + a.get("iso3").asText() + "?asOf=" + date);
            String expected = profile.toString();
            for (JsonNode cell : a.get("cells"))
                if (!cell.get("stance").isNull())
                    assertTrue(expected.contains(cell.get("readings").get(0).get("reading").asText()),
                            a.get("iso3") + " on " + cell.get("question") + ": " + cell + " is not in its profile " + expected);
        }
    }

    @Test
    void unknownLooksUnknownAndSilenceShowsItsReading() throws IOException {
        JsonNode c = ApiClient.json(server, "/api/compare?actors=KEN,ISR&asOf=2025-01-01");
        assertEquals("unread", cell(c, "ISR", "dd-harm-threshold").get("coverage").asText(), "a later document of Israel's is unread");
        JsonNode unread = cell(c, "KEN", "dd-prevention");
        assertEquals("unread", unread.get("coverage").asText(), "Kenya has documents, none read on prevention: " + unread);
        assertTrue(unread.get("stance").isNull());
        assertEquals(0, unread.get("readings").size(), "nothing is known, so nothing is cited");
        assertTrue(unread.get("unreadDocuments").size() > 0, "the documents a curator would read next: " + unread);
        for (JsonNode d : unread.get("unreadDocuments"))
            assertTrue(d.get("iri").asText().startsWith(ID + "instrument/"), d.toString());
        assertEquals(0, silent(c).size(), "no silent cell of Kenya's lists unread documents");
        // Between Israel's speech of 2020-12-08 and the next document that reaches it (2020-12-16 at the earliest).
        JsonNode silent = cell(ApiClient.json(server, "/api/compare?actors=ISR,KEN&asOf=2020-12-10"), "ISR", "dd-harm-threshold");
        assertEquals("silent", silent.get("coverage").asText());
        assertTrue(silent.get("stance").isNull());
        JsonNode r = silent.get("readings").get(0);
        assertEquals(ID + "silence/ISR-2020-schondorf-speech-dd-harm-threshold", r.get("reading").asText());
        assertNotNull(r.get("pinpoint").textValue(), "a silence has its pinpoint");
        assertEquals(ID + "instrument/ISR-2020-schondorf-speech", r.at("/document/iri").asText());
    }

    private static List<JsonNode> silent(JsonNode c) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : c.get("actors"))
            for (JsonNode cell : a.get("cells"))
                if (!cell.get("coverage").asText().equals("unread") && cell.get("unreadDocuments").size() > 0)
                    out.add(cell);
        return out;
    }

    @Test
    void theCsvHasARowPerCellReadingThenTheCollectivePositions() {
        HttpResponse<String> r = server.get("/api/compare?actors=JPN,DZA&asOf=2024-02-18&format=csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(r.body().startsWith("kind,asOf,minConfidence,iso3,name,question,coverage,stance,reading,via,organization,date,"
                + "instrument,instrumentTitle,source,pinpoint,evidence,confidence\r\n"), r.body());
        assertTrue(r.body().contains("\r\ncell,2024-02-18,low,JPN,Japan,dd-prevention,stance,affirms," + ID
                + "position/JPN-2021-basic-position-dd-prevention,own,,2021-05-28,"), r.body());
        assertTrue(r.body().contains("\r\ncell,2024-02-18,low,DZA,Algeria,dd-prevention,unread,,,,,,,,,,,\r\n"), r.body());
        assertTrue(r.body().contains("\r\ncollective-position,2024-02-18,low,DZA,Algeria,dd-binding,,affirms," + ID
                + "position/AU-CAP-2024-dd-binding,collective,AU,2024-02-18,"), r.body());
    }

    /** A hostile request: its status, and the parameter or value the problem's detail must name. */
    private record Hostile(int status, String query, String names) {}

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static List<Hostile> hostile() {
        return List.of(
                new Hostile(400, "", "'actors'"),
                new Hostile(400, "actors=FRA", "'actors'"),
                new Hostile(400, "actors=FRA,DEU,USA,JPN,GBR,ITA,ESP", "7"),
                new Hostile(400, "actors=FRA,DEU,fra", "'FRA' twice"),
                new Hostile(404, "actors=FRA,XXX", "'XXX'"),
                new Hostile(404, "actors=FRA,EU", "'EU'"),
                new Hostile(400, "actors=" + q("FRA,<script>alert(1)</script>"), "'actors'"),
                new Hostile(400, "actors=" + q("FRA,DEU\" } UNION { ?s ?p ?o"), "'actors'"),
                new Hostile(400, "actors=" + q(",,,"), "'actors'"),
                new Hostile(400, "actors=" + "E".repeat(5000), "'actors'"),
                new Hostile(400, "actors=FRA,DEU&actors=USA", "'actors'"),
                new Hostile(400, "actors=FRA,DEU&asOf=2024-13-45", "'2024-13-45'"),
                new Hostile(400, "actors=FRA,DEU&asOf=9999-12-31", "'asOf'"),
                new Hostile(400, "actors=FRA,DEU&minConfidence=total", "'total'"),
                new Hostile(400, "actors=FRA,DEU&scope=EU", "'scope'"));
    }

    @Test
    void hostileParametersAreProblemsNamingTheBadValueOnTheApiAndThePage() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Hostile h : hostile())
            for (String path : List.of("/api/compare", "/page/compare")) {
                if (path.startsWith("/page") && h.query().isEmpty())
                    continue;       // the page without States is its form
                String url = path + "?" + h.query();
                HttpResponse<String> r = server.get(url, "Accept", path.startsWith("/page") ? "text/html" : "application/json");
                if (r.statusCode() != h.status())
                    failures.add(url + " -> " + r.statusCode() + " (expected " + h.status() + ")");
                else if (path.startsWith("/api") && !ApiClient.parse(r.body()).path("detail").asText().contains(h.names()))
                    failures.add(url + " -> detail does not name " + h.names() + ": " + r.body());
                else if (path.startsWith("/page") && r.body().contains("<script>alert"))
                    failures.add(url + " -> the page shows the value as markup");
            }
        assertEquals(List.of(), failures);
    }
}
