package org.w3id.diligentia.interval;

/**
 * What is known of one State on one question on a date, first that holds: an effective stance; known
 * silent (its latest documents were read and say nothing on the question); only unread documents; no
 * document at all. The first two are known. The concepts are {@code coverage/*} in
 * {@code ontology/vocabularies.ttl}.
 */
public enum Coverage {
    STANCE("stance"), SILENT("silent"), UNREAD("unread"), NO_DOCUMENT("no-document");

    private final String id;

    Coverage(String id) {
        this.id = id;
    }

    /** The concept's identifier (its skos:notation and last IRI segment). */
    public String id() {
        return id;
    }

    public boolean known() {
        return this == STANCE || this == SILENT;
    }
}
