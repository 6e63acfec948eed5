package org.w3id.diligentia.linkeddata;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.vocab.Coverage;

/** The rows of the tables on resource pages. */
public final class Rows {
    private Rows() {}

    /** One membership interval; dates as recorded (a date, a year-month or a year). */
    public record Membership(Node membership, Node organization, String organizationLabel, Node status,
                             Optional<Node> start, Optional<Node> startKnownNoLaterThan, Optional<Node> end) {}

    /** A member of an organization on a date, active or suspended, since when (effective start). */
    public record Member(Node member, String label, boolean suspended, Node membership, Optional<Node> since,
                         Optional<Node> until) {}

    /** One position with what it rests on. */
    public record Position(Node position, Node holder, String holderLabel, Node question, String questionLabel,
                           Node stance, String stanceLabel, Optional<Node> date, Node instrument,
                           String instrumentTitle, Optional<Node> source, Optional<String> pinpoint,
                           Optional<String> summary, Optional<Node> evidence, String evidenceLabel,
                           Optional<Node> confidence, String confidenceLabel) {}

    /**
     * An effective stance (docs/design.md, "Effective stance"): of a State on a question, or of a
     * member counted by an assessment; {@code subject} is the question or the State. Empty stance: none on the date.
     * {@code via} is "own" or "collective" (then {@code organization} spoke for the State); {@code coverage}
     * is what is known of it (a stance, read and silent, only unread documents, no document) when the
     * answer says.
     */
    public record Effective(Node subject, String subjectLabel, Optional<Node> stance, Optional<Node> position,
                            String via, Optional<Node> organization, String organizationLabel, Optional<String> date,
                            Optional<Coverage> coverage) {}

    /**
     * A consensus assessment: scope, question, date, level, rule and counts, with what is known of the
     * members without a stance (read and silent, only unread documents, no document).
     */
    public record Assessment(Optional<Node> assessment, Node scope, String scopeLabel, Node question,
                             String questionLabel, Optional<String> asOf, Optional<Node> level,
                             Optional<String> matchedRule, Optional<Long> members, Optional<Long> affirming,
                             Optional<Long> rejecting, Optional<Long> undecided, Optional<Long> noStance,
                             Optional<Long> silent, Optional<Long> unread, Optional<Long> noDocument) {}

    /** An entry of the home page's lists. */
    public record Entry(Node resource, String kind, String label) {}

    /** Entries of one kind. */
    public static List<Entry> ofKind(List<Entry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).toList();
    }
}
