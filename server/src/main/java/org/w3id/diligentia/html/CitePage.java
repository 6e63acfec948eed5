package org.w3id.diligentia.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.w3id.diligentia.cite.Citation;
import org.w3id.diligentia.cite.CitationFormats;
import org.w3id.diligentia.cite.CitedView;
import org.w3id.diligentia.consensus.Assessment;
import org.w3id.diligentia.consensus.MatrixCell;
import org.w3id.diligentia.consensus.TimelinePoint;

/**
 * The page of a citation permalink ({@code cite.jte}): what it pins, the notice when the version it
 * pins is no longer the store's, the figures in one sentence with a link to where they are shown in
 * full, the answer as data, and the citation ({@code citeBlock.jte}, also on every assessment page).
 */
public final class CitePage {
    private CitePage() {}

    /**
     * The "Cite this" block: the permalink on this server ({@code local}, its formats are
     * {@code local&format=...}); on a permalink's own page also the canonical permalink, the text and the BibTeX.
     */
    public record Block(String local, String permalink, String text, String bibtex) {
        public String format(String key) {
            return local + "&format=" + key;
        }
    }

    record View(Layout.Page page, String title, Optional<String> notice, String version, String currentVersion, String summary,
                String viewHref, String viewText, String json, String csv, Block block) {}

    public static String render(Citation c, String summary, String viewHref, String viewText) {
        String api = c.local();
        return Templates.render("cite.jte", new View(Layout.page("Cite: " + c.view().title(), null, List.of()), c.view().title(),
                c.notice(), c.version(), c.currentVersion(), summary, viewHref, viewText, api + "&format=json", api + "&format=csv",
                new Block(c.local(), c.permalink(), CitationFormats.text(c), CitationFormats.bibtex(c))));
    }

    /**
     * The block of an assessment page: the permalink of its scope, question and date at the version the page is
     * computed from, here and under the canonical {@code base}.
     */
    public static Optional<Block> assessmentBlock(String scope, String question, LocalDate asOf, String floor, String base) {
        String version = Layout.version();
        if (version == null)
            return Optional.empty();
        String local = local(version, CitedView.assessment(scope, scope, question, question, asOf, floor).path());
        return Optional.of(new Block(local, base + local.substring(1), null, null));
    }

    /** A permalink on this server at the version the page on this thread is computed from, or null outside a request. */
    static String local(String route) {
        String version = Layout.version();
        return version == null ? null : local(version, route);
    }

    private static String local(String version, String route) {
        return "/cite/" + version + "/" + route;
    }

    public static String summary(Assessment a) {
        return "Level " + a.level() + " (rule " + a.rule().level() + ": " + a.rule().figures() + "); " + a.counts().members()
                + " members, " + a.counts().affirms() + " affirm, " + a.counts().rejects() + " reject, " + a.counts().undecided()
                + " undecided, " + a.counts().noStance() + " without a stance.";
    }

    public static String summary(List<MatrixCell> cells) {
        long scopes = cells.stream().map(MatrixCell::scope).distinct().count();
        long questions = cells.stream().map(MatrixCell::question).distinct().count();
        return cells.size() + " cells: " + scopes + " scopes by " + questions + " questions, each with its level and counts.";
    }

    public static String timelineSummary(List<TimelinePoint> points) {
        if (points.isEmpty())
            return "No change of level or counts in this range.";
        TimelinePoint last = points.get(points.size() - 1);
        return points.size() + " changes; the last on " + last.date() + ", to level " + last.level() + " with " + last.counts().affirms()
                + " of " + last.counts().members() + " affirming.";
    }

    /** The assessment page of a scope and question on a date (it counts positions of every confidence). */
    public static String assessmentPage(String scope, String question, LocalDate asOf) {
        return "/page/assessment/" + scope + "/" + question + "?asOf=" + asOf;
    }

    /** The dashboard showing a date and floor (and a timeline's scope and question, when given). */
    public static String dashboard(LocalDate asOf, String floor, String scope, String question) {
        return "/?asOf=" + asOf + "&minConfidence=" + floor + (scope == null ? "" : "&scope=" + scope)
                + (question == null ? "" : "&question=" + question);
    }
}
