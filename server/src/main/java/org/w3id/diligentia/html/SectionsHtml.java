package org.w3id.diligentia.html;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.linkeddata.OntologyIndex.Concept;
import org.w3id.diligentia.linkeddata.Rows;
import org.w3id.diligentia.linkeddata.Section;
import org.w3id.diligentia.vocab.Ids;

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

    /**
     * What is known without an effective stance on {@code question}: "read and silent (...)", "only unread
     * documents (...: not known)", "no document (...: not known)".
     */
    static String withoutStance(Section.PositionsByQuestion p, Concept question) {
        return effectiveOn(p, question).flatMap(Rows.Effective::coverage)
                .map(c -> CoverageText.coverageLabel(c) + " (" + CoverageText.classMeaning(c.id()) + ")")
                .orElse("no document (no document of its own or collective by the date: not known)");
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

    /** The columns of a table of consensus assessments: the counts, then what is known of the members. */
    static List<Table.Column> consensusColumns() {
        return Table.columns("Scope", "Question", "Level", "Members", "Affirming", "Rejecting", "Undecided", "Read and silent",
                "Only unread documents", "No document", "Known (coverage)", "As of", "Assessment in the graph");
    }

    /** The counts of an assessment, in column order: members, the three stances, the three classes without one. */
    static List<Optional<Long>> counts(Rows.Assessment r) {
        return List.of(r.members(), r.affirming(), r.rejecting(), r.undecided(), r.silent(), r.unread(), r.noDocument());
    }

    /** "3 of 55 known (3/55, 5.5%)" from an assessment's counts; "" when the graph lacks them. */
    static String known(Rows.Assessment r) {
        if (r.members().isEmpty() || r.affirming().isEmpty() || r.rejecting().isEmpty() || r.undecided().isEmpty()
                || r.silent().isEmpty())
            return "";
        int members = r.members().get().intValue();
        int known = (int) (r.affirming().get() + r.rejecting().get() + r.undecided().get() + r.silent().get());
        return CoverageText.knownShare(Counts.of(known, 0, 0, 0, members - known, 0));
    }

    /** The rows of an assessment's counts table: the six classes, each with its count and its meaning. */
    static List<String[]> classRows(Counts c) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> n = CoverageText.classCounts(c);
        for (int i = 0; i < CoverageText.CLASSES.size(); i++) {
            String k = CoverageText.CLASSES.get(i);
            rows.add(new String[] {k, CoverageText.classLabel(k), String.valueOf(n.get(i)), CoverageText.classMeaning(k)});
        }
        return rows;
    }

    /**
     * What the coverage floor says of this assessment: that fewer than 1/4 known makes the level not
     * established, and whether that is the case here ("0 of 50 known").
     */
    static String floorSentence(Section.Rule r) {
        if (r.floor().isEmpty())
            return "";
        Section.CoverageFloor f = r.floor().get();
        String coverage = CoverageText.known(r.counts());
        if (r.counts().members() == 0)
            return "The scope has no members on the date, so nothing is known of it: the level is " + f.label() + ".";
        boolean below = r.assessment().level().flatMap(l -> Ids.keyOf(l, "level"))
                .map(f.level()::equals).orElse(false);
        return "The level " + f.label() + " applies when fewer than " + f.fraction()
                + " of the members are known (a stance, or read and silent); "
                + (below ? "that is the case here (" + coverage + "): too little is known to tell, which is not the same as none."
                        : "here " + coverage + " is enough, so the level says what the members' stances add up to.");
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
