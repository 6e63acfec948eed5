package org.w3id.diligentia.html;

import java.util.List;

import org.w3id.diligentia.custom.CustomIndicators;
import org.w3id.diligentia.custom.CustomIndicators.Population;
import org.w3id.diligentia.custom.Share;
import org.w3id.diligentia.vocab.Ids;

/**
 * {@code /page/custom?question=&asOf=&minConfidence=} ({@code custom.jte}): the custom indicators of
 * a question in words and tables: the verdict, generality among the UN members, representativeness by
 * UN regional group, consistency and objection, each with its rule; the same figures as
 * {@code /api/custom}, which the page links to (JSON and CSV), and the materialized resource.
 */
public final class CustomPage {
    private CustomPage() {}

    /** A question to choose: its id and label. */
    public record Option(String id, String label) {}

    /** What {@code custom.jte} shows. */
    record View(Layout.Page page, CustomIndicators c, List<Option> questions, String apiQuery) {
        List<Population> populations() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(c.generality().unMembers()),
                    c.representativeness().groups().stream()).toList();
        }
    }

    /** The page for {@code c}, with the questions to choose from. */
    public static String render(CustomIndicators c, List<Option> questions) {
        String query = "question=" + c.question() + "&asOf=" + c.asOf() + "&minConfidence=" + c.minConfidence();
        return Templates.render("custom.jte", new View(new Layout.Page("Custom international law indicators", null,
                List.of(new Layout.Alternate("/api/custom?" + query, "application/json", "JSON"),
                        new Layout.Alternate("/api/custom?" + query + "&format=csv", "text/csv", "CSV")),
                List.of(), List.of()), c, questions, query));
    }

    /** "61/193 (0.3161)", or the fraction alone over a whole of zero. */
    static String share(Share s) {
        return s.value() == null ? s.fraction() + " (undefined)" : s.fraction() + " (" + s.value().toPlainString() + ")";
    }

    /** The words of a test: met, not met, or not told. */
    static String met(Boolean met) {
        return met == null ? "not told (too little known)" : met ? "met" : "not met";
    }

    static List<Table.Column> populationColumns() {
        return Table.columns("Population", "Members", "Affirm", "Reject", "Undecided", "Known silent", "Unknown", "Coverage",
                "Affirming of known stances", "Affirmation the majority");
    }

    static List<Table.Column> objectorColumns() {
        return Table.columns("State", "Rejecting since", "Position", "Via", "Persistent-objector candidate");
    }

    static List<Table.Column> changedColumns() {
        return Table.columns("State", "Stances held (from)", "Between affirming and rejecting");
    }

    static String held(CustomIndicators.Changed c) {
        return String.join(" \u2192 ", c.stances().stream().map(h -> h.stance() + " (" + h.from() + ")").toList());
    }

    /** The page on this server of one of our resources (an IRI under id/), else the IRI itself. */
    static String local(String iri) {
        return iri != null && iri.startsWith(Ids.ID) ? "/page/" + iri.substring(Ids.ID.length()) : iri;
    }

    static String statePage(String iso3) {
        return "/page/state/" + iso3;
    }
}
