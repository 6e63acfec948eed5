package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The home page and {@code /docs} in a real browser: Debian's headless Chromium driven by Playwright
 * ({@code playwright-core}, installed by the build's {@code npm ci}, not shipped) against a server
 * started with {@code ./diligentia serve} on the shipped data. The matrix has a linked, labelled,
 * coloured cell per scope and question; the map a shape per State that Natural Earth can draw;
 * changing the date changes the map and the URL without a reload, and the URL alone restores the
 * view; the controls work from the keyboard; Swagger UI renders every operation and "try it" calls
 * this server; on prevention the African Union's cell says in visible words that it is not established
 * and how many members are known ({@code matrix-not-established.png}), the timeline draws that level in
 * a hatched band of its own, and the map's legend keeps six classes apart. Nothing is fetched from
 * another host. Screenshots are kept in {@code server/target/screenshots/}.
 */
class DashboardBrowserIT {
    private static final Path SCRIPT = TestHome.home().resolve("server/src/test/js/dashboard-browser.js");
    private static final Path NODE_MODULES = TestHome.home().resolve("server/target/dashboard/node_modules");
    private static final Path SCREENSHOTS = TestHome.home().resolve("server/target/screenshots");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void theDashboardShowsTheMatrixTheTimelineAndAMapThatFollowsTheDate() throws Exception {
        if (!Files.isDirectory(NODE_MODULES.resolve("playwright-core")))
            fail("playwright-core is missing from " + NODE_MODULES + ": the build's 'npm ci' installs it (./mvnw package).");
        if (!Files.isExecutable(CHROMIUM))
            fail("Chromium is missing: install Debian's package (apt-get install chromium); .ci/run does.");
        Path store = Files.createTempDirectory("dashboard-it");
        try (ServerProcess server = ServerProcess.serve(List.of("--store", store.resolve("store").toString()))) {
            ProcessBuilder pb = new ProcessBuilder("node", SCRIPT.toString(), server.url(""), SCREENSHOTS.toString())
                    .redirectErrorStream(true);
            pb.environment().put("NODE_PATH", NODE_MODULES.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the browser check did not finish within 180 s");
            }
            assertEquals(0, p.exitValue(), out);
            JsonNode r = new ObjectMapper().readTree(out.substring(out.lastIndexOf("\n{") + 1));
            JsonNode expected = r.get("expected");

            JsonNode matrix = r.get("matrix");
            int cells = expected.get("scopes").asInt() * expected.get("questions").asInt();
            assertTrue(cells >= 7 * 6, out);
            assertEquals(expected.get("scopes").asInt(), matrix.get("rows").asInt(), out);
            matrix.get("cellsPerRow").forEach(n -> assertEquals(expected.get("questions").asInt(), n.asInt(), "a cell per question"));
            assertEquals(cells, matrix.get("cells").asInt(), out);
            assertEquals(cells, matrix.get("linked").asInt(), "every cell links to its assessment page");
            assertEquals(cells, matrix.get("labelled").asInt(), "every cell names its level in words");
            assertEquals(cells, matrix.get("coloured").asInt(), "every cell is coloured by its level");
            assertTrue(matrix.get("expectedHrefs").asBoolean(), "the links are /page/assessment/{scope}/{question}");

            assertEquals(expected.get("drawableStates").asInt(), r.at("/map/shapes").asInt(), "a shape per State the atlas can draw");
            assertTrue(r.at("/map/shapes").asInt() >= 190, out);
            assertTrue(r.at("/map/stances/affirms").asInt() > 0 && r.at("/map/stances/rejects").asInt() > 0, out);
            assertTrue(r.at("/map/missingNote").asText().contains("Tuvalu"), "States the map cannot draw are named: " + out);
            assertEquals(1, r.at("/timeline/steps").asInt(), out);
            assertTrue(r.at("/timeline/changes").asInt() > 2, out);

            JsonNode change = r.get("dateChange");
            assertTrue(change.get("changedStates").asInt() > 10, "changing the date changes the map: " + out);
            assertTrue(change.get("sameDocument").asBoolean(), "without reloading the page");
            assertTrue(change.get("url").asText().contains("asOf=2014-06-30"), "the URL keeps the date: " + out);
            assertTrue(change.get("matrixAsOf").asText().contains("2014-06-30"), "the matrix follows the date");
            assertEquals(4, change.get("chartLinks").size(), "data and cite beside the matrix and the map: " + change);
            change.get("chartLinks").forEach(href -> assertTrue(href.asText().contains("asOf=2014-06-30"), "the links follow the date: " + href));
            assertTrue(change.get("sharedLinkShowsSameMap").asBoolean(), "the URL alone restores the view");
            assertTrue(r.get("backRestores").asBoolean(), "Back returns to the previous view");
            assertTrue(r.at("/keyboard/heading").asText().contains("Constructive knowledge"), "the keyboard changes the question: " + out);
            assertEquals("2010-01-31", r.get("slider").asText(), "the slider moves the date");

            JsonNode ne = r.get("notEstablished");
            assertEquals("not-established", ne.get("level").asText(), out);
            assertTrue(ne.get("visible").asBoolean(), "the African Union's cell on prevention is on screen: " + out);
            assertTrue(ne.get("text").asText().matches("(?i)not established \\d+ of \\d+ known.*"),
                    "its words say not established and how many members are known: " + ne);
            assertTrue(ne.get("title").asText().contains("not established, ") && ne.get("label").asText().contains(" known: fewer than 1/4"), ne.toString());
            assertNotEquals(ne.get("noneLook").asText(), ne.get("look").asText(), "it does not look like none");
            assertTrue(Files.size(SCREENSHOTS.resolve("matrix-not-established.png")) > 10_000, "the screenshot of the matrix is kept");
            JsonNode apart = r.get("timelineApart");
            assertEquals(1, apart.get("unknownBand").asInt(), out);
            assertTrue(apart.get("unknownBandFill").asText().contains("timeline-hatch"), "the band is hatched: " + apart);
            assertTrue(apart.get("bottomLevel").asText().contains("band-unknown"), "below the levels that judge what is known: " + apart);
            assertTrue(apart.get("dashedRuns").asInt() == 1 && apart.get("hollowChanges").asInt() > 0, "a dashed step, hollow changes: " + apart);
            List<String> classes = new ArrayList<>();
            Set<String> swatches = new HashSet<>();
            Set<String> fills = new HashSet<>();
            int drawn = 0;
            for (JsonNode l : r.get("legend")) {
                classes.add(l.get("stance").asText());
                swatches.add(l.get("swatch").asText());
                if (!l.get("fill").isNull()) {
                    fills.add(l.get("fill").asText());
                    drawn++;
                }
            }
            assertEquals(List.of("affirms", "rejects", "undecided", "silent", "unread", "no-document"), classes, out);
            assertEquals(6, swatches.size(), "six swatches, no two alike: " + r.get("legend"));
            assertEquals(drawn, fills.size(), "on the map, no two classes share a fill: " + r.get("legend"));
            assertTrue(r.get("legend").get(4).get("words").asText().startsWith("Only unread documents: "), "in words: " + r.get("legend"));

            assertTrue(r.at("/docs/operations").asInt() >= 25, "Swagger UI lists the operations: " + out);
            assertEquals(0, r.at("/docs/errors").asInt(), "Swagger UI reports no error in the document: " + out);
            assertEquals("200", r.at("/docs/tryItStatus").asText(), "try it calls this server: " + out);
            assertTrue(r.at("/docs/tryItUrl").asText().startsWith(server.url("/api/consensus/matrix")), out);

            assertEquals(0, r.get("offHost").size(), "nothing is fetched from another host: " + out);
            assertEquals(0, r.get("pageErrors").size(), out);
            assertEquals(0, r.get("consoleErrors").size(), out);
            assertEquals(0, r.get("failedRequests").size(), out);
            assertTrue(Files.size(SCREENSHOTS.resolve("dashboard.png")) > 50_000, "the screenshot is kept");
            System.out.println("Dashboard: first view " + r.get("bytesFirstView").asLong() + " bytes, map drawn in "
                    + r.get("msToMap").asLong() + " ms; screenshots in " + SCREENSHOTS);
        }
    }
}
