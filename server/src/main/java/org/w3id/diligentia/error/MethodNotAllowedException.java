package org.w3id.diligentia.error;

/** HTTP 405 Method not allowed. */
public final class MethodNotAllowedException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public MethodNotAllowedException(String message) {
        super(405, "Method not allowed", message);
    }

    public MethodNotAllowedException(String message, Throwable cause) {
        super(405, "Method not allowed", message, cause);
    }
}
