package org.w3id.diligentia.vocab;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * The stance a position takes on a question ({@code stance/affirms|rejects|undecided} in
 * {@code ontology/vocabularies.ttl}). Written as its id ({@code affirms}) in answers.
 */
public enum Stance implements Coded {
    AFFIRMS, REJECTS, UNDECIDED;

    @Override
    public String kind() {
        return "stance";
    }

    public static Optional<Stance> byId(String id) {
        return Coded.byId(Stance.class, id);
    }

    /** The stance a concept IRI names ({@code .../id/stance/affirms}), if it names one. */
    public static Optional<Stance> of(Node concept) {
        return Ids.keyOf(concept, "stance").flatMap(Stance::byId);
    }

    public static List<String> ids() {
        return Coded.ids(Stance.class);
    }

    @Override
    public String toString() {
        return id();
    }
}
