package org.w3id.diligentia.vocab;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * How confident the coding of a position is ({@code confidence/low|medium|high} in
 * {@code ontology/vocabularies.ttl}); a floor of {@code medium} counts medium and high positions.
 * Written as its id ({@code low}) in answers.
 */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    /** The floor of every answer that names none: every position counts. */
    public static final Confidence DEFAULT = LOW;

    /** {@code low}, {@code medium}, {@code high}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Its concept, {@code https://w3id.org/diligentia/id/confidence/low}. */
    public Node node() {
        return Ids.id("confidence", id());
    }

    /** The confidence whose id is {@code id} (case-insensitive). */
    public static Optional<Confidence> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The ids, in order, for messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Confidence::id).toList();
    }

    @Override
    public String toString() {
        return id();
    }
}
