package org.w3id.diligentia.error;

/** HTTP 503 Service unavailable. */
public final class ServiceUnavailableException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String message) {
        super(503, "Service unavailable", message);
    }

    public ServiceUnavailableException(String message, Throwable cause) {
        super(503, "Service unavailable", message, cause);
    }
}
