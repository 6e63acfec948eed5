package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.support.FixtureStore;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The query editor as a browser runs it: {@code /query} loaded in jsdom (installed by the build's
 * {@code npm ci}, not shipped) with its scripts from the server. YASGUI starts with the first
 * example, an example's button opens it in a new tab, a query runs against {@code /sparql} and its
 * results show, and nothing is fetched from another host.
 */
class QueryEditorIT {
    private static final Path SCRIPT = TestHome.home().resolve("server/src/test/js/query-editor.js");
    private static final Path NODE_MODULES = TestHome.home().resolve("server/target/frontend/node_modules");

    @Test
    void theEditorStartsOnTheExamplesOpensThemAndRunsQueriesAgainstThisServerOnly() throws Exception {
        if (!Files.isDirectory(NODE_MODULES.resolve("jsdom")))
            fail("jsdom is missing from " + NODE_MODULES + ": the build's 'npm ci' installs it (./mvnw package).");
        RunningServer server = RunningServer.serve(FixtureStore.get("linked-data"), Settings.defaults(TestHome.home()));
        try {
            ProcessBuilder pb = new ProcessBuilder("node", SCRIPT.toString(), server.url("")).redirectErrorStream(true);
            pb.environment().put("NODE_PATH", NODE_MODULES.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the editor check did not finish within 120 s");
            }
            assertEquals(0, p.exitValue(), out);
            JsonNode r = new ObjectMapper().readTree(out.substring(out.lastIndexOf("\n{") + 1));
            assertTrue(r.get("yasgui").asBoolean(), out);
            assertEquals(QueryCatalog.bundled().all().size(), r.get("examples").asInt());
            assertEquals(r.get("examples").asInt(), r.get("buttonsShown").asInt(), "the script shows every example's button");
            assertTrue(r.get("firstEditorHoldsFirstExample").asBoolean(), "a first visit starts on the first example: " + out);
            assertTrue(r.get("openedExampleHoldsItsQuery").asBoolean(), out);
            assertTrue(r.get("resultsShowFrance").asBoolean(), "a query ran against /sparql: " + out);
            assertTrue(r.get("queriedOnlyThisServer").asBoolean(), out);
            assertTrue(r.get("requests").toString().contains(server.url("/assets/yasgui/yasgui.min.js")), out);
            assertEquals(0, r.get("errors").size(), out);
        } finally {
            server.stopServerOnly();
        }
    }
}
