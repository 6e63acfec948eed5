package org.w3id.diligentia.error;

/** HTTP 400 Bad request. */
public final class BadRequestException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(400, "Bad request", message);
    }

    public BadRequestException(String message, Throwable cause) {
        super(400, "Bad request", message, cause);
    }
}
