package org.w3id.diligentia.html;

import java.util.Map;
import java.util.TreeMap;

import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.consensus.TimelinePoint;
import org.w3id.diligentia.dashboard.Dashboard;
import org.w3id.diligentia.vocab.Ids;

/**
 * The timeline and the map of the home page. Each is a figure the script draws into, followed by
 * the data table it is drawn from: the table is the chart's text alternative and its only source,
 * so the two cannot disagree. Rows carry their values as {@code data-} attributes.
 */
final class DashboardCharts {
    private static final String[] STANCES = {"affirms", "rejects", "undecided", "none"};

    private DashboardCharts() {}

    static void timeline(Html h, Dashboard d) {
        String title = "Timeline of " + d.scope().label() + " on \u201c" + d.question().label() + "\u201d";
        h.open("section", "id", "timeline", "aria-labelledby", "timeline-heading");
        h.element("h2", title, "id", "timeline-heading");
        h.element("p", "The consensus level over time: it changes when a position takes effect or membership changes. "
                + "The dashed line marks " + d.choice().asOf() + ".", "class", "muted");
        h.open("figure", "class", "chart");
        h.open("div", "id", "timeline-chart", "class", "chart-area", "data-scope", d.choice().scope(),
                "data-question", d.choice().question(), "data-as-of", d.choice().asOf().toString());
        h.element("p", "The chart needs JavaScript; the table below holds the same data.", "class", "muted no-chart");
        h.close("div");
        h.element("figcaption", title + ": a step chart of the level, from the table below.");
        h.close("figure");
        h.open("details", "class", "data");
        h.element("summary", "The timeline as a table (" + d.timeline().size() + " changes)");
        h.open("div", "class", "table-scroll");
        h.open("table", "id", "timeline-table");
        h.element("caption", title);
        h.open("thead").open("tr");
        for (String c : new String[] {"From", "Level", "Members", "Affirm", "Reject", "Undecided", "No stance"})
            h.element("th", c, "scope", "col");
        h.close("tr").close("thead");
        h.open("tbody");
        for (TimelinePoint p : d.timeline()) {
            Counts n = p.counts();
            h.open("tr", "data-date", p.date().toString(), "data-level", p.level(), "data-members", String.valueOf(n.members()),
                    "data-affirms", String.valueOf(n.affirms()), "data-rejects", String.valueOf(n.rejects()));
            h.element("td", p.date().toString());
            h.open("td");
            h.link(DashboardPage.assessmentHref(d.choice().scope(), d.choice().question(), d).replaceAll("\\?.*", "")
                    + "?asOf=" + p.date(), DashboardPage.levelLabel(d, p.level()));
            h.close("td");
            for (int v : new int[] {n.members(), n.affirms(), n.rejects(), n.undecided(), n.noStance()})
                h.element("td", String.valueOf(v), "class", "num");
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("div");
        h.close("details");
        levelsForScript(h, d);
        h.close("section");
    }

    /** The levels in rule order, for the chart's axis (labels from the ontology). */
    private static void levelsForScript(Html h, Dashboard d) {
        h.open("ol", "id", "timeline-levels", "hidden", "");
        for (Dashboard.Level l : d.levels())
            h.element("li", l.label(), "data-level", l.id(), "data-rank", String.valueOf(l.rank()));
        h.close("ol");
    }

    static void map(Html h, Dashboard d) {
        Map<String, Integer> tally = new TreeMap<>();
        for (Dashboard.StateStance s : d.states())
            tally.merge(s.stance() == null ? "none" : s.stance(), 1, Integer::sum);
        String title = "Effective stance of every State on \u201c" + d.question().label() + "\u201d, " + d.choice().asOf();
        h.open("section", "id", "map", "aria-labelledby", "map-heading");
        h.element("h2", title, "id", "map-heading");
        h.open("p", "class", "muted");
        h.text("A State's effective stance is its own latest position or that of an organization speaking for all its members, "
                + "whichever is more recent (decisive stances first). Proposition: ");
        h.element("q", d.question().description());
        h.close("p");
        h.open("ul", "class", "stance-legend", "id", "stance-legend");
        for (String stance : STANCES) {
            h.open("li", "data-stance", stance);
            h.element("span", "", "class", "swatch stance-swatch stance-" + stance, "aria-hidden", "true");
            h.text(stanceLabel(stance) + ": ");
            h.element("strong", String.valueOf(tally.getOrDefault(stance, 0)));
            h.close("li");
        }
        h.close("ul");
        h.open("figure", "class", "chart");
        h.open("div", "id", "map-chart", "class", "chart-area map-area", "data-atlas", "/assets/lib/world-atlas/countries-50m.json");
        h.element("p", "The map needs JavaScript; the table below holds the same data.", "class", "muted no-chart");
        h.close("div");
        h.element("figcaption", "States coloured and patterned by effective stance (Natural Earth 1:50m shapes). "
                + "Select a State for its page; the table below lists every State.");
        h.close("figure");
        h.element("p", "", "id", "map-missing", "class", "muted", "hidden", "");
        stanceTable(h, d, title);
        h.close("section");
    }

    private static void stanceTable(Html h, Dashboard d, String title) {
        h.open("details", "class", "data");
        h.element("summary", "Every State as a table (" + d.states().size() + ")");
        h.open("div", "class", "table-scroll");
        h.open("table", "id", "stances-table");
        h.element("caption", title);
        h.open("thead").open("tr");
        for (String c : new String[] {"State", "Stance", "Through", "Date"})
            h.element("th", c, "scope", "col");
        h.close("tr").close("thead");
        h.open("tbody");
        for (Dashboard.StateStance s : d.states()) {
            String stance = s.stance() == null ? "none" : s.stance();
            h.open("tr", "data-iso3", s.iso3(), "data-m49", s.m49(), "data-stance", stance);
            h.open("th", "scope", "row");
            h.link("/page/state/" + s.iso3(), s.name());
            h.close("th");
            h.element("td", stanceLabel(stance), "class", "stance-" + stance);
            h.open("td");
            if (s.via() != null) {
                String through = "collective".equals(s.via().kind()) && s.via().organization() != null
                        ? s.via().organization() + " (collective)" : "own position";
                h.link(localPage(s.via().instrument()), through);
            }
            h.close("td");
            h.element("td", s.via() == null ? "" : s.via().date());
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("div");
        h.close("details");
    }

    /** The page on this server of a resource with a Diligentia identifier; other IRIs as they are. */
    private static String localPage(String iri) {
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
