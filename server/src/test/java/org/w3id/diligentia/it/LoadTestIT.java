package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.TestHome;

/**
 * The short version of the load test CI runs: {@code bench/load-test.sh} (wrk, 64 connections over
 * API, linked-data and SPARQL requests side by side) for 10 s against {@code ./diligentia serve} on
 * the shipped data. The script itself fails on any socket error, timeout or non-2xx/3xx answer; this
 * test also checks that each kind was answered many times, that the server logged almost nothing
 * while loaded (request logs stay at DEBUG), and that {@code /health} is fine afterwards.
 */
class LoadTestIT {
    private static final Path SCRIPT = TestHome.home().resolve("bench/load-test.sh");
    private static final Pattern ROW = Pattern.compile("(?m)^(api|linked-data|sparql)\\s+(\\d+)\\s+(\\d+)\\s");

    @Test
    void sixtyFourConnectionsForTenSecondsGetNoErrorAndNo5xx() throws Exception {
        if (new ProcessBuilder("sh", "-c", "command -v wrk").start().waitFor() != 0)
            fail("The load test needs wrk (Debian: apt-get install wrk; .ci/run installs it).");
        Path store = Files.createTempDirectory("load-it");
        try (ServerProcess server = ServerProcess.serve(List.of("--store", store.resolve("store").toString()))) {
            int linesBefore = server.output().split("\n").length;
            ProcessBuilder pb = new ProcessBuilder(SCRIPT.toString(), "--url", server.url(""), "--duration", "10s",
                    "--connections", "64").redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("the load test did not finish within 120 s:\n" + out);
            }
            System.out.println(out);
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("PASS: zero errors, zero 5xx"), out);

            Matcher m = ROW.matcher(out);
            int kinds = 0;
            while (m.find()) {
                kinds++;
                assertTrue(Long.parseLong(m.group(2)) >= 100, "too few " + m.group(1) + " requests answered:\n" + out);
            }
            assertEquals(3, kinds, "one line per kind of request:\n" + out);

            int logged = server.output().split("\n").length - linesBefore;
            assertTrue(logged < 20, "the server logged " + logged + " lines under load:\n" + server.output());

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url("/health"))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
        }
    }
}
