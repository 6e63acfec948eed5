package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.ShippedStore;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.support.TestServer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The served {@code /openapi.json} under a real linter: Redocly's CLI ({@code @redocly/cli}, installed
 * by the build's {@code npm ci} in {@code server/target/openapi-lint}, pinned by
 * {@code server/src/test/openapi-lint/package-lock.json}) with its recommended rules and nothing turned
 * off ({@code server/src/test/openapi-lint/redocly.yaml}): zero errors and zero warnings. The server runs
 * with an admin token, so that the one route that takes credentials is among the routes it serves.
 */
class OpenApiLintIT {
    private static final Path LINT = TestHome.home().resolve("server/target/openapi-lint");
    private static final Path REDOCLY = LINT.resolve("node_modules/.bin/redocly");

    @RegisterExtension
    static final TestServer server = TestServer.serving(ShippedStore::get,
            Settings.builder(TestHome.home()).adminToken("openapi-lint-token-0123456789abcdef").build());

    @TempDir
    Path dir;

    @Test
    void theRecommendedRulesFindNothing() throws Exception {
        if (!Files.isExecutable(REDOCLY))
            fail("Redocly's CLI is missing from " + LINT + ": the build's 'npm ci' installs it (./mvnw verify).");
        HttpResponse<String> r = server.get("/openapi.json");
        assertEquals(200, r.statusCode(), r.body());
        Path doc = Files.writeString(dir.resolve("openapi.json"), r.body());

        Path report = dir.resolve("lint.json");
        Process p = new ProcessBuilder(REDOCLY.toString(), "lint", doc.toString(), "--config", LINT.resolve("redocly.yaml").toString(),
                "--format=json").redirectOutput(report.toFile()).redirectError(dir.resolve("lint.err").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the linter did not finish within 120 s");
        }
        String err = Files.readString(dir.resolve("lint.err"), StandardCharsets.UTF_8);
        JsonNode problems = ApiClient.parse(Files.readString(report, StandardCharsets.UTF_8)).get("problems");
        assertTrue(problems != null && problems.isArray(), "the linter's report: " + err);
        List<String> found = new ArrayList<>();
        for (JsonNode problem : problems)
            found.add(problem.get("severity").asText() + " " + problem.get("ruleId").asText() + ": " + problem.get("message").asText()
                    + " at " + problem.at("/location/0/pointer").asText());
        assertEquals(List.of(), found, "Redocly's recommended rules, on the served document");
        assertEquals(0, p.exitValue(), err);
    }

    @Test
    void theApiIsPublicAndOnlyTheReloadTakesTheBearerToken() throws IOException {
        JsonNode doc = ApiClient.json(server, "/openapi.json");
        assertTrue(doc.get("security").isArray() && doc.get("security").isEmpty(), "no credentials by default: " + doc.get("security"));
        assertEquals("bearer", doc.at("/components/securitySchemes/adminToken/scheme").asText());
        assertEquals("[{\"adminToken\":[]}]", doc.at("/paths/~1admin~1reload/post/security").toString());
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!path.getKey().equals("/admin/reload"))
                assertTrue(op.getValue().get("security") == null, op.getKey() + " " + path.getKey() + " takes no credentials");
        }));
    }
}
