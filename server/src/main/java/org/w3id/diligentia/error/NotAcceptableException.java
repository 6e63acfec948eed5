package org.w3id.diligentia.error;

/** HTTP 406 Not acceptable. */
public final class NotAcceptableException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public NotAcceptableException(String message) {
        super(406, "Not acceptable", message);
    }

    public NotAcceptableException(String message, Throwable cause) {
        super(406, "Not acceptable", message, cause);
    }
}
