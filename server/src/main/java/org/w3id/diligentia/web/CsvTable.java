package org.w3id.diligentia.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table for CSV output (RFC 4180): a header row and data rows, each value written as text and
 * quoted when it holds a comma, a quote or a line break. Nulls are empty cells.
 */
public final class CsvTable {
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public CsvTable(String... columns) {
        this.columns = List.of(columns);
    }

    public CsvTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public CsvTable row(Object... values) {
        if (values.length != columns.size())
            throw new IllegalArgumentException("Expected " + columns.size() + " values, got " + values.length);
        rows.add(Arrays.asList(values));
        return this;
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        line(sb, new ArrayList<>(columns));
        for (List<Object> row : rows)
            line(sb, row);
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0)
                sb.append(',');
            Object v = values.get(i);
            String text = v == null ? "" : v.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)
                sb.append('"').append(text.replace("\"", "\"\"")).append('"');
            else
                sb.append(text);
        }
        sb.append("\r\n");
    }
}
