package org.w3id.diligentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diligentia.support.TestHome;

/**
 * {@code diligentia positions export} and {@code import} on a copy of the shipped data: a round trip
 * changes no byte; a bad cell, or a sheet whose data does not validate as a source (a reading of a
 * document coded uncoded), is refused with the file, line and column named and nothing written.
 */
class PositionsCommandTest {
    private static final List<String> FILES = List.of("national-positions.ttl", "collective-positions.ttl");

    record Run(int status, String out, String err) {}

    private static Run run(Path data, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("positions"));
        all.addAll(List.of(args));
        all.addAll(List.of("--ontology", TestHome.ontology().toString(), "--data", data.toString()));
        int status = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String read(Path data, String file) throws IOException {
        return Files.readString(data.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void exportThenImportChangesNoFile(@TempDir Path dir) throws IOException {
        Path data = TestHome.copy(TestHome.data(), dir.resolve("data"));
        Path sheet = dir.resolve("positions.csv");
        Run export = run(data, "export", sheet.toString());
        assertEquals(0, export.status(), export.err());
        Run in = run(data, "import", sheet.toString());
        assertEquals(0, in.status(), in.err());
        for (String f : FILES)
            assertEquals(read(TestHome.data(), f), read(data, f), f);
    }

    @Test
    void aBadCellIsNamedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path data = TestHome.copy(TestHome.data(), dir.resolve("data"));
        Path sheet = dir.resolve("positions.csv");
        assertEquals(0, run(data, "export", sheet.toString()).status());
        String csv = read(dir, "positions.csv");
        int row = (int) csv.substring(0, csv.indexOf("\r\nAUT-2024-position-paper,")).lines().count() + 1;
        Files.writeString(sheet, csv.replace(",own-words-read,high,\"Section 'Due diligence'", ",own-words-read,sure,\"Section 'Due diligence'"));
        Run in = run(data, "import", sheet.toString());
        assertEquals(1, in.status(), in.out());
        assertTrue(in.err().contains(sheet + ":" + row + ": column 'confidence': 'sure' is not a known confidence"), in.err());
        assertTrue(in.err().contains("nothing was written"), in.err());
        for (String f : FILES)
            assertEquals(read(TestHome.data(), f), read(data, f), f);
    }

    @Test
    void aSheetWhoseDataDoesNotValidateIsRefusedLikeAnySource(@TempDir Path dir) throws IOException {
        Path data = TestHome.copy(TestHome.data(), dir.resolve("data"));
        Path sheet = dir.resolve("positions.csv");
        assertEquals(0, run(data, "export", sheet.toString()).status());
        // The Czech 2024 paper is coded uncoded: a reading of it breaks reading-of-uncoded-document-violation.
        String csv = read(dir, "positions.csv");
        int start = csv.indexOf("\r\nCZE-2024-position-paper,") + 2;
        int end = csv.indexOf("\r\n", start);
        String[] cells = csv.substring(start, end).split(",", -1);
        assertEquals("unread", cells[14], "dd-applies of the Czech paper: " + String.join(",", cells));
        cells[8] = "secondary";
        cells[9] = "low";
        cells[11] = "A test reading.";
        cells[14] = "affirms";
        Files.writeString(sheet, csv.substring(0, start) + String.join(",", cells) + csv.substring(end));
        Run in = run(data, "import", sheet.toString());
        assertEquals(1, in.status(), in.out());
        assertTrue(in.err().contains("reading-of-uncoded-document-violation"), in.err());
        assertTrue(in.err().contains("nothing was written"), in.err());
        for (String f : FILES)
            assertEquals(read(TestHome.data(), f), read(data, f), f);
    }

    @Test
    void anImportNeverDropsWhatIsNotAReadingFromTheFilesItRewrites(@TempDir Path dir) throws IOException {
        Path data = TestHome.copy(TestHome.data(), dir.resolve("data"));
        Path sheet = dir.resolve("positions.csv");
        assertEquals(0, run(data, "export", sheet.toString()).status());
        // An instrument written by hand into national-positions.ttl (where national documents used to be).
        String national = read(data, "national-positions.ttl");
        Files.writeString(data.resolve("national-positions.ttl"), national
                + "\ninstrument:XXX-2026-test a dil:Instrument ; dct:title \"A test\"@en .\n");
        Run in = run(data, "import", sheet.toString());
        assertEquals(1, in.status(), in.out());
        assertTrue(in.err().contains("holds https://w3id.org/diligentia/id/instrument/XXX-2026-test, which is not a reading"), in.err());
        assertTrue(read(data, "national-positions.ttl").contains("instrument:XXX-2026-test"), "the file is left as it was");
    }

    @Test
    void positionsHasHelpAndAWrongCommandLineIsAUsageError() {
        Run help = run(TestHome.data(), "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Usage: diligentia positions export FILE"), help.out());
        Run wrong = run(TestHome.data(), "frobnicate", "x.csv");
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().contains("positions export FILE"), wrong.err());
    }
}
