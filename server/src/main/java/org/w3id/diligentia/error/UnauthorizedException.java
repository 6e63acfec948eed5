package org.w3id.diligentia.error;

/** HTTP 401 Unauthorized. */
public final class UnauthorizedException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(String message) {
        super(401, "Unauthorized", message);
    }

    public UnauthorizedException(String message, Throwable cause) {
        super(401, "Unauthorized", message, cause);
    }
}
