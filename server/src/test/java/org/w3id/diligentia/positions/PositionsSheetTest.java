package org.w3id.diligentia.positions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.diligentia.support.TestHome;
import org.w3id.diligentia.vocab.DIL;

/**
 * The positions sheet over the shipped data: export then import gives graphs isomorphic to the
 * shipped positions and silent readings (and the very same bytes: the shipped files are the import's
 * output); a recoded cell becomes a reading; a bad value is named by file, line and column.
 */
class PositionsSheetTest {
    private static String sheet;

    @BeforeAll
    static void export() {
        sheet = PositionsSheet.export(TestHome.ontology(), TestHome.data());
    }

    private static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m;
    }

    private static Model shipped(String file) throws IOException {
        return parse(Files.readString(TestHome.data().resolve(file), StandardCharsets.UTF_8));
    }

    private static Map<String, String> importSheet(String csv) {
        return PositionsSheet.turtle(TestHome.ontology(), TestHome.data(), "sheet.csv", csv);
    }

    private static long count(Model m, Resource type) {
        return m.listSubjectsWithProperty(RDF.type, type).toList().size();
    }

    @Test
    void exportThenImportOfTheShippedDataGivesIsomorphicGraphsOfThePositionsAndSilentReadings() throws IOException {
        Map<String, String> files = importSheet(sheet);
        assertEquals(List.of(PositionsSheet.NATIONAL, PositionsSheet.COLLECTIVE), List.copyOf(files.keySet()));
        Model readings = ModelFactory.createDefaultModel();
        for (String file : files.keySet()) {
            Model imported = parse(files.get(file)), original = shipped(file);
            assertTrue(original.isIsomorphicWith(imported), file + ": the import differs from the shipped file");
            assertEquals(files.get(file), Files.readString(TestHome.data().resolve(file), StandardCharsets.UTF_8),
                    file + " is the import's output, byte for byte");
            readings.add(imported);
        }
        // Not an empty round trip: every position and silent reading of data/README.md's counts.
        assertEquals(78, count(readings, DIL.Position));
        assertEquals(2, count(readings, DIL.SilentReading));
        assertEquals(sheet, PositionsSheet.export(TestHome.ontology(), TestHome.data()), "the export is stable");
    }

    @Test
    void theSheetHasOneRowPerDocumentAndSaysUnreadWhereNothingWasRead() {
        List<CsvRecords.Record> records = CsvRecords.parse("sheet.csv", sheet);
        List<String> header = records.get(0).fields();
        assertEquals(1 + 111, records.size(), "the header and the 111 instruments");
        CsvRecords.Record israel = row(records, "ISR-2020-schondorf-speech");
        assertEquals("silent", cell(header, israel, "dd-harm-threshold"));
        assertEquals("rejects", cell(header, israel, "dd-binding"));
        assertTrue(cell(header, israel, "dd-harm-threshold.summary").startsWith("Read and silent"), "its own summary");
        CsvRecords.Record austria = row(records, "AUT-2024-position-paper");
        assertEquals("unread", cell(header, austria, "dd-prevention"));
        assertEquals("state/AUT", cell(header, austria, "holder"));
        assertTrue(cell(header, austria, "read_via").startsWith("https://cyberlaw.ccdcoe.org/"), "shared by its readings");
    }

    @Test
    void aCellCodedInTheSheetBecomesAReadingWithTheDocumentsDefaults() {
        List<CsvRecords.Record> records = CsvRecords.parse("sheet.csv", sheet);
        List<String> header = records.get(0).fields();
        String csv = rewrite(records, "AUT-2024-position-paper", header, Map.of("dd-prevention", "affirms"));
        Model national = parse(importSheet(csv).get(PositionsSheet.NATIONAL));
        Resource p = national.createResource("https://w3id.org/diligentia/id/position/AUT-2024-position-paper-dd-prevention");
        assertTrue(national.contains(p, DIL.stance, national.createResource("https://w3id.org/diligentia/id/stance/affirms")));
        assertTrue(national.contains(p, DIL.evidence, national.createResource("https://w3id.org/diligentia/id/evidence/own-words-read")));
        assertTrue(national.contains(p, DIL.readVia), "the document's read-via");
    }

    @Test
    void badValuesAreNamedByFileLineAndColumnAndNothingIsGiven() {
        List<CsvRecords.Record> records = CsvRecords.parse("sheet.csv", sheet);
        List<String> header = records.get(0).fields();
        String csv = rewrite(records, "AUT-2024-position-paper", header, Map.of("dd-binding", "affirm", "dd-prevention.confidence", "high",
                "confidence", "certain"));
        SheetException e = assertThrows(SheetException.class, () -> importSheet(csv));
        int line = lineOf(records, "AUT-2024-position-paper");
        List<String> described = e.problems().stream().map(SheetProblem::describe).toList();
        assertTrue(described.contains("sheet.csv:" + line + ": column 'dd-binding': 'affirm' is not one of affirms, rejects, undecided, silent, unread"),
                described.toString());
        assertTrue(described.contains("sheet.csv:" + line + ": column 'dd-prevention.confidence': the question is unread: leave its own columns blank"),
                described.toString());
        assertTrue(described.stream().anyMatch(d -> d.startsWith("sheet.csv:" + line + ": column 'confidence': 'certain' is not a known confidence")),
                described.toString());
        SheetException unknown = assertThrows(SheetException.class,
                () -> importSheet(sheet.replace("\r\nAUT-2024-position-paper,", "\r\nAUT-2099-no-such-paper,")));
        assertTrue(unknown.problems().get(0).describe().startsWith("sheet.csv:" + line + ": column 'document': 'AUT-2099-no-such-paper' is not a document"),
                unknown.problems().toString());
        SheetException header2 = assertThrows(SheetException.class, () -> importSheet(sheet.replaceFirst("dd-binding.evidence", "dd-binding.evidences")));
        assertTrue(header2.problems().get(0).describe().contains("missing: dd-binding.evidence; unknown: dd-binding.evidences"),
                header2.problems().toString());
    }

    private static CsvRecords.Record row(List<CsvRecords.Record> records, String document) {
        return records.stream().filter(r -> r.fields().get(0).equals(document)).findFirst().orElseThrow();
    }

    private static int lineOf(List<CsvRecords.Record> records, String document) {
        return row(records, document).line();
    }

    private static String cell(List<String> header, CsvRecords.Record r, String column) {
        return r.fields().get(header.indexOf(column));
    }

    /** The sheet with some cells of one document's row replaced. */
    private static String rewrite(List<CsvRecords.Record> records, String document, List<String> header, Map<String, String> cells) {
        StringBuilder csv = new StringBuilder();
        for (CsvRecords.Record r : records) {
            List<String> fields = new ArrayList<>(r.fields());
            if (fields.get(0).equals(document))
                cells.forEach((column, value) -> fields.set(header.indexOf(column), value));
            csv.append(SheetLayout.record(fields));
        }
        return csv.toString();
    }
}
