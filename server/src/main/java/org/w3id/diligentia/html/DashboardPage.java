package org.w3id.diligentia.html;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.dashboard.Dashboard;
import org.w3id.diligentia.dashboard.DashboardService;

/**
 * The home page: what Diligentia is, the controls (question, date, confidence floor, timeline
 * scope), the consensus matrix, the timeline and the world map ({@link DashboardCharts}), then the
 * entry points of the linked data ({@code browse}).
 *
 * <p>Everything is rendered here and reads without JavaScript: the controls are a GET form, so the
 * URL holds the view; the matrix is a table; each chart is drawn by {@code /assets/dashboard.js}
 * from the data table that is also its text alternative. The script swaps in the re-rendered
 * {@code #dashboard} when a control changes, without reloading the page.
 */
public final class DashboardPage {
    static final String SCRIPTS_BASE = "/assets/";

    private DashboardPage() {}

    /** The page for {@code d}; {@code browse} appends the lists of questions, organizations and States. */
    public static String render(Dashboard d, Consumer<Html> browse) {
        return Layout.page("Consensus at a glance", "/", List.of(), List.of("/assets/dashboard.css"),
                List.of("/assets/lib/d3/dist/d3.min.js", "/assets/lib/topojson-client/dist/topojson-client.min.js", "/assets/dashboard.js"), h -> {
                    h.element("h1", "Diligentia: consensus on due diligence in cyberspace");
                    h.open("p", "class", "lead");
                    h.text("Diligentia is an open knowledge graph of whether States and regional organizations agree that "
                            + "the principle of due diligence applies in cyberspace, and that it binds them as law. It records "
                            + "who said what, where and when, with sources, and computes how close each organization, and "
                            + "the world, is to consensus on six precise questions.");
                    h.close("p");
                    h.open("p", "class", "muted");
                    h.text("Every figure links to the positions behind it. For analysts: the ");
                    h.link("/query", "SPARQL query editor");
                    h.text(", the ");
                    h.link("/docs", "HTTP API");
                    h.text(" and a Python notebook in the repository's ");
                    h.element("code", "notebooks/");
                    h.text(".");
                    h.close("p");
                    controls(h, d);
                    h.element("p", summary(d), "id", "dashboard-status", "class", "status", "role", "status");
                    h.open("div", "id", "dashboard", "data-as-of", d.choice().asOf().toString(), "data-today", d.today().toString());
                    h.element("p", summary(d), "class", "status", "hidden", "", "data-summary", "");
                    matrix(h, d);
                    DashboardCharts.timeline(h, d);
                    DashboardCharts.map(h, d);
                    h.close("div");
                    browse.accept(h);
                });
    }

    /** One line saying what the page shows; the script announces it after an update. */
    static String summary(Dashboard d) {
        return "Showing \u201c" + d.question().label() + "\u201d as of " + d.choice().asOf()
                + (d.choice().asOf().equals(d.today()) ? " (today)" : "") + ", positions of " + d.choice().minConfidence()
                + " confidence or higher; timeline of " + d.scope().label() + ".";
    }

    private static void controls(Html h, Dashboard d) {
        h.open("form", "id", "controls", "class", "controls", "method", "get", "action", "/", "aria-label", "What to show");
        h.open("div", "class", "control");
        h.element("label", "Question", "for", "question");
        h.open("select", "id", "question", "name", "question", "data-default", d.defaultQuestion());
        for (Dashboard.Option q : d.questions())
            option(h, q.id(), q.label(), q.id().equals(d.choice().question()));
        h.close("select");
        h.close("div");

        h.open("div", "class", "control");
        h.element("label", "As of", "for", "asOf");
        h.empty("input", "type", "date", "id", "asOf", "name", "asOf", "value", d.choice().asOf().toString(),
                "min", "1945-10-24", "max", d.today().plusYears(1).toString(), "required", "");
        h.close("div");

        h.open("div", "class", "control control-wide");
        h.element("label", "Date slider (months)", "for", "asOfSlider");
        LocalDate start = LocalDate.of(2010, 1, 1);
        h.empty("input", "type", "range", "id", "asOfSlider", "min", "0",
                "max", String.valueOf(months(start, d.today())), "step", "1",
                "value", String.valueOf(Math.max(0, Math.min(months(start, d.choice().asOf()), months(start, d.today())))),
                "data-start", start.toString(), "aria-describedby", "asOfSliderHint", "hidden", "");
        h.element("span", "Moves the date a month at a time, from January 2010 to today.", "id", "asOfSliderHint", "class", "hint", "hidden", "");
        h.close("div");

        h.open("div", "class", "control");
        h.element("label", "Confidence floor", "for", "minConfidence");
        h.open("select", "id", "minConfidence", "name", "minConfidence", "aria-describedby", "minConfidenceHint",
                "data-default", DashboardService.DEFAULT_CONFIDENCE);
        for (String[] c : new String[][] {{"low", "low (every position)"}, {"medium", "medium and high"}, {"high", "high only"}})
            option(h, c[0], c[1], c[0].equals(d.choice().minConfidence()));
        h.close("select");
        h.element("span", "Leaves out positions coded with less confidence.", "id", "minConfidenceHint", "class", "hint");
        h.close("div");

        h.open("div", "class", "control");
        h.element("label", "Timeline of", "for", "scope");
        h.open("select", "id", "scope", "name", "scope", "data-default", DashboardService.DEFAULT_SCOPE);
        for (Dashboard.Option s : d.scopes())
            option(h, s.id(), s.label(), s.id().equals(d.choice().scope()));
        h.close("select");
        h.close("div");

        h.open("div", "class", "control control-buttons");
        h.element("button", "Show", "type", "submit");
        h.link("/", "Reset", "class", "reset");
        h.close("div");
        h.close("form");
    }

