package org.w3id.diligentia.changes;

import java.time.LocalDate;
import java.util.Map;

import org.w3id.diligentia.consensus.Counts;

/** A change report as plain text, for a curator at the command line ({@code ./diligentia validate --diff}). */
public final class ChangeText {
    private static final Map<String, String> PREFIXES = Map.of(
            "https://w3id.org/diligentia/ontology#", "dil:", "http://purl.org/dc/terms/", "dct:",
            "http://www.w3.org/2000/01/rdf-schema#", "rdfs:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:",
            "http://www.w3.org/2004/02/skos/core#", "skos:");

    private ChangeText() {}

    public static String render(ChangeReport r) {
        StringBuilder out = new StringBuilder();
        if (r.previous() == null)
            out.append("No previous version to compare with (the store is empty): a load would be a first load.\n");
        else
            out.append("Compared with version ").append(r.previous()).append(": ").append(r.positions().size())
                    .append(" readings added, removed or recoded; ").append(r.answers().size()).append(" consensus answer changes.\n");
        if (!r.positions().isEmpty())
            out.append("\nReadings:\n");
        for (ChangeReport.PositionChange p : r.positions())
            out.append("  ").append(p.change()).append(' ').append(p.position()).append(p.label().isEmpty() ? "" : " (" + p.label() + ")")
                    .append("\n      fields: ").append(String.join(", ", p.fields().stream().map(ChangeText::field).toList())).append('\n');
        if (!r.answers().isEmpty())
            out.append("\nConsensus answers (scope, question, floor, days [from, until)):\n");
        for (ChangeReport.AnswerChange a : r.answers())
            out.append("  ").append(a.scope()).append(' ').append(a.question()).append(' ').append(a.floor()).append(" [")
                    .append(day(a.from(), "always")).append(", ").append(day(a.until(), "open")).append("): ")
                    .append(answer(a.before())).append(" -> ").append(answer(a.after())).append('\n');
        return out.toString();
    }

    /** A property as a prefixed name ({@code dil:stance}) where a prefix is known. */
    public static String field(String iri) {
        for (Map.Entry<String, String> p : PREFIXES.entrySet())
            if (iri.startsWith(p.getKey()))
                return p.getValue() + iri.substring(p.getKey().length());
        return iri;
    }

    private static String day(LocalDate d, String none) {
        return d == null ? none : d.toString();
    }

    private static String answer(ChangeReport.Answer a) {
        if (a == null)
            return "none";
        Counts c = a.counts();
        return a.level() + " (members " + c.members() + ", affirms " + c.affirms() + ", rejects " + c.rejects() + ", undecided "
                + c.undecided() + ", silent " + c.silent() + ", unread " + c.unread() + ", no document " + c.noDocument() + ")";
    }
}
