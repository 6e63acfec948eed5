package org.w3id.diligentia.vocab;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * The stance a position takes on a question ({@code stance/affirms|rejects|undecided} in
 * {@code ontology/vocabularies.ttl}). Written as its id ({@code affirms}) in answers.
 */
public enum Stance {
    AFFIRMS, REJECTS, UNDECIDED;

    /** {@code affirms}, {@code rejects}, {@code undecided}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Its concept, {@code https://w3id.org/diligentia/id/stance/affirms}. */
    public Node node() {
        return Ids.id("stance", id());
    }

    /** The stance whose id is {@code id} (case-insensitive). */
    public static Optional<Stance> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The stance a concept IRI names ({@code .../id/stance/affirms}), if it names one. */
    public static Optional<Stance> of(Node concept) {
        return Ids.keyOf(concept, "stance").flatMap(Stance::byId);
    }

    /** The ids, in order, for messages. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Stance::id).toList();
    }

    @Override
    public String toString() {
        return id();
    }
}
