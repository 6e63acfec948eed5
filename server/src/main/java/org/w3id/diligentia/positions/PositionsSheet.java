package org.w3id.diligentia.positions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions sheet (data/README.md, "The positions sheet"): the readings of the knowledge base as
 * one CSV row per document, and back. {@link #export} reads the ontology and data folders; {@link #turtle}
 * turns a sheet into the two files it owns under data/, {@value #NATIONAL} (readings held by States)
 * and {@value #COLLECTIVE} (readings held by organizations and other bodies), or refuses it with every
 * problem. Neither writes anything: the caller validates the result as a source and writes it.
 */
public final class PositionsSheet {
    public static final String NATIONAL = "national-positions.ttl";
    public static final String COLLECTIVE = "collective-positions.ttl";

    private static final List<String> NATIONAL_HEADER = List.of(
            "What was read in national documents (their instruments are in national-documents.ttl): the",
            "positions States take in them and the silent readings (read, and silent on the question). An",
            "unread question has nothing here: unread is not silent.",
            "Written by `./diligentia positions import` from the positions sheet (data/README.md, \"The",
            "positions sheet\"), in a fixed order: export the sheet, code in it, import it; or edit here, then",
            "run ./diligentia validate. An import rewrites this file.");
    private static final List<String> COLLECTIVE_HEADER = List.of(
            "What was read in the instruments of organizations, UN bodies and experts (instruments.ttl). A",
            "reading adopted by consensus in an organ that seats all members is held by the organization",
            "(dil:adoptedIn the organ) and speaks for its members; every other is held by the body that adopted",
            "it and counts in no scope.",
            "Written by `./diligentia positions import` from the positions sheet (data/README.md, \"The",
            "positions sheet\"), in a fixed order: export the sheet, code in it, import it; or edit here, then",
            "run ./diligentia validate. An import rewrites this file.");

    private PositionsSheet() {}

    /** The sheet of the knowledge base in {@code ontologyDir} and {@code dataDir}, as CSV text. */
    public static String export(Path ontologyDir, Path dataDir) {
        return SheetExport.export(KnowledgeBase.read(ontologyDir, dataDir));
    }

    /**
     * The files under data/ the sheet {@code csv} (named {@code file} in problems) gives, by file name, checked
     * against the knowledge base in the two folders; a {@link SheetException} names every bad value.
     */
    public static Map<String, String> turtle(Path ontologyDir, Path dataDir, String file, String csv) {
        KnowledgeBase kb = KnowledgeBase.read(ontologyDir, dataDir);
        List<Reading> readings = new ArrayList<>(SheetImport.read(kb, file, csv));
        List<SheetProblem> kept = new ArrayList<>();
        for (String owned : List.of(NATIONAL, COLLECTIVE))
            for (String subject : KnowledgeBase.nonReadings(dataDir.resolve(owned)))
                kept.add(new SheetProblem(dataDir.resolve(owned).toString(), 0, null, "holds " + subject
                        + ", which is not a reading: the import rewrites this file and would drop it; move it to another file of data/ first"));
        if (!kept.isEmpty())
            throw new SheetException(kept);
        readings.sort(java.util.Comparator.comparing(Reading::document).thenComparingInt(r -> kb.questions().indexOf(r.question())));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(NATIONAL, ReadingsTurtle.write(NATIONAL_HEADER, readings.stream().filter(r -> kb.isState(r.holder())).toList()));
        files.put(COLLECTIVE, ReadingsTurtle.write(COLLECTIVE_HEADER, readings.stream().filter(r -> !kb.isState(r.holder())).toList()));
        return files;
    }
}
