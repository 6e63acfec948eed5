package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Recoding one position in a copy of the shipped data and reloading (POST /admin/reload) records a
 * change report (the same load as POST /admin/reload) that names that position and the field recoded, and exactly the consensus answers
 * that move: those whose timelines ({@code /api/consensus/timeline}, computed by another query) differ
 * between the two versions, over exactly the days on which they differ, with the answers before and
 * after. Served as JSON, CSV and HTML and with the version resource; an unchanged reload changes nothing.
 */
public class ChangesApiTest {
    public static final String POSITION = "https://w3id.org/diligentia/id/position/AUS-2020-international-law-position-dd-binding";
    static final String STANCE = "https://w3id.org/diligentia/ontology#stance";
    private static final List<String> FLOORS = List.of("low", "medium", "high");

    /** Australia's 2020 position on dd-binding, recoded from affirms to rejects (a test copy: never the shipped data). */
    public static void recode(Path data) throws IOException {
        Path file = data.resolve("national-positions.ttl");
        String text = Files.readString(file);
        String anchor = "position:AUS-2020-international-law-position-dd-binding\n";
        int at = text.indexOf(anchor);
        int stance = text.indexOf("dil:stance st:affirms ;", at);
        assertTrue(at >= 0 && stance > at && stance - at < 400, "the position to recode is in the shipped data");
        Files.writeString(file, text.substring(0, stance) + "dil:stance st:rejects ;" + text.substring(stance + "dil:stance st:affirms ;".length()));
    }

    /** Every timeline (scope, question, floor) of the version the server holds, as "scope question floor" to its points. */
    private static Map<String, JsonNode> timelines(RunningServer server) throws IOException {
        Set<String> scopes = new LinkedHashSet<>(List.of("all-states"));
        Set<String> questions = new LinkedHashSet<>();
        for (JsonNode cell : ApiClient.json(server, "/api/consensus/matrix").get("cells")) {
            scopes.add(cell.get("scope").asText());
            questions.add(cell.get("question").asText());
        }
        Map<String, JsonNode> all = new TreeMap<>();
        for (String scope : scopes)
            for (String question : questions)
                for (String floor : FLOORS)
                    all.put(scope + " " + question + " " + floor, ApiClient.json(server, "/api/consensus/timeline?scope=" + scope + "&question="
                            + question + "&minConfidence=" + floor + "&from=1900-01-01&to=2100-12-31").get("points"));
        return all;
    }

    /** The point of a timeline in force on {@code day} (the first point is 1900-01-01, before every date of the data). */
    private static JsonNode at(JsonNode points, String day) {
        JsonNode found = null;
        for (JsonNode p : points)
            if (p.get("date").asText().compareTo(day) <= 0)
                found = p;
        return found;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.get("level").equals(b.get("level")) && a.get("counts").equals(b.get("counts"));
    }

    /** What POST /admin/reload does (the Reloader runs this loader on this store), without an HTTP client's timeout around a full load. */
    private static String reload(RunningServer server, Path data) throws IOException {
        Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(server.store(), new Loader.Sources(TestHome.ontology(), data));
        return ApiClient.json(server, "/health").get("version").asText();
    }

