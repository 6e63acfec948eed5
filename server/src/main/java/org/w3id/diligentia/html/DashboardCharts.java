package org.w3id.diligentia.html;

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
    /** The stances of the map's legend, in order. */
    static final List<String> STANCES = List.of("affirms", "rejects", "undecided", "none");

    private DashboardCharts() {}

    static String timelineTitle(Dashboard d) {
        return "Timeline of " + d.scope().label() + " on \u201c" + d.question().label() + "\u201d";
    }

    static String mapTitle(Dashboard d) {
        return "Effective stance of every State on \u201c" + d.question().label() + "\u201d, " + d.choice().asOf();
    }

    /** The assessment of the chosen scope and question on the date of a change of the timeline. */
    static String pointHref(Dashboard d, TimelinePoint p) {
        return "/page/assessment/" + d.choice().scope() + "/" + d.choice().question() + "?asOf=" + p.date();
    }

    /** The figures of a timeline row, in column order: members, affirm, reject, undecided, no stance. */
    static List<String> figures(Counts n) {
        return List.of(n.members(), n.affirms(), n.rejects(), n.undecided(), n.noStance()).stream().map(String::valueOf).toList();
    }

    /** How many States have {@code stance} ("none" for no stance). */
    static String tally(Dashboard d, String stance) {
        return String.valueOf(d.states().stream().filter(s -> stance(s).equals(stance)).count());
    }

    /** A State's effective stance, "none" when it has none. */
    static String stance(Dashboard.StateStance s) {
        return s.stance() == null ? "none" : s.stance();
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
