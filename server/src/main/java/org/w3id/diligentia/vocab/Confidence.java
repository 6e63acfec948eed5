package org.w3id.diligentia.vocab;

import java.util.List;
import java.util.Optional;

/**
 * How confident the coding of a position is ({@code confidence/low|medium|high} in
 * {@code ontology/vocabularies.ttl}); a floor of {@code medium} counts medium and high positions.
 * Written as its id ({@code low}) in answers.
 */
public enum Confidence implements Coded {
    LOW, MEDIUM, HIGH;

    /** The floor of every answer that names none: every position counts. */
    public static final Confidence DEFAULT = LOW;

    @Override
    public String kind() {
        return "confidence";
    }

    public static Optional<Confidence> byId(String id) {
        return Coded.byId(Confidence.class, id);
    }

    public static List<String> ids() {
        return Coded.ids(Confidence.class);
    }

    @Override
    public String toString() {
        return id();
    }
}
