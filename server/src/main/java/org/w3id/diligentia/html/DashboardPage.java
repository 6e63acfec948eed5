package org.w3id.diligentia.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import gg.jte.Content;
import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.RegionalCoverage;
import org.w3id.diligentia.dashboard.Dashboard;

/**
 * The home page ({@code dashboard.jte}): what Diligentia is, the controls (question, date, confidence
 * floor, timeline scope), the consensus matrix, the timeline and the world map ({@link DashboardCharts}),
 * then the entry points of the linked data ({@link HomePage}).
 *
 * <p>Everything is rendered here and reads without JavaScript: the controls are a GET form, so the
 * URL holds the view; the matrix is a table; each chart is drawn by {@code /assets/dashboard.js}
 * from the data table that is also its text alternative. The script swaps in the re-rendered
 * {@code #dashboard} when a control changes, without reloading the page.
 */
public final class DashboardPage {
    /** The first month of the date slider. */
    static final LocalDate SLIDER_START = LocalDate.of(2010, 1, 1);
    /** The confidence floors: value and label. */
    static final List<String[]> CONFIDENCE = List.of(
            new String[] {"low", "low (every position)"}, new String[] {"medium", "medium and high"}, new String[] {"high", "high only"});

    private DashboardPage() {}

    /** What {@code dashboard.jte} shows: the dashboard, then {@code browse}. */
    record View(Layout.Page page, Dashboard d, Content browse) {}

    /** The page for {@code d}, followed by the lists of questions, organizations and States. */
    public static String render(Dashboard d, HomePage.Browse browse) {
        return page(d, Templates.content("browse.jte", browse));
    }

    private static String page(Dashboard d, Content browse) {
        return Templates.render("dashboard.jte", new View(new Layout.Page("Consensus at a glance", "/", List.of(),
                List.of("/assets/dashboard.css"), List.of("/assets/lib/d3/dist/d3.min.js",
                        "/assets/lib/topojson-client/dist/topojson-client.min.js", "/assets/dashboard.js")), d, browse));
    }

    /** One line saying what the page shows; the script announces it after an update. */
    static String summary(Dashboard d) {
        return "Showing \u201c" + d.question().label() + "\u201d as of " + d.choice().asOf()
                + (d.choice().asOf().equals(d.today()) ? " (today)" : "") + ", positions of " + d.choice().minConfidence()
                + " confidence or higher; timeline of " + d.scope().label() + ".";
    }

    /** The last position of the date slider (today), in months from {@link #SLIDER_START}. */
    static String sliderMax(Dashboard d) {
        return String.valueOf(months(SLIDER_START, d.today()));
    }

    /** The slider's position for the chosen date, within its range. */
    static String sliderValue(Dashboard d) {
        return String.valueOf(Math.max(0, Math.min(months(SLIDER_START, d.choice().asOf()), months(SLIDER_START, d.today()))));
    }

    private static long months(LocalDate start, LocalDate date) {
        return (date.getYear() - start.getYear()) * 12L + date.getMonthValue() - start.getMonthValue();
    }

    /** The matrix's column headers: the scope, then each question (abbreviated, explained by its proposition). */
    static List<Table.Column> matrixColumns(Dashboard d) {
        List<Table.Column> columns = new ArrayList<>(Table.columns("Scope"));
        for (Dashboard.Option q : d.questions())
            columns.add(new Table.Column(q.label(), q.description(), q.id().equals(d.choice().question()) ? "chosen" : null));
        return columns;
    }

    /**
     * What a cell says to a screen reader and in its title: "African Union, Duty to prevent: not
     * established, 0 of 50 known (fewer than 1/4 of the members: too little is known to tell)";
     * "European Union, Binding: emerging, 9 of 27 affirm; 27 of 27 known".
     */
    static String cellLabel(MatrixCell c, Dashboard d) {
        String head = c.scopeLabel() + ", " + d.questions().stream().filter(q -> q.id().equals(c.question()))
                .findFirst().map(Dashboard.Option::label).orElse(c.question()) + ": " + levelLabel(d, c.level()) + ", ";
        if (notEstablished(d, c.level())) {
            String taken = CoverageText.stancesTaken(c.counts());
            return head + CoverageText.known(c.counts()) + (taken.isEmpty() ? "" : " (" + taken + ")")
                    + ": fewer than " + floor(d) + " of the members known, too little to tell";
        }
        return head + counts(c.counts()) + "; " + CoverageText.known(c.counts());
    }

    /** A cell's first line of figures: "3 of 55 known" for the not-established level, else "12 of 27 affirm, 1 reject". */
    static String cellCounts(MatrixCell c, Dashboard d) {
        return notEstablished(d, c.level()) ? CoverageText.known(c.counts()) : counts(c.counts());
    }

    /** A cell's second line: how many are known beside what they say ("27 of 27 known"), or the stances taken when too little is known. */
    static String cellDetail(MatrixCell c, Dashboard d) {
        if (notEstablished(d, c.level()))
            return CoverageText.stancesTaken(c.counts());
        return c.counts().members() == 0 ? "" : CoverageText.known(c.counts());
    }

    /** Whether {@code level} is the one that says too little is known. */
    static boolean notEstablished(Dashboard d, String level) {
        return d.notEstablished().map(l -> l.id().equals(level)).orElse(false);
    }

    /** The coverage floor of the not-established level ("1/4"), or "the floor" if the rules have none. */
    static String floor(Dashboard d) {
        return d.notEstablished().map(Dashboard.Level::coverageFloor).orElse("the floor");
    }

    /** "12 of 27 affirm, 1 reject"; "no members" for an empty scope. */
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

    /** The organizations that reached broad consensus or consensus, by identifier: "AU, EU". */
    static String coverageScopes(RegionalCoverage c) {
        return String.join(", ", c.organizations().stream().map(MatrixCell::scope).toList());
    }

    /** The share of UN members the organizations cover, as the end of the sentence: " (28.5%)." or ".". */
    static String coverageShare(RegionalCoverage c) {
        return c.share() == null ? "." : " (" + c.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%).";
    }
}