    @Test
    void recodingOnePositionReportsItAndExactlyTheAnswersThatMove(@TempDir Path dir) throws Exception {
        Path data = TestHome.copy(TestHome.data(), dir.resolve("data"));
        try (RunningServer server = RunningServer.start(new Loader.Sources(TestHome.ontology(), data),
                Settings.builder(TestHome.home()).ontologyDir(TestHome.ontology()).dataDir(data).build())) {
            String first = ApiClient.json(server, "/health").get("version").asText();
            JsonNode firstReport = ApiClient.json(server, "/api/changes");
            assertTrue(firstReport.get("previous").isNull(), "a first load has no previous version: " + firstReport);
            assertEquals(0, firstReport.get("positions").size() + firstReport.get("answers").size());
            Map<String, JsonNode> before = timelines(server);

            recode(data);
            String second = reload(server, data);
            Map<String, JsonNode> after = timelines(server);
            JsonNode report = ApiClient.json(server, "/api/changes");
            assertEquals(second, report.get("version").asText());
            assertEquals(first, report.get("previous").asText());

            // The one position, and only the field recoded.
            assertEquals(1, report.get("positions").size(), report.get("positions").toString());
            JsonNode p = report.get("positions").get(0);
            assertEquals(POSITION, p.get("position").asText());
            assertEquals("recoded", p.get("change").asText());
            assertEquals(List.of(STANCE), List.of(p.get("fields").get(0).asText()));
            assertEquals(1, p.get("fields").size());

            // Exactly the answers whose timelines differ, and on each day the report covers exactly the days they differ.
            Set<String> moved = new TreeSet<>();
            before.forEach((key, points) -> {
                if (!points.equals(after.get(key)))
                    moved.add(key);
            });
            assertFalse(moved.isEmpty(), "recoding a State's stance moves some answer");
            Map<String, List<JsonNode>> ranges = new TreeMap<>();
            for (JsonNode a : report.get("answers"))
                ranges.computeIfAbsent(a.get("scope").asText() + " " + a.get("question").asText() + " " + a.get("floor").asText(),
                        k -> new ArrayList<>()).add(a);
            assertEquals(moved, ranges.keySet());
            for (String key : before.keySet()) {
                Set<String> days = new TreeSet<>();
                for (JsonNode points : List.of(before.get(key), after.get(key)))
                    points.forEach(x -> days.add(x.get("date").asText()));
                for (String day : days) {
                    JsonNode was = at(before.get(key), day), is = at(after.get(key), day);
                    List<JsonNode> covering = ranges.getOrDefault(key, List.of()).stream()
                            .filter(r -> (r.get("from").isNull() || r.get("from").asText().compareTo(day) <= 0)
                                    && (r.get("until").isNull() || day.compareTo(r.get("until").asText()) < 0)).toList();
                    assertEquals(same(was, is) ? 0 : 1, covering.size(), key + " on " + day + ": " + covering);
                    if (!covering.isEmpty()) {
                        assertTrue(same(was, covering.get(0).get("before")), key + " on " + day + " before");
                        assertTrue(same(is, covering.get(0).get("after")), key + " on " + day + " after");
                    }
                }
            }

            // The same report as CSV, as a page, and with the version resource; an earlier version's report by ?version=.
            HttpResponse<String> csv = server.get("/api/changes?format=csv");
            assertEquals(200, csv.statusCode());
            assertEquals(1 + 1 + report.get("answers").size(), csv.body().strip().split("\r?\n").length, csv.body());
            assertTrue(csv.body().contains(POSITION));
            HttpResponse<String> page = server.get("/changes", "Accept", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Australia affirms dd-binding (2020)") && page.body().contains("dil:stance"), page.body());
            HttpResponse<String> resource = server.get("/data/version/" + second, "Accept", "text/turtle");
            assertEquals(200, resource.statusCode());
            assertTrue(resource.body().contains("changeReport") && resource.body().contains("AUS-2020-international-law-position-dd-binding"),
                    resource.body());
            assertTrue(ApiClient.json(server, "/api/changes?version=" + first).get("previous").isNull());

            // Reloading the same sources: a new version that changes nothing.
            String third = reload(server, data);
            JsonNode unchanged = ApiClient.json(server, "/api/changes");
            assertEquals(second, unchanged.get("previous").asText());
            assertEquals(0, unchanged.get("positions").size() + unchanged.get("answers").size(), unchanged.toString());
            assertEquals(report, ApiClient.json(server, "/api/changes?version=" + second), "the earlier report is kept in the history");
            assertEquals(third, unchanged.get("version").asText());

            HttpResponse<String> unknown = server.get("/api/changes?version=0000000000000000");
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("0000000000000000"), unknown.body());
            HttpResponse<String> bad = server.get("/api/changes?version=latest");
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("latest"), bad.body());
        }
    }
}
