package org.w3id.diligentia.html;

import java.util.ArrayList;
import java.util.List;

import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.dashboard.Dashboard;
import org.w3id.diligentia.vocab.Ids;

/**
 * The timeline and the map of the home page ({@code dashboardTimeline.jte}, {@code dashboardMap.jte}).
 * Each is a figure the script draws into, followed by the data table it is drawn from: the table is
 * the chart's text alternative and its only source, so the two cannot disagree. Rows carry their
 * values as {@code data-} attributes.
 */
final class DashboardCharts {
    /** The classes of the map's legend, in order: the three stances, read and silent, only unread documents, no document. */
    static final List<String> CLASSES = CoverageText.CLASSES;

    private DashboardCharts() {}

    static String timelineTitle(Dashboard d) {
        return "Timeline of " + d.scope().label() + " on \u201c" + d.question().label() + "\u201d";
    }

    static String mapTitle(Dashboard d) {
        return "Effective stance of every State on \u201c" + d.question().label() + "\u201d, and what is known where there is none, "
                + d.choice().asOf();
    }

    /** The assessment of the chosen scope and question on the date of a change of the timeline. */
    static String pointHref(Dashboard d, TimelinePoint p) {
        return "/page/assessment/" + d.choice().scope() + "/" + d.choice().question() + "?asOf=" + p.date();
    }

    /** The columns of the timeline's table: the figures, then what is known. */
    static List<Table.Column> timelineColumns() {
        return Table.columns("From", "Level", "Members", "Affirm", "Reject", "Undecided", "Read and silent",
                "Only unread documents", "No document", "Known (coverage)");
    }

    /** The figures of a timeline row, in column order: members, then the six classes. */
    static List<String> figures(Counts n) {
        List<Integer> all = new ArrayList<>(List.of(n.members()));
        all.addAll(CoverageText.classCounts(n));
        return all.stream().map(String::valueOf).toList();
    }

    /** How many States are in a class of the map. */
    static String tally(Dashboard d, String mapClass) {
        return String.valueOf(d.states().stream().filter(s -> mapClass(s).equals(mapClass)).count());
    }

    /** A State's class on the map: its effective stance, else what is known of it (silent, unread, no-document). */
    static String mapClass(Dashboard.StateStance s) {
        return CoverageText.mapClass(s.stance(), s.coverage());
    }

    /** A State's effective stance in words, "No stance" when it has none. */
    static String stanceText(Dashboard.StateStance s) {
        return stanceLabel(s.stance() == null ? "none" : s.stance());
    }

    /** Through what a State's stance holds: "AU (collective)" or "own position". */
    static String through(Dashboard.StateStance s) {
        return "collective".equals(s.via().kind()) && s.via().organization() != null
                ? s.via().organization() + " (collective)" : "own position";
    }

    /** The page on this server of a resource with a Diligentia identifier; other IRIs as they are. */
    static String localPage(String iri) {
        return iri != null && iri.startsWith(Ids.ID) ? "/page/" + iri.substring(Ids.ID.length()) : iri;
    }

    static String stanceLabel(String stance) {
        return switch (stance) {
            case "affirms" -> "Affirms";
            case "rejects" -> "Rejects";
            case "undecided" -> "Undecided";
            default -> "No stance";
        };
    }
}
