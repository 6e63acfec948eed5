package org.w3id.diligentia.error;

/** HTTP 415 Unsupported media type. */
public final class UnsupportedMediaTypeException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public UnsupportedMediaTypeException(String message) {
        super(415, "Unsupported media type", message);
    }

    public UnsupportedMediaTypeException(String message, Throwable cause) {
        super(415, "Unsupported media type", message, cause);
    }
}
