package org.w3id.diligentia.error;

/** HTTP 414 URI too long. */
public final class UriTooLongException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public UriTooLongException(String message) {
        super(414, "URI too long", message);
    }

    public UriTooLongException(String message, Throwable cause) {
        super(414, "URI too long", message, cause);
    }
}
