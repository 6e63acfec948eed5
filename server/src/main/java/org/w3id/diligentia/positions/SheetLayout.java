package org.w3id.diligentia.positions;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the positions sheet (data/README.md, "The positions sheet"): the document's, then
 * one group per question. Document columns hold what every reading of the document shares (holder,
 * date, sources) and the defaults of the reading columns; a question's own columns override them.
 */
final class SheetLayout {
    static final String DOCUMENT = "document", TITLE = "title", HOLDER = "holder", HOLDER_NAME = "holder_name",
            ADOPTED_IN = "adopted_in", ADOPTION_MODE = "adoption_mode", DATE = "date", SOURCE = "source";
    static final String EVIDENCE = "evidence", CONFIDENCE = "confidence", PINPOINT = "pinpoint", SUMMARY = "summary",
            READ_VIA = "read_via", NOTE = "note";
    /** The columns a question's group repeats, as defaults in the document columns and as its own. */
    static final List<String> READING_FIELDS = List.of(EVIDENCE, CONFIDENCE, PINPOINT, SUMMARY, READ_VIA, NOTE);
    static final List<String> STANCES = List.of("affirms", "rejects", "undecided", Reading.SILENT, Reading.UNREAD);

    private SheetLayout() {}

    /** Every column, in order, for the questions {@code questions}. */
    static List<String> columns(List<String> questions) {
        List<String> columns = new ArrayList<>(List.of(DOCUMENT, TITLE, HOLDER, HOLDER_NAME, ADOPTED_IN, ADOPTION_MODE, DATE, SOURCE));
        columns.addAll(READING_FIELDS);
        for (String q : questions) {
            columns.add(q);
            for (String f : READING_FIELDS)
                columns.add(column(q, f));
        }
        return columns;
    }

    /** A question's own column of {@code field}: "dd-binding.evidence". */
    static String column(String question, String field) {
        return question + "." + field;
    }

    /** One CSV record: fields quoted when they hold a comma, a quote or a line break; CRLF at the end. */
    static String record(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (i > 0)
                b.append(',');
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            else
                b.append(f);
        }
        return b.append("\r\n").toString();
    }
}
