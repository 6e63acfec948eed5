package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.TestHome;

/** The {@code ./diligentia} launcher, run as a user runs it, on the packaged jar. */
class LauncherIT {

    @Test
    void validateExitsZeroOnTheShippedData() throws Exception {
        ServerProcess.Result r = ServerProcess.run(List.of("validate"), Duration.ofMinutes(3));
        assertEquals(0, r.status(), r.output());
        assertTrue(r.output().contains("Valid: "), r.output());
    }

    @Test
    void validateExitsNonZeroOnABrokenFileAndNamesItsLine(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "@prefix dil: <https://w3id.org/diligentia/ontology#> .\n\n<urn:x> a dil:State\n<urn:y> a dil:State .\n");
        ServerProcess.Result r = ServerProcess.run(List.of("validate", broken.toString()), Duration.ofMinutes(3));
        assertEquals(1, r.status(), r.output());
        assertTrue(r.output().contains("extra/broken.ttl:4:"), r.output());
    }

    @Test
    void serveBuildsTheStoreServesAndReusesItWhenNothingChanged(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (ServerProcess first = ServerProcess.serve(List.of("--store", store.toString()))) {
            HttpResponse<String> health = RunningServer.send(
                    HttpRequest.newBuilder(URI.create(first.url("/health"))).timeout(Duration.ofSeconds(10)).build());
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(first.output().contains("Building the store"), first.output());
        }
        try (ServerProcess second = ServerProcess.serve(List.of("--store", store.toString()))) {
            assertTrue(second.output().contains("is current"), second.output());
        }
    }

    @Test
    void theLauncherKeepsAClassArchiveForTheJarAndAStaleOneNeitherFailsARunNorShowsInItsOutput() throws Exception {
        Path archive = TestHome.home().resolve("server/target/diligentia-other.jsa");
        Files.deleteIfExists(archive);
        ServerProcess.Result first = ServerProcess.run(List.of("--help"), Duration.ofMinutes(3));
        assertEquals(0, first.status(), first.output());
        assertTrue(Files.size(archive) > 1_000_000, "the first run wrote the archive when it exited");

        // A torn archive (the JVM writes the header last, so a write cut short starts with zeros): removed by
        // the launcher and written anew, never in the output.
        Files.write(archive, new byte[4096]);
        ServerProcess.Result stale = ServerProcess.run(List.of("--help"), Duration.ofMinutes(3));
        assertEquals(0, stale.status(), stale.output());
        assertEquals(first.output(), stale.output());
        assertTrue(Files.size(archive) > 1_000_000, "the stale archive was replaced");

        // A rebuilt jar (here: one with a new modification time, which is what the JVM checks): the JVM
        // refuses the archive and would not replace it; the launcher removes it and the run writes a new one.
        Path jar = TestHome.home().resolve("server/target/diligentia-server.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        ServerProcess.Result rebuilt = ServerProcess.run(List.of("--help"), Duration.ofMinutes(3));
        assertEquals(first.output(), rebuilt.output());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0,
                "an archive older than the jar was replaced");

        // Switched off: the same output, and no archive is written.
        Files.delete(archive);
        ServerProcess.Result off = ServerProcess.run(List.of("--help"), Map.of("DILIGENTIA_CDS", "off"), Duration.ofMinutes(3));
        assertEquals(first.output(), off.output());
        assertFalse(Files.exists(archive), "DILIGENTIA_CDS=off writes no archive");

        // Each command has an archive of its own: a short run does not stand in for a long one.
        Path validate = TestHome.home().resolve("server/target/diligentia-validate.jsa");
        Files.deleteIfExists(validate);
        assertEquals(0, ServerProcess.run(List.of("validate", "--help"), Duration.ofMinutes(3)).status());
        assertTrue(Files.size(validate) > 1_000_000, "'validate' wrote an archive of its own");
    }

    @Test
    void theLauncherRefusesWithoutAJdk21() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c",
                "sed 's|/usr/lib/jvm/\\* /opt/java/openjdk|/nonexistent|' ./diligentia > /tmp/diligentia-nojdk-$$ && "
                        + "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 bash /tmp/diligentia-nojdk-$$ --help; s=$?; rm -f /tmp/diligentia-nojdk-$$; exit $s")
                .directory(TestHome.home().toFile()).redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(1, p.waitFor(), out);
        assertTrue(out.contains("no JDK 21 or newer found"), out);
    }
}
