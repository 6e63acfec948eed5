package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.DockerfileModel;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.StandaloneFuseki;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The container image, checked without a container engine: the Dockerfile's final stage is read
 * (WORKDIR, ENV, ENTRYPOINT, CMD, HEALTHCHECK) and its command is run here, from the checkout that
 * the image copies, with the image's environment (paths under the image's home mapped to the
 * checkout, the port to a free one): once as the image runs by default (embedded store), once with
 * the remote-store variables a {@code docker run -e} would add, against a real Fuseki. Catches an
 * environment variable the entrypoint never reads. The Dockerfile is also linted (dockerfile-utils;
 * hadolint is not in Debian), and its build and run commands must be the ones README gives.
 */
class DockerfileIT {
    private static DockerfileModel image;

    @BeforeAll
    static void read() throws IOException {
        image = DockerfileModel.read(TestHome.home().resolve("Dockerfile"));
    }

    @Test
    void theImageRunsTheLauncherServeFromItsHomeAsReadmeSays() throws IOException {
        assertEquals(List.of("./diligentia", "serve"), image.command());
        assertEquals(image.workdir(), image.env().get("DILIGENTIA_HOME"));
        String readme = Files.readString(TestHome.home().resolve("README.md"));
        for (String command : List.of("docker build -t diligentia .", "docker run -p 7070:7070 diligentia",
                "-e DILIGENTIA_SPARQL_ENDPOINT=", "-e DILIGENTIA_GSP_ENDPOINT="))
            assertTrue(readme.contains(command), "README does not give: " + command);
        assertEquals("7070", image.env().get("DILIGENTIA_PORT"));
    }

    @Test
    void everyVariableTheImageSetsIsOneTheProgramReads() throws Exception {
        String help = ServerProcess.run(List.of("serve", "--help"), Duration.ofMinutes(3)).output();
        String launcher = Files.readString(TestHome.home().resolve("diligentia"));
        for (String variable : image.env().keySet()) {
            assertTrue(variable.startsWith("DILIGENTIA_"), variable);
            assertTrue(help.contains("(" + variable) || launcher.contains(variable),
                    variable + " is set by the image but neither 'serve' nor the launcher reads it");
        }
        for (String remote : List.of("DILIGENTIA_SPARQL_ENDPOINT", "DILIGENTIA_GSP_ENDPOINT"))
            assertTrue(image.env().containsKey(remote), "the image documents " + remote);
    }

    @Test
    void withTheImagesEnvironmentTheEntrypointServesTheEmbeddedStore(@TempDir Path dir) throws Exception {
        Map<String, String> env = environment(dir);
        try (ServerProcess server = ServerProcess.start(command(), env, TestHome.home())) {
            assertEquals(Integer.parseInt(env.get("DILIGENTIA_PORT")), server.port(), "DILIGENTIA_PORT decides the port");
            JsonNode health = ApiClient.parse(get(server, "/health").body());
            assertEquals("ok", health.get("status").asText(), health.toString());
            assertEquals("TDB2 at " + env.get("DILIGENTIA_STORE"), health.get("store").asText(), "DILIGENTIA_STORE decides the store");
            assertTrue(Files.isDirectory(Path.of(env.get("DILIGENTIA_STORE"))));
            healthcheckPasses(env);
        }
    }

