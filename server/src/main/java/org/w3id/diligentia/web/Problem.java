package org.w3id.diligentia.web;

/**
 * An RFC 9457 problem document: a type IRI, a short title, the HTTP status, a detail that says what
 * was wrong (quoting the offending value) and the request path it concerns.
 */
public record Problem(String type, String title, int status, String detail, String instance) {
    /** Base of problem type IRIs. */
    public static final String TYPE_BASE = "https://w3id.org/diligentia/problems/";

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + slug, title, status, detail, instance);
    }
}
