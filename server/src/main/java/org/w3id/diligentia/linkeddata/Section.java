package org.w3id.diligentia.linkeddata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.w3id.diligentia.consensus.Counts;
import org.w3id.diligentia.linkeddata.OntologyIndex.Concept;

/**
 * A part of a resource page beyond its own statements, chosen by the resource's type: a State's
 * memberships over time and positions on each question, an organization's members on a date and
 * consensus on each question, the members an assessment counted and the rule that matched, and so on.
 */
public sealed interface Section {
    /** A State's membership intervals over time. */
    record Memberships(List<Rows.Membership> rows) implements Section {}

    /** The members of an organization on a date. */
    record Members(LocalDate asOf, List<Rows.Member> rows) implements Section {}

    /**
     * A State's positions under every question (including those with none), with its effective
     * stance on each as of a date.
     */
    record PositionsByQuestion(List<Concept> questions, List<Rows.Position> rows, LocalDate asOf,
                               List<Rows.Effective> effective) implements Section {}

    /** A list of positions under one heading. */
    record Positions(String heading, String caption, List<Rows.Position> rows) implements Section {}

    /** Consensus assessments (of a scope on each question, or of each scope on a question). */
    record Consensus(String heading, String caption, List<Rows.Assessment> rows, String note) implements Section {}

    /**
     * The rule an assessment's counts matched: the level, its thresholds, the figures and the counts
     * they come from, and the level that says too little is known with its coverage floor (when the
     * rules have one).
     */
    record Rule(Rows.Assessment assessment, String thresholds, String figures, Counts counts,
                Optional<CoverageFloor> floor) implements Section {}

    /** The level for "too little is known" ({@code not-established}), its label, and the coverage it needs ("1/4"). */
    record CoverageFloor(String level, String label, String fraction) {}

    /** The members an assessment counted, each with its effective stance and the position behind it. */
    record MembersCounted(LocalDate asOf, List<Rows.Effective> rows) implements Section {}
}