    @Test
    void withTheRemoteStoreVariablesTheEntrypointLoadsAndServesTheRemoteStore(@TempDir Path dir) throws Exception {
        try (StandaloneFuseki fuseki = StandaloneFuseki.start(dir.resolve("fuseki"), List.of("ds"))) {
            Map<String, String> env = environment(dir);
            // What 'docker run -e DILIGENTIA_SPARQL_ENDPOINT=... -e DILIGENTIA_GSP_ENDPOINT=...' adds.
            env.put("DILIGENTIA_SPARQL_ENDPOINT", fuseki.url("/ds/sparql"));
            env.put("DILIGENTIA_GSP_ENDPOINT", fuseki.url("/ds/data"));
            try (ServerProcess server = ServerProcess.start(command(), env, TestHome.home())) {
                assertTrue(server.output().contains("Store: remote SPARQL store at " + fuseki.url("/ds/sparql")), server.output());
                JsonNode health = ApiClient.parse(get(server, "/health").body());
                assertEquals("ok", health.get("status").asText(), health.toString());
                assertTrue(health.get("store").asText().startsWith("remote SPARQL store at " + fuseki.url("/ds/sparql")), health.toString());
                String inStore = versionIn(fuseki);
                assertEquals(inStore, health.get("version").asText(), "the server serves what it uploaded to Fuseki");
                assertFalse(Files.exists(Path.of(env.get("DILIGENTIA_STORE"))), "no embedded store was built");
                assertEquals(200, get(server, "/api/consensus?scope=AU&question=dd-binding&asOf=2025-01-01").statusCode());
                healthcheckPasses(env);
            }
        }
    }

    @Test
    void theDockerfileLintsCleanAndTheLinterCatchesMistakes(@TempDir Path dir) throws Exception {
        Path tool = TestHome.home().resolve("tools/dockerfile-lint");
        assertEquals(0, exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefix", tool.toString()), tool).status(), "npm ci");
        Path lint = tool.resolve("node_modules/.bin/dockerfile-utils");
        ServerProcess.Result clean = exec(List.of(lint.toString(), "lint", TestHome.home().resolve("Dockerfile").toString()), tool);
        assertEquals(0, clean.status(), clean.output());
        Path broken = dir.resolve("Dockerfile");
        Files.writeString(broken, Files.readString(TestHome.home().resolve("Dockerfile")).replace("EXPOSE 7070", "EXPOSE seventy"));
        ServerProcess.Result caught = exec(List.of(lint.toString(), "lint", broken.toString()), tool);
        assertNotEquals(0, caught.status(), caught.output());
        assertTrue(caught.output().contains("seventy"), caught.output());
    }

    /** The image's command, run from the checkout (the image's WORKDIR holds a copy of it). */
    private static List<String> command() {
        List<String> command = new ArrayList<>(image.command());
        command.set(0, TestHome.home().resolve(command.get(0).replaceFirst("^\\./", "")).toString());
        return command;
    }

    /** The image's environment: paths under its home mapped to the checkout or {@code dir}, a free port. */
    private static Map<String, String> environment(Path dir) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        image.env().forEach((k, v) -> env.put(k, v.replace(image.workdir() + "/store", dir.resolve("store").toString())
                .replace(image.workdir(), TestHome.home().toString())));
        try (ServerSocket socket = new ServerSocket(0)) {
            env.put("DILIGENTIA_PORT", Integer.toString(socket.getLocalPort()));
        }
        env.put("DILIGENTIA_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC");
        return env;
    }

    /** The HEALTHCHECK command, run by a shell with the image's environment, exits 0 (where curl exists). */
    private static void healthcheckPasses(Map<String, String> env) throws Exception {
        assumeTrue(exec(List.of("sh", "-c", "command -v curl"), TestHome.home()).status() == 0, "curl is not installed");
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", image.healthcheck()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "HEALTHCHECK failed: " + out);
    }

    private static String versionIn(StandaloneFuseki fuseki) throws IOException {
        String q = "SELECT ?v WHERE { GRAPH <https://w3id.org/diligentia/graph/meta> { ?d <http://www.w3.org/2002/07/owl#versionInfo> ?v } }";
        HttpResponse<String> r = RunningServer.send(HttpRequest.newBuilder(URI.create(fuseki.url("/ds/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)))).header("Accept", "application/sparql-results+json").build());
        return ApiClient.parse(r.body()).at("/results/bindings/0/v/value").asText();
    }

    private static HttpResponse<String> get(ServerProcess server, String path) {
        return RunningServer.send(HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(30)).build());
    }

    private static ServerProcess.Result exec(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new ServerProcess.Result(p.exitValue(), out);
    }
}
