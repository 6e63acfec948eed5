package org.w3id.diligentia.error;

/**
 * Base of the typed errors that services and handlers throw. Each carries the HTTP status it maps
 * to and a title; the message says what was wrong, quoting the offending value. One mapper
 * ({@code ProblemRenderer}) turns them into RFC 9457 problem documents.
 */
public abstract class DiligentiaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String title;

    protected DiligentiaException(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    protected DiligentiaException(int status, String title, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A stable, dereferenceable problem type slug ("bad-request", "not-found", ...). */
    public String type() {
        return title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
