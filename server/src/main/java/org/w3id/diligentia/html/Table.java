package org.w3id.diligentia.html;

import java.util.Arrays;
import java.util.List;

/** The column headers of a table ({@code table.jte} writes every table of every page). */
final class Table {
    private Table() {}

    /**
     * A column header: its label; {@code title} (or null) explains an abbreviated label; {@code cssClass}
     * (or null) marks the column.
     */
    record Column(String label, String title, String cssClass) {}

    /** Plain column headers. */
    static List<Column> columns(String... labels) {
        return Arrays.stream(labels).map(l -> new Column(l, null, null)).toList();
    }
}
