package org.w3id.diligentia.error;

/** HTTP 409 Conflict: the request conflicts with what the server is doing (a reload already running). */
public final class ConflictException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(409, "Conflict", message);
    }
}
