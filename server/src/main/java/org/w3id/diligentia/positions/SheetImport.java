package org.w3id.diligentia.positions;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a positions sheet into readings, checking every cell against the knowledge base: the header
 * is exactly the layout's columns; each document is a known dil:Instrument, once; its title (context
 * only) is blank or its own; each question cell says a stance, {@code silent} or {@code unread}; a read
 * question has a holder, a holder name, a date, sources, evidence, confidence and a summary (a silent one
 * a pinpoint too), all codes from the vocabularies and every link an absolute http(s) IRI; an unread
 * question's own columns are blank. Every problem is collected, each naming the file, the row's line
 * and the column; any problem refuses the whole sheet.
 */
final class SheetImport {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern HOLDER = Pattern.compile("(state|org)/[A-Za-z0-9_.-]{1,100}");

    private final KnowledgeBase kb;
    private final String file;
    private final List<SheetProblem> problems = new ArrayList<>();

    private SheetImport(KnowledgeBase kb, String file) {
        this.kb = kb;
        this.file = file;
    }

    /** The readings of the sheet {@code text} (named {@code file} in problems); a {@link SheetException} lists every problem. */
    static List<Reading> read(KnowledgeBase kb, String file, String text) {
        SheetImport in = new SheetImport(kb, file);
        List<Reading> readings = in.readAll(CsvRecords.parse(file, text));
        if (!in.problems.isEmpty())
            throw new SheetException(in.problems);
        return readings;
    }

