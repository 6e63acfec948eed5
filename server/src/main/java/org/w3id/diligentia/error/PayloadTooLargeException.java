package org.w3id.diligentia.error;

/** HTTP 413 Payload too large. */
public final class PayloadTooLargeException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public PayloadTooLargeException(String message) {
        super(413, "Payload too large", message);
    }

    public PayloadTooLargeException(String message, Throwable cause) {
        super(413, "Payload too large", message, cause);
    }
}
