package org.w3id.diligentia.error;

/** HTTP 404 Not found. */
public final class NotFoundException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(404, "Not found", message);
    }

    public NotFoundException(String message, Throwable cause) {
        super(404, "Not found", message, cause);
    }
}
