package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /** The JDK the tests run on, handed to the launcher so that the cache it keeps is known here. */
    private static final Map<String, String> THIS_JDK = onThisJdk(Map.of());

    /** {@code env} with JAVA_HOME set to the JDK the tests run on. */
    private static Map<String, String> onThisJdk(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("JAVA_HOME", System.getProperty("java.home"));
        return Map.copyOf(all);
    }

    @Test
    void onJdk24AndLaterTheLauncherRecordsThenAssemblesAnAheadOfTimeCacheAndReplacesOneThatNoLongerFits() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "ahead-of-time caches need JDK 24+; the tests run on " + Runtime.version());
        Path target = TestHome.home().resolve("server/target");
        deleteCaches(target, "other");
        ServerProcess.Result first = ServerProcess.run(List.of("--help"), THIS_JDK, Duration.ofMinutes(3));
        assertEquals(0, first.status(), first.output());
        assertEquals(List.of(".aotconf"), cacheKinds(target, "other"), "the first run after a build records the classes it uses");

        ServerProcess.Result second = ServerProcess.run(List.of("--help"), THIS_JDK, Duration.ofMinutes(3));
        assertEquals(first.output(), second.output(), "assembling the cache shows nothing");
        assertEquals(List.of(".aot"), cacheKinds(target, "other"), "the next run assembles the cache from the record");
        Path cache = cache(target, "other", ".aot");
        assertTrue(Files.size(cache) > 1_000_000, "a cache of the classes");
        FileTime assembled = Files.getLastModifiedTime(cache);

        ServerProcess.Result third = ServerProcess.run(List.of("--help"), THIS_JDK, Duration.ofMinutes(3));
        assertEquals(first.output(), third.output());
        assertEquals(assembled, Files.getLastModifiedTime(cache), "a cache that fits is kept, not assembled again");

        // A file that is not a cache (a write cut short): removed, and the run records anew.
        Files.write(cache, new byte[4096]);
        ServerProcess.Result torn = ServerProcess.run(List.of("--help"), THIS_JDK, Duration.ofMinutes(3));
        assertEquals(first.output(), torn.output());
        assertEquals(List.of(".aotconf"), cacheKinds(target, "other"), "the torn cache was removed and a new record made");

        // A rebuilt jar (here: one with a new modification time, which is what the JVM checks): the JVM
        // would refuse the cache and never replace it; the launcher removes it and the run records anew.
        ServerProcess.run(List.of("--help"), THIS_JDK, Duration.ofMinutes(3));
        assertEquals(List.of(".aot"), cacheKinds(target, "other"));
        Path jar = target.resolve("diligentia-server.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        ServerProcess.Result rebuilt = ServerProcess.run(List.of("--help"), THIS_JDK, Duration.ofMinutes(3));
        assertEquals(first.output(), rebuilt.output());
        assertEquals(List.of(".aotconf"), cacheKinds(target, "other"), "the cache older than the jar was removed");

        // Other JVM options, another cache: one made for other options would be refused.
        deleteCaches(target, "other");
        Map<String, String> otherOptions = onThisJdk(Map.of("DILIGENTIA_JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC"));
        ServerProcess.run(List.of("--help"), THIS_JDK, Duration.ofMinutes(3));
        ServerProcess.run(List.of("--help"), otherOptions, Duration.ofMinutes(3));
        assertEquals(2, caches(target, "other").size(), "one record per set of options: " + caches(target, "other"));

        // Switched off: the same output, and nothing is written.
        deleteCaches(target, "other");
        ServerProcess.Result off = ServerProcess.run(List.of("--help"), onThisJdk(Map.of("DILIGENTIA_CDS", "off")), Duration.ofMinutes(3));
        assertEquals(first.output(), off.output());
        assertEquals(List.of(), caches(target, "other"), "DILIGENTIA_CDS=off writes nothing");
    }

    @Test
    void withDiligentiaCdsArchiveTheLauncherKeepsAClassArchiveAndReplacesOneThatNoLongerFits() throws Exception {
        Map<String, String> archive = onThisJdk(Map.of("DILIGENTIA_CDS", "archive"));
        Path target = TestHome.home().resolve("server/target");
        Path file = target.resolve("diligentia-other.jsa");
        Files.deleteIfExists(file);
        ServerProcess.Result first = ServerProcess.run(List.of("--help"), archive, Duration.ofMinutes(3));
        assertEquals(0, first.status(), first.output());
        assertTrue(Files.size(file) > 1_000_000, "the first run wrote the archive when it exited");

        // A torn archive (the JVM writes the header last, so a write cut short starts with zeros): removed by
        // the launcher and written anew, never in the output.
        Files.write(file, new byte[4096]);
        ServerProcess.Result stale = ServerProcess.run(List.of("--help"), archive, Duration.ofMinutes(3));
        assertEquals(0, stale.status(), stale.output());
        assertEquals(first.output(), stale.output());
        assertTrue(Files.size(file) > 1_000_000, "the stale archive was replaced");

        // A rebuilt jar: the JVM refuses the archive and would not replace it; the launcher removes it and
        // the run writes a new one.
        Path jar = target.resolve("diligentia-server.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
        ServerProcess.Result rebuilt = ServerProcess.run(List.of("--help"), archive, Duration.ofMinutes(3));
        assertEquals(first.output(), rebuilt.output());
        assertTrue(Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(jar)) > 0,
                "an archive older than the jar was replaced");

        // Each command has an archive of its own: a short run does not stand in for a long one.
        Path validate = target.resolve("diligentia-validate.jsa");
        Files.deleteIfExists(validate);
        assertEquals(0, ServerProcess.run(List.of("validate", "--help"), archive, Duration.ofMinutes(3)).status());
        assertTrue(Files.size(validate) > 1_000_000, "'validate' wrote an archive of its own");
    }

    @Test
    void anUnknownDiligentiaCdsIsRefusedByName() throws Exception {
        ServerProcess.Result r = ServerProcess.run(List.of("--help"), Map.of("DILIGENTIA_CDS", "maybe"), Duration.ofMinutes(3));
        assertEquals(2, r.status(), r.output());
        assertTrue(r.output().contains("DILIGENTIA_CDS must be on, archive or off, not 'maybe'"), r.output());
    }

    /** The cache files of a command (records, caches, any options), by name. */
    private static List<Path> caches(Path target, String command) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("diligentia-" + command + "-[0-9]+\\.aot(conf)?"))
                    .sorted().toList();
        }
    }

    /** The kinds (.aot, .aotconf) of a command's cache files, which must all be for the same options. */
    private static List<String> cacheKinds(Path target, String command) throws IOException {
        return caches(target, command).stream().map(f -> f.getFileName().toString().replaceAll("^.*(\\.aot(conf)?)$", "$1")).toList();
    }

    private static Path cache(Path target, String command, String kind) throws IOException {
        return caches(target, command).stream().filter(f -> f.toString().endsWith(kind)).findFirst().orElseThrow();
    }

    private static void deleteCaches(Path target, String command) throws IOException {
        for (Path f : caches(target, command))
            Files.delete(f);
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
