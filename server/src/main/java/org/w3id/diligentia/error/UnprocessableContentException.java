package org.w3id.diligentia.error;

/** HTTP 422 Unprocessable content: understood, but what it asks for cannot be done (sources that do not load). */
public final class UnprocessableContentException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public UnprocessableContentException(String message) {
        super(422, "Unprocessable content", message);
    }
}
