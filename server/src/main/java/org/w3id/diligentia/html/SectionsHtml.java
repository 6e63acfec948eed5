package org.w3id.diligentia.html;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.linkeddata.OntologyIndex.Concept;
import org.w3id.diligentia.linkeddata.Rows;
import org.w3id.diligentia.linkeddata.Section;

/**
 * What the templates of the {@link Section}s of a resource page ({@code sections.jte} and the one
 * template per kind of section it calls) compute beyond the rows themselves: sentences with counts,
 * the rows under one question, a source's host.
 */
final class SectionsHtml {
    private SectionsHtml() {}

    /** "1 active member and 1 suspended on 2011-01-01." */
    static String membersSummary(Section.Members m) {
        long suspended = m.rows().stream().filter(Rows.Member::suspended).count();
        long active = m.rows().size() - suspended;
        return active + " active " + (active == 1 ? "member" : "members")
                + (suspended == 0 ? "" : " and " + suspended + " suspended") + " on " + m.asOf() + ".";
    }

    /** The positions of its own a State holds on {@code question}. */
    static List<Rows.Position> positionsOn(Section.PositionsByQuestion p, Concept question) {
        return p.rows().stream().filter(r -> r.question().equals(question.iri())).toList();
    }

    /** The effective stance on {@code question}, if one counts on the date. */
    static Optional<Node> effectiveStance(Section.PositionsByQuestion p, Concept question) {
        return effectiveOn(p, question).flatMap(Rows.Effective::stance);
    }

    /** The effective stance record on {@code question}. */
    static Optional<Rows.Effective> effectiveOn(Section.PositionsByQuestion p, Concept question) {
        return p.effective().stream().filter(e -> e.subject().equals(question.iri())).findFirst();
    }

    /** Whether an effective stance comes through an organization speaking for its members. */
    static boolean collective(Rows.Effective e) {
        return e.via().equals("collective");
    }

    /** The columns of a table of positions, with the holder and question when the rows mix them. */
    static List<Table.Column> positionColumns(boolean withWho) {
        return withWho
                ? Table.columns("Holder", "Question", "Stance", "Date", "Instrument", "Source", "Evidence", "Confidence", "Record")
                : Table.columns("Stance", "Date", "Instrument", "Source", "Evidence", "Confidence", "Record");
    }

    /** The columns of a table of consensus assessments. */
    static List<Table.Column> consensusColumns() {
        return Table.columns("Scope", "Question", "Level", "Members", "Affirming", "Rejecting", "Undecided", "No stance",
                "As of", "Assessment in the graph");
    }

    /** The counts of an assessment, in column order. */
    static List<Optional<Long>> counts(Rows.Assessment r) {
        return List.of(r.members(), r.affirming(), r.rejecting(), r.undecided(), r.noStance());
    }

    /** The host of a source URL, as the link text ("cyberlaw.ccdcoe.org"). */
    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
