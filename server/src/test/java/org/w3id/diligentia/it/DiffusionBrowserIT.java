package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dashboard's diffusion chart and the custom indicators page in a real browser (Debian's headless
 * Chromium through playwright-core, as {@link DashboardBrowserIT}) against {@code ./diligentia serve}
 * on the shipped data: on dd-binding the world's affirmation is drawn as stacked areas by route, one
 * per route of the table, with the AU's 2024 position a step of the AU area and the EU's 2024
 * declaration (coded undecided, so it adds no affirmation) marked where it takes effect; the custom page states its verdict over the UN members and the five groups. Screenshots
 * ({@code diffusion.png}, {@code custom.png}) are kept in {@code server/target/screenshots/}.
 */
class DiffusionBrowserIT {
    private static final Path SCRIPT = TestHome.home().resolve("server/src/test/js/diffusion-browser.js");
    private static final Path NODE_MODULES = TestHome.home().resolve("server/target/dashboard/node_modules");
    private static final Path SCREENSHOTS = TestHome.home().resolve("server/target/screenshots");

    @Test
    void theDiffusionChartStacksTheRoutesWithTheAuAndEuStepsAndTheCustomPageRenders() throws Exception {
        if (!Files.isDirectory(NODE_MODULES.resolve("playwright-core")))
            fail("playwright-core is missing from " + NODE_MODULES + ": the build's 'npm ci' installs it (./mvnw package).");
        Path store = Files.createTempDirectory("diffusion-it");
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
            assertEquals(0, r.get("offHost").size(), out);
            assertEquals(0, r.get("pageErrors").size(), out);
            List<String> routes = new ArrayList<>();
            r.at("/chart/routes").forEach(n -> routes.add(n.asText()));
            List<String> tableRoutes = new ArrayList<>();
            r.at("/chart/tableRoutes").forEach(n -> tableRoutes.add(n.asText()));
            assertEquals(tableRoutes, routes, "an area per route of the table");
            assertTrue(routes.containsAll(List.of("AU", "own")), out);
            String steps = r.at("/chart/steps").toString();
            assertTrue(steps.contains("AU 2024-02-18"), "the AU's 2024 position is a step: " + steps);
            assertTrue(steps.contains("EU 2024-11-18 (undecided)"), "the EU's 2024 declaration is marked (coded undecided): " + steps);
            assertTrue(r.at("/custom/verdict").asText().startsWith("widespread but not representative"), out);
            assertEquals(6, r.at("/custom/populations").asInt(), "the UN members and the five groups");
            assertTrue(Files.size(SCREENSHOTS.resolve("diffusion.png")) > 5000 && Files.size(SCREENSHOTS.resolve("custom.png")) > 5000);
        }
    }
}
