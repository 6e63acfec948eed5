package org.w3id.diligentia.compare;

import java.time.LocalDate;
import java.util.List;

import org.w3id.diligentia.vocab.Confidence;
import org.w3id.diligentia.vocab.Coverage;
import org.w3id.diligentia.vocab.Stance;

/**
 * States side by side on every question as of a date ({@link CompareService}): for each State, one
 * cell per question, in the order of {@code questions}, and the collective positions that reach it.
 */
public record Comparison(LocalDate asOf, Confidence minConfidence, List<Question> questions, List<Actor> actors) {

    /** A question, by its id and label. */
    public record Question(String id, String label) {}

    /** One State compared: its cells (one per question) and the collective positions that reach it. */
    public record Actor(String iso3, String name, String iri, List<Cell> cells, List<CollectivePosition> collectivePositions) {}

    /**
     * What is known of the State on one question: its coverage class, its effective stance (null
     * unless the class is stance), and the readings the cell rests on: the effective position, or the
     * silent readings of a known silence; none when the State has only unread documents or none.
     * {@code unreadDocuments}: for an unread cell, the State's latest documents not read on the
     * question (what a curator would read next); empty otherwise.
     */
    public record Cell(String question, Coverage coverage, Stance stance, List<Reading> readings, List<Document> unreadDocuments) {}

    /**
     * A position or silent reading: its IRI, whether it is the State's {@code own} or {@code collective}
     * (then {@code organization} is the organization's id), its date as recorded, the instrument, the
     * pinpoint, the evidence and the confidence of its coding (ids).
     */
    public record Reading(String reading, String via, String organization, String date, Document document, String pinpoint,
                          String evidence, String confidence) {}

    /** An instrument: its IRI, its title, and the URL of its source. */
    public record Document(String iri, String title, String url) {}

    /** A collective position of an organization that counts for the State on or before the date. */
    public record CollectivePosition(String organization, String organizationName, String question, Stance stance,
                                     String position, String date, Document document, String confidence) {}
}
