package org.w3id.diligentia.linkeddata;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

/** The rows of the tables on resource pages, read from the {@code ld-*} SELECT queries. */
public final class Rows {
    private Rows() {}

    /** One membership interval; dates as recorded (a date, a year-month or a year). */
    public record Membership(Node membership, Node member, String memberLabel, Node organization,
                             String organizationLabel, Node status, String statusLabel, Optional<Node> start,
                             Optional<Node> startKnownNoLaterThan, Optional<Node> end) {}

    /** A member of an organization on a date: since when (effective start), and whether suspended. */
    public record Member(Node member, String label, Node membership, Optional<Node> since, Optional<Node> until,
                         boolean suspended) {}

    /** One position with what it rests on. */
    public record Position(Node position, Node holder, String holderLabel, Node question, String questionLabel,
                           Node stance, String stanceLabel, Optional<Node> date, Node instrument,
                           String instrumentTitle, Optional<Node> source, Optional<String> pinpoint,
                           Optional<String> summary, Optional<Node> evidence, String evidenceLabel,
                           Optional<Node> confidence, String confidenceLabel) {}

    /** A consensus assessment: scope, question, date, level, rule and counts. */
    public record Assessment(Optional<Node> assessment, Node scope, String scopeLabel, Node question,
                             String questionLabel, Optional<String> asOf, Optional<Node> level, String levelLabel,
                             Optional<String> matchedRule, Optional<Long> members, Optional<Long> affirming,
                             Optional<Long> rejecting, Optional<Long> undecided, Optional<Long> noStance) {}

    /** An entry of the home page's lists. */
    public record Entry(Node resource, String kind, String label) {}

    /** Entries of one kind. */
    public static List<Entry> ofKind(List<Entry> entries, String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).toList();
    }
}
