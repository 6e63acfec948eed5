package org.w3id.diligentia.positions;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: fields separated by commas, quoted with double quotes when they hold a
 * comma, a quote or a line break, a quote doubled inside quotes; lines ending in CRLF or LF) into
 * records, each with the line it starts on, so that a problem can name its row.
 */
final class CsvRecords {
    private CsvRecords() {}

    /** A record: its fields, and the 1-based line of the file it starts on. */
    record Record(int line, List<String> fields) {}

    /** The records of {@code text}; a quote left open is a {@link SheetProblem} naming its line. */
    static List<Record> parse(String file, String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1, start = 1;
        boolean quoted = false, wasQuoted = false;
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n')
                        line++;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            } else if (c == '\n') {
                fields.add(field.toString());
                records.add(new Record(start, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                start = ++line;
            } else if (wasQuoted) {
                throw new SheetException(List.of(new SheetProblem(file, start, null,
                        "text after a closing quote (a quote inside a quoted field is written twice: \"\")")));
            } else {
                field.append(c);
            }
        }
        if (quoted)
            throw new SheetException(List.of(new SheetProblem(file, start, null, "a quoted field is never closed")));
        if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            records.add(new Record(start, List.copyOf(fields)));
        }
        return records;
    }
}
