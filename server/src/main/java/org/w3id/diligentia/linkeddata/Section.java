package org.w3id.diligentia.linkeddata;

import java.time.LocalDate;
import java.util.List;

import org.w3id.diligentia.linkeddata.OntologyIndex.Concept;

/**
 * A part of a resource page beyond its own statements, chosen by the resource's type: a State's
 * memberships over time and positions on each question, an organization's members on a date and
 * consensus on each question, the positions an assessment counted, and so on.
 */
public sealed interface Section {
    /** Membership intervals over time (of a State, or in an organization). */
    record Memberships(String heading, List<Rows.Membership> rows) implements Section {}

    /** The members of an organization on a date. */
    record Members(LocalDate asOf, List<Rows.Member> rows) implements Section {}

    /** Positions grouped under every question, including the questions with none. */
    record PositionsByQuestion(String heading, List<Concept> questions, List<Rows.Position> rows) implements Section {}

    /** A list of positions under one heading. */
    record Positions(String heading, String caption, List<Rows.Position> rows) implements Section {}

    /** Consensus assessments (of a scope on each question, or of each scope on a question). */
    record Consensus(String heading, String caption, List<Rows.Assessment> rows, String note) implements Section {}
}