    private List<Reading> readAll(List<CsvRecords.Record> records) {
        List<String> expected = SheetLayout.columns(kb.questions());
        if (records.isEmpty()) {
            problem(1, null, "the sheet is empty; its first row names the columns: " + String.join(",", expected));
            return List.of();
        }
        List<String> header = records.get(0).fields();
        if (!header.equals(expected)) {
            Set<String> missing = new HashSet<>(expected);
            header.forEach(missing::remove);
            List<String> unknown = header.stream().filter(c -> !expected.contains(c)).toList();
            problem(1, null, "the header is not the sheet's columns" + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", sorted(missing)))
                    + (unknown.isEmpty() ? "" : "; unknown: " + String.join(", ", unknown)) + (missing.isEmpty() && unknown.isEmpty()
                    ? "; they are out of order (export a sheet to see them)" : ""));
            return List.of();
        }
        List<Reading> readings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvRecords.Record r : records.subList(1, records.size())) {
            if (r.fields().size() == 1 && r.fields().get(0).isBlank())
                continue;   // an empty line
            if (r.fields().size() != header.size()) {
                problem(r.line(), null, "the row has " + r.fields().size() + " fields; the header has " + header.size());
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.size(); i++)
                cells.put(header.get(i), r.fields().get(i).strip());
            readings.addAll(row(r.line(), cells, seen));
        }
        return readings;
    }

    private List<Reading> row(int line, Map<String, String> c, Map<String, Integer> seen) {
        String document = c.get(SheetLayout.DOCUMENT);
        if (document.isEmpty() || !kb.isDocument(document)) {
            problem(line, SheetLayout.DOCUMENT, document.isEmpty() ? "a row needs its document's key"
                    : "'" + document + "' is not a document of the knowledge base (data/instruments.ttl, data/national-documents.ttl)");
            return List.of();
        }
        Integer before = seen.putIfAbsent(document, line);
        if (before != null) {
            problem(line, SheetLayout.DOCUMENT, "'" + document + "' already has the row of line " + before + "; one row per document");
            return List.of();
        }
        String title = c.get(SheetLayout.TITLE);
        if (!title.isEmpty() && !title.equals(kb.title(document).orElse("")))
            problem(line, SheetLayout.TITLE, "'" + title + "' is not the document's title; the title is context, edit it in data/ (or leave it blank)");
        List<String> read = new ArrayList<>();
        for (String q : kb.questions()) {
            String stance = c.get(q);
            if (!SheetLayout.STANCES.contains(stance))
                problem(line, q, stance.isEmpty() ? "say what was read: " + String.join(", ", SheetLayout.STANCES) + " (unread when the passage was not read)"
                        : "'" + stance + "' is not one of " + String.join(", ", SheetLayout.STANCES));
            else if (stance.equals(Reading.UNREAD))
                SheetLayout.READING_FIELDS.stream().filter(f -> !c.get(SheetLayout.column(q, f)).isEmpty()).forEach(f ->
                        problem(line, SheetLayout.column(q, f), "the question is unread: leave its own columns blank"));
            else
                read.add(q);
        }
        if (read.isEmpty())
            return List.of();
        String holder = required(line, c, SheetLayout.HOLDER);
        if (holder != null && (!HOLDER.matcher(holder).matches() || !kb.isActor(holder)))
            problem(line, SheetLayout.HOLDER, "'" + holder + "' is not a State (state/ISO3) or an organization (org/ID) of the knowledge base");
        String name = required(line, c, SheetLayout.HOLDER_NAME);
        String adoptedIn = code(line, c, SheetLayout.ADOPTED_IN, "org");
        String mode = code(line, c, SheetLayout.ADOPTION_MODE, "adoption-mode");
        String date = required(line, c, SheetLayout.DATE);
        if (date != null && !date.equals(Reading.UNKNOWN_DATE) && !DATE.matcher(date).matches())
            problem(line, SheetLayout.DATE, "'" + date + "' is not a date at its precision (YYYY, YYYY-MM or YYYY-MM-DD) or " + Reading.UNKNOWN_DATE);
        List<String> sources = links(line, SheetLayout.SOURCE, required(line, c, SheetLayout.SOURCE));
        List<Reading> readings = new ArrayList<>();
        for (String q : read) {
            String evidence = code(line, c, field(c, q, SheetLayout.EVIDENCE), "evidence", true);
            String confidence = code(line, c, field(c, q, SheetLayout.CONFIDENCE), "confidence", true);
            String pinpointColumn = field(c, q, SheetLayout.PINPOINT);
            String pinpoint = c.get(pinpointColumn);
            if (c.get(q).equals(Reading.SILENT) && pinpoint.isEmpty())
                problem(line, pinpointColumn, "a silent reading says where the passage read is (its pinpoint)");
            String summary = required(line, c, field(c, q, SheetLayout.SUMMARY));
            String viaColumn = field(c, q, SheetLayout.READ_VIA);
            List<String> readVia = links(line, viaColumn, c.get(viaColumn));
            String notes = c.get(field(c, q, SheetLayout.NOTE));
            readings.add(new Reading(document, q, c.get(q), holder, name, adoptedIn, mode, date, sources, readVia, evidence, confidence,
                    pinpoint.isEmpty() ? null : pinpoint, summary,
                    notes.isEmpty() ? List.of() : Arrays.stream(notes.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).sorted().toList()));
        }
        return readings;
    }

    /** The column that holds {@code field} for question {@code q}: its own when filled, else the document's. */
    private static String field(Map<String, String> c, String q, String field) {
        String own = SheetLayout.column(q, field);
        return c.get(own).isEmpty() ? field : own;
    }

    private String required(int line, Map<String, String> c, String column) {
        String v = c.get(column);
        if (v.isEmpty()) {
            problem(line, column, "required for a question that was read");
            return null;
        }
        return v;
    }

    private String code(int line, Map<String, String> c, String column, String kind) {
        return code(line, c, column, kind, false);
    }

    /** A code of the vocabularies ({@code id/{kind}/{value}}), or null when left blank and not required. */
    private String code(int line, Map<String, String> c, String column, String kind, boolean required) {
        String v = required ? required(line, c, column) : c.get(column);
        if (v == null || v.isEmpty())
            return null;
        if (!kb.isCode(kind, v))
            problem(line, column, "'" + v + "' is not a known " + kind + " (id/" + kind + "/...)");
        return v;
    }

    /** Links separated by spaces, each an absolute http(s) IRI. */
    private List<String> links(int line, String column, String text) {
        if (text == null || text.isEmpty())
            return List.of();
        List<String> links = new ArrayList<>();
        for (String link : text.split("\\s+")) {
            try {
                URI uri = new URI(link);
                if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")))
                    throw new URISyntaxException(link, "not an absolute http(s) IRI");
                links.add(link);
            } catch (URISyntaxException e) {
                problem(line, column, "'" + link + "' is not an absolute http(s) IRI (separate several with spaces)");
            }
        }
        return links.stream().sorted().distinct().toList();
    }

    private void problem(int line, String column, String message) {
        problems.add(new SheetProblem(file, line, column, message));
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }
}
