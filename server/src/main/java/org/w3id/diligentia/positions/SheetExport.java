package org.w3id.diligentia.positions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The positions sheet of a knowledge base: one row per document (every dil:Instrument, by key), its
 * readings spread over the question groups; a question with no reading says {@code unread}. A value
 * every reading of the document shares goes in the document's column, else in each question's own.
 * A document no one has read is prefilled with its adopter, date and sources, for the curator who
 * codes it.
 */
final class SheetExport {
    private SheetExport() {}

    static String export(KnowledgeBase kb) {
        List<String> questions = kb.questions();
        Map<String, List<Reading>> byDocument = new LinkedHashMap<>();
        for (Reading r : ReadingsGraph.readings(kb))
            byDocument.computeIfAbsent(r.document(), d -> new ArrayList<>()).add(r);
        StringBuilder csv = new StringBuilder(SheetLayout.record(SheetLayout.columns(questions)));
        for (String document : kb.documents())
            csv.append(SheetLayout.record(row(kb, document, byDocument.getOrDefault(document, List.of()), questions)));
        return csv.toString();
    }

    private static List<String> row(KnowledgeBase kb, String document, List<Reading> readings, List<String> questions) {
        Reading first = readings.isEmpty() ? kb.unread(document) : readings.get(0);
        List<String> row = new ArrayList<>(List.of(document, kb.title(document).orElse("")));
        row.add(shared(document, readings, first, Reading::holder, "holder"));
        row.add(shared(document, readings, first, Reading::holderName, "holder name"));
        row.add(shared(document, readings, first, Reading::adoptedIn, "organ"));
        row.add(shared(document, readings, first, Reading::adoptionMode, "adoption mode"));
        row.add(shared(document, readings, first, Reading::date, "date"));
        row.add(shared(document, readings, first, r -> String.join(" ", r.sources()), "sources"));
        Map<String, Boolean> common = new LinkedHashMap<>();
        for (String field : SheetLayout.READING_FIELDS) {
            boolean same = !readings.isEmpty() && readings.stream().allMatch(r -> Objects.equals(field(r, field), field(first, field)));
            common.put(field, same);
            row.add(same ? field(first, field) : "");
        }
        for (String q : questions) {
            Reading r = readings.stream().filter(x -> x.question().equals(q)).findFirst().orElse(null);
            row.add(r == null ? Reading.UNREAD : r.stance());
            for (String field : SheetLayout.READING_FIELDS)
                row.add(r == null || common.get(field) ? "" : field(r, field));
        }
        return row;
    }

    /** A value every reading of the document has alike; readings that differ cannot be one row. */
    private static String shared(String document, List<Reading> readings, Reading first, Function<Reading, String> value, String what) {
        for (Reading r : readings)
            if (!Objects.equals(value.apply(r), value.apply(first)))
                throw new IllegalStateException("The readings of " + document + " differ in their " + what + " ('" + value.apply(first)
                        + "', '" + value.apply(r) + "'): one row of the sheet cannot hold them");
        String v = value.apply(first);
        return v == null ? "" : v;
    }

    /** A reading's value of a reading field, as the sheet writes it ("" when absent). */
    static String field(Reading r, String field) {
        String v = switch (field) {
            case SheetLayout.EVIDENCE -> r.evidence();
            case SheetLayout.CONFIDENCE -> r.confidence();
            case SheetLayout.PINPOINT -> r.pinpoint();
            case SheetLayout.SUMMARY -> r.summary();
            case SheetLayout.READ_VIA -> String.join(" ", r.readVia());
            case SheetLayout.NOTE -> String.join("\n", r.notes());
            default -> throw new IllegalArgumentException(field);
        };
        return v == null ? "" : v;
    }
}
