package org.w3id.diligentia.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.w3id.diligentia.compare.Comparison;
import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.Coverage;

/**
 * {@code /page/compare} ({@code compare.jte}): a GET form (the URL is the view), then the States side by
 * side, one row per question and one column per State, each cell with its stance or coverage class and
 * the reading behind it, then the collective positions that reach each State. A cell without a stance
 * says why, in words of its own: read and silent, only unread documents, no document; unknown never
 * looks like silent or like a stance.
 */
public final class ComparePage {
    /** What the form shows: the codes compared (empty without a comparison), the date and the floor. */
    record Form(String actors, LocalDate asOf, String minConfidence) {}

    /** What {@code compare.jte} shows; {@code comparison} is null when none was asked for. */
    record View(Layout.Page page, Form form, Comparison comparison, Links links) {
        List<String[]> confidence() {
            return DashboardPage.CONFIDENCE;
        }

        /** The column headers: the question, then each State. */
        List<Table.Column> columns() {
            List<Table.Column> columns = new ArrayList<>(Table.columns("Question"));
            for (Comparison.Actor a : comparison.actors())
                columns.add(new Table.Column(a.name(), null, "actor"));
            return columns;
        }

        /** Where a link to a resource of the knowledge graph goes (its page on this server). */
        String href(String iri) {
            return iri == null ? null : links.href(NodeFactory.createURI(iri));
        }
    }

    private ComparePage() {}

    public static String render(Comparison comparison, LocalDate asOf, Confidence floor, Links links) {
        String actors = comparison == null ? ""
                : String.join(",", comparison.actors().stream().map(Comparison.Actor::iso3).toList());
        String title = comparison == null ? "Compare States"
                : "Compare " + String.join(", ", comparison.actors().stream().map(Comparison.Actor::name).toList());
        return Templates.render("compare.jte", new View(Layout.page(title, null, List.of()), new Form(actors, asOf, floor.id()),
                comparison, links));
    }

    /** The words for a coverage class, as the cell shows it when there is no stance. */
    static String words(Coverage coverage) {
        return switch (coverage) {
            case STANCE -> "stance";
            case SILENT -> "read and silent";
            case UNREAD -> "only unread documents: not known";
            case NO_DOCUMENT -> "no document: not known";
        };
    }

    /** The link to compare a State with two peers, for its page: {@code /page/compare?actors=X,P,Q}. */
    public static String compareLink(String iso3) {
        List<String> actors = new ArrayList<>(List.of(iso3));
        for (String peer : PEERS)
            if (actors.size() < 3 && !peer.equals(iso3))
                actors.add(peer);
        return "/page/compare?actors=" + String.join(",", actors);
    }

    /** The peers a State's page proposes to compare it with. */
    private static final List<String> PEERS = List.of("FRA", "DEU", "USA");
}
