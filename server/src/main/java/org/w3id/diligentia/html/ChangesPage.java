package org.w3id.diligentia.html;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.w3id.diligentia.changes.ChangeReport;
import org.w3id.diligentia.changes.ChangeText;
import org.w3id.diligentia.consensus.Counts;

/**
 * {@code /changes} ({@code changes.jte}): what a version changed from the version it replaced, the
 * readings added, removed or recoded and the consensus answers that moved, over which days; the same
 * report as {@code /api/changes} (JSON, CSV) and as the version resource's {@code dil:changeReport}.
 */
public final class ChangesPage {
    private ChangesPage() {}

    /** What the template needs: the report, how to link, and the page frame. */
    public record View(ChangeReport report, Links links, Layout.Page page) {
        String href(String iri) {
            return links.href(NodeFactory.createURI(iri));
        }

        String json() {
            return "/api/changes?version=" + report.version();
        }

        String csv() {
            return json() + "&format=csv";
        }

        static String fields(List<String> iris) {
            return String.join(", ", iris.stream().map(ChangeText::field).toList());
        }

        /** An answer in words: its level and counts, or that there was none. */
        static String answer(ChangeReport.Answer a) {
            if (a == null)
                return "no such answer";
            Counts c = a.counts();
            return a.level() + " (" + c.affirms() + " affirm, " + c.rejects() + " reject, " + c.undecided() + " undecided, "
                    + c.noStance() + " no stance, of " + c.members() + ")";
        }

        static String day(java.time.LocalDate d, String none) {
            return d == null ? none : d.toString();
        }
    }

    public static String render(ChangeReport report, Links links) {
        String json = "/api/changes?version=" + report.version();
        return Templates.render("changes.jte", new View(report, links, Layout.page("What changed in version " + report.version(), "/changes",
                List.of(new Layout.Alternate(json, "application/json", "The report as JSON"),
                        new Layout.Alternate(json + "&format=csv", "text/csv", "The report as CSV")))));
    }
}
