package org.w3id.diligentia.vocab;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * What is known of one State on one question on a date ({@code coverage/*} in
 * {@code ontology/vocabularies.ttl}), first that holds: an effective stance; known silent (its latest
 * documents were read and say nothing on the question); only unread documents; no document at all.
 * The first two are known. Written as its id ({@code no-document}) in answers.
 */
public enum Coverage implements Coded {
    STANCE, SILENT, UNREAD, NO_DOCUMENT;

    @Override
    public String kind() {
        return "coverage";
    }

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether coverage counts the State as known on the question. */
    public boolean known() {
        return this == STANCE || this == SILENT;
    }

    public static Optional<Coverage> byId(String id) {
        return Coded.byId(Coverage.class, id);
    }

    /** The class a concept IRI names ({@code .../id/coverage/silent}), if it names one. */
    public static Optional<Coverage> of(Node concept) {
        return Ids.keyOf(concept, "coverage").flatMap(Coverage::byId);
    }

    public static List<String> ids() {
        return Coded.ids(Coverage.class);
    }

    @Override
    public String toString() {
        return id();
    }
}
