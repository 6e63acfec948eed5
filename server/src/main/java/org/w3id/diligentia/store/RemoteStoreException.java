package org.w3id.diligentia.store;

/**
 * Writing to a remote store failed: the message says which request, what the store answered, and
 * what state the store may be left in.
 */
public final class RemoteStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RemoteStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public RemoteStoreException(String message) {
        super(message);
    }
}