    private static long months(LocalDate start, LocalDate date) {
        return (date.getYear() - start.getYear()) * 12L + date.getMonthValue() - start.getMonthValue();
    }

    private static void option(Html h, String value, String label, boolean selected) {
        h.element("option", label, "value", value, "selected", selected ? "" : null);
    }

    private static void matrix(Html h, Dashboard d) {
        h.open("section", "id", "matrix", "aria-labelledby", "matrix-heading");
        h.element("h2", "Consensus by organization and question", "id", "matrix-heading");
        h.element("p", "Each cell is the consensus level of an organization's members (or of all UN members, for the world) "
                + "on one question as of " + d.choice().asOf() + ", with how many members affirm and reject. "
                + "Open a cell for the members, their stances and the documents behind them.", "class", "muted");
        h.open("div", "class", "table-scroll");
        h.open("table", "class", "matrix");
        h.element("caption", "Consensus level by scope and question, as of " + d.choice().asOf());
        h.open("thead").open("tr");
        h.element("th", "Scope", "scope", "col");
        for (Dashboard.Option q : d.questions()) {
            h.open("th", "scope", "col", "class", q.id().equals(d.choice().question()) ? "chosen" : null);
            h.element("abbr", q.label(), "title", q.description());
            h.close("th");
        }
        h.close("tr").close("thead");
        h.open("tbody");
        for (Dashboard.MatrixRow row : d.matrix()) {
            h.open("tr", "data-scope", row.scope());
            h.open("th", "scope", "row");
            h.link(row.scope().equals("world") ? "/page/scope/world" : "/page/org/" + row.scope(), row.label());
            h.close("th");
            for (MatrixCell c : row.cells())
                cell(h, c, d);
            h.close("tr");
        }
        h.close("tbody");
        h.close("table");
        h.close("div");
        coverage(h, d);
        legend(h, d);
        h.close("section");
    }

    private static void cell(Html h, MatrixCell c, Dashboard d) {
        Counts n = c.counts();
        String label = levelLabel(d, c.level());
        h.open("td", "class", "cell level-" + c.level(), "data-level", c.level(), "data-question", c.question());
        h.open("a", "href", assessmentHref(c.scope(), c.question(), d),
                "aria-label", c.scopeLabel() + ", " + d.questions().stream().filter(q -> q.id().equals(c.question()))
                        .findFirst().map(Dashboard.Option::label).orElse(c.question()) + ": " + label + ", " + counts(n));
        h.element("span", label, "class", "level-name");
        h.element("span", counts(n), "class", "level-counts");
        h.close("a");
        h.close("td");
    }

    /** "12 of 27 affirm, 1 rejects"; "no members" for an empty scope. */
    static String counts(Counts n) {
        if (n.members() == 0)
            return "no members";
        return n.affirms() + " of " + n.members() + " affirm" + (n.rejects() > 0 ? ", " + n.rejects() + " reject" : "");
    }

    static String levelLabel(Dashboard d, String level) {
        return d.levels().stream().filter(l -> l.id().equals(level)).findFirst().map(Dashboard.Level::label).orElse(level);
    }

    static String assessmentHref(String scope, String question, Dashboard d) {
        String href = "/page/assessment/" + scope + "/" + question;
        return d.choice().asOf().equals(d.today()) ? href : href + "?asOf=" + d.choice().asOf();
    }

    private static void coverage(Html h, Dashboard d) {
        var c = d.coverage();
        h.open("p", "class", "coverage");
        if (c.organizations().isEmpty()) {
            h.text("No regional organization is at broad consensus or consensus on \u201c" + d.question().label() + "\u201d as of "
                    + c.asOf() + ".");
        } else {
            h.text("Regional organizations at broad consensus or consensus on \u201c" + d.question().label() + "\u201d ("
                    + String.join(", ", c.organizations().stream().map(MatrixCell::scope).toList()) + ") cover ");
            h.element("strong", c.covered() + " of " + c.unMembers() + " UN members");
            h.text(c.share() == null ? "." : " (" + c.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%).");
        }
        h.close("p");
    }

    private static void legend(Html h, Dashboard d) {
        h.open("details", "class", "levels");
        h.element("summary", "What the levels mean");
        h.element("p", "With n members, a affirming and r rejecting: support = a/n, opposition = r/n, agreement = a/(a + r). "
                + "The first rule that matches gives the level; the thresholds are data in the ontology.");
        h.open("dl", "class", "levels");
        for (Dashboard.Level l : d.levels()) {
            h.open("dt");
            h.element("span", l.label(), "class", "swatch level-" + l.id());
            h.close("dt");
            h.element("dd", l.rule());
        }
        h.close("dl");
        h.close("details");
    }
}
