package org.w3id.diligentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.support.TestHome;

/** The command line, run in-process: exit statuses and messages. */
class MainTest {

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String[] withSources(Path data, String... rest) {
        List<String> args = new ArrayList<>(List.of("validate", "--ontology", TestHome.ontology().toString(), "--data", data.toString()));
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    @Test
    void validateExitsZeroOnValidSources() {
        Run r = run(withSources(TestHome.fixture("minimal")));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Valid: 7 files"), r.out());
    }

    @Test
    void validateExitsNonZeroOnABrokenExtraFileAndNamesIt(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("new-position.ttl");
        Files.writeString(broken, "@prefix dil: <https://w3id.org/diligentia/ontology#> .\n<urn:x> a dil:State ;\n");
        Run r = run(withSources(TestHome.fixture("minimal"), broken.toString()));
        assertEquals(1, r.status());
        assertTrue(r.err().contains("extra/new-position.ttl:"), r.err());
    }

    @Test
    void eachCommandHasHelp() {
        for (String command : List.of("serve", "load", "validate")) {
            Run r = run(command, "--help");
            assertEquals(0, r.status(), command);
            assertTrue(r.out().startsWith("Usage: diligentia " + command), r.out());
        }
        assertEquals(0, run("--help").status());
    }

    @Test
    void aWrongCommandLineIsAUsageErrorThatSaysWhatIsWrong() {
        Run unknown = run("frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("Unknown command 'frobnicate'"), unknown.err());
        Run option = run("serve", "--prot", "80");
        assertEquals(2, option.status());
        assertTrue(option.err().contains("Unknown option '--prot'"), option.err());
        Run port = run("serve", "--port", "eighty");
        assertEquals(2, port.status());
        assertTrue(port.err().contains("'eighty'"), port.err());
    }

    @Test
    void aReloadReclaimsTheVersionItReplacesAndAFirstLoadHasNothingToReclaim(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        String[] load = {"load", "--ontology", TestHome.ontology().toString(), "--data", TestHome.fixture("minimal").toString(),
                "--store", store.toString()};
        Run first = run(load);
        assertEquals(0, first.status(), first.err());
        assertEquals(List.of("Data-0001"), generations(store), "a first load is not compacted");
        Run second = run(load);
        assertEquals(0, second.status(), second.err());
        assertEquals(List.of("Data-0002"), generations(store), "a reload compacts: the replaced version is gone");
        assertTrue(second.out().startsWith("Loaded "), second.out());
    }

    private static List<String> generations(Path store) throws IOException {
        try (var entries = Files.list(store)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }
}
