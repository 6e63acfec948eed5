package org.w3id.diligentia.error;

/** HTTP 422 Unprocessable content: the request is well-formed, but what it asks for is refused. */
public final class UnprocessableContentException extends DiligentiaException {
    private static final long serialVersionUID = 1L;

    public UnprocessableContentException(String message) {
        super(422, "Unprocessable content", message);
    }
}
