package org.w3id.diligentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.http.ChangesApiTest;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.TdbStore;
import org.w3id.diligentia.support.ApiClient;
import org.w3id.diligentia.support.RunningServer;
import org.w3id.diligentia.support.TestHome;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code validate --diff} shows, before anything is loaded, the change report the load then records:
 * its JSON equals {@code /api/changes} after loading the same edited sources, and the store is not
 * changed by it.
 */
class ValidateDiffTest {
    private record Run(int status, String out, String err) {}

    private static Run run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validateDiffPrintsTheReportThatTheLoadThenRecords(@TempDir Path dir) throws Exception {
        Path data = TestHome.copy(TestHome.data(), dir.resolve("data"));
        Path storeDir = dir.resolve("store");
        Loader loader = Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC());
        Loader.Sources sources = new Loader.Sources(TestHome.ontology(), data);
        String first;
        try (TdbStore store = TdbStore.open(storeDir)) {
            loader.load(store, sources);
            first = store.info().version();
        }
        ChangesApiTest.recode(data);
        List<String> common = List.of("validate", "--diff", "--store", storeDir.toString(), "--ontology", TestHome.ontology().toString(),
                "--data", data.toString());
        Run json = run(Stream.concat(common.stream(), Stream.of("--format", "json")).toList());
        assertEquals(0, json.status(), json.err());
        Run text = run(common);
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains(ChangesApiTest.POSITION) && text.out().contains("fields: dil:stance"), text.out());
        assertTrue(text.out().contains("Compared with version " + first), text.out());

        try (TdbStore store = TdbStore.open(storeDir)) {
            assertEquals(first, store.info().version(), "validate --diff loads nothing");
            loader.load(store, sources);
            RunningServer server = RunningServer.serve(store, Settings.defaults(TestHome.home()));
            try {
                JsonNode preview = ApiClient.parse(json.out());
                JsonNode stored = ApiClient.json(server, "/api/changes");
                assertEquals(first, preview.get("previous").asText());
                assertTrue(preview.get("answers").size() > 0, "the recoding moves answers");
                for (String part : List.of("previous", "positions", "answers"))
                    assertEquals(stored.get(part), preview.get(part), part);
            } finally {
                server.stopServerOnly();
            }
        }
    }
}
