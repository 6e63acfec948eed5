package org.w3id.diligentia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.ServerProcess;
import org.w3id.diligentia.support.TestHome;

/**
 * A data folder that is missing, unreadable, or full of broken files, through the real launcher:
 * {@code load} says what is wrong (the folder, the file and line) and exits 1 with the store
 * unchanged; {@code serve} keeps serving the version the store holds, or, with an empty store,
 * says there is nothing to serve and exits 1.
 */
class BadDataFolderIT {
    @TempDir
    Path dir;
    private Path store;
    private String versionA;

    @BeforeEach
    void storeHoldsTheFixture() {
        store = dir.resolve("store");
        try (TdbStore s = TdbStore.open(store)) {
            Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC()).load(s, TestHome.withFixture("minimal"));
            versionA = s.info().version();
        }
    }

    private String version() {
        try (TdbStore s = TdbStore.open(store)) {
            return s.info().version();
        }
    }

    private List<String> args(String command, Path data) {
        return new ArrayList<>(List.of(command, "--store", store.toString(), "--data", data.toString(),
                "--ontology", TestHome.ontology().toString()));
    }

    /** The shapes of a bad data folder: what it is, and a phrase the output must contain. */
    private record Bad(Path data, String says) {}

    private Bad missing() {
        return new Bad(dir.resolve("no-such-folder"), "does not exist");
    }

    private Bad notAFolder() throws Exception {
        Path file = dir.resolve("data.ttl");
        Files.writeString(file, "# a file where the data folder should be\n");
        return new Bad(file, "not a folder");
    }

    /**
     * A file that cannot be read. The tests may run as root, for whom no permission bit forbids
     * reading, so the file is a link to {@code /proc/self/mem}: a regular file whose first bytes
     * no process can read (an I/O error).
     */
    private Bad unreadable() throws Exception {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("unreadable"));
        Files.createSymbolicLink(data.resolve("positions-2.ttl"), Path.of("/proc/self/mem"));
        return new Bad(data, "positions-2.ttl");
    }

    private Bad broken() throws Exception {
        Path data = TestHome.copy(TestHome.fixture("minimal"), dir.resolve("broken"));
        Files.writeString(data.resolve("states.ttl"), "@prefix dil: <https://w3id.org/diligentia/ontology#> .\n\n"
                + "<urn:x> a dil:State\n<urn:y> a dil:State .\n");
        Files.writeString(data.resolve("garbage.ttl"), "\u0000\u0001 this is not Turtle {{{\n");
        return new Bad(data, "states.ttl:4");
    }

    private List<Bad> allBad() throws Exception {
        return List.of(missing(), notAFolder(), unreadable(), broken());
    }

    @Test
    void loadSaysWhatIsWrongExitsOneAndChangesNothing() throws Exception {
        for (Bad bad : allBad()) {
            ServerProcess.Result r = ServerProcess.run(args("load", bad.data()), Duration.ofMinutes(3));
            assertEquals(1, r.status(), bad + "\n" + r.output());
            assertTrue(r.output().contains(bad.says()), bad.says() + " in:\n" + r.output());
            assertTrue(r.output().contains("The store was not changed."), r.output());
            assertEquals(versionA, version(), bad.toString());
        }
    }

    @Test
    void serveKeepsServingTheVersionTheStoreHolds() throws Exception {
        for (Bad bad : List.of(missing(), unreadable(), broken())) {
            try (ServerProcess serve = ServerProcess.serve(args("serve", bad.data()).subList(1, 7))) {
                assertTrue(serve.output().contains(bad.says()), serve.output());
                assertTrue(serve.output().contains("Serving the previous version " + versionA), serve.output());
                HttpResponse<String> health = RunningServer.send(HttpRequest.newBuilder(URI.create(serve.url("/health"))).build());
                assertEquals(200, health.statusCode());
                assertEquals(versionA, ApiClient.parse(health.body()).get("version").asText());
            }
        }
    }

    @Test
    void serveWithAnEmptyStoreAndBadDataSaysThereIsNothingToServe() throws Exception {
        Path empty = dir.resolve("empty-store");
        for (Bad bad : List.of(missing(), broken())) {
            ServerProcess.Result r = ServerProcess.run(List.of("serve", "--port", "0", "--host", "127.0.0.1", "--store",
                    empty.toString(), "--data", bad.data().toString(), "--ontology", TestHome.ontology().toString()), Duration.ofMinutes(3));
            assertNotEquals(0, r.status(), r.output());
            assertTrue(r.output().contains("nothing to serve"), r.output());
            assertTrue(r.output().contains(bad.says()), r.output());
        }
    }
}
