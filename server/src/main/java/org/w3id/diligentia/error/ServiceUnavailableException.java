package org.w3id.diligentia.error;

import java.time.Duration;
import java.util.Optional;

/** HTTP 503 Service unavailable; with a {@code Retry-After} when the server knows when to come back. */
public final class ServiceUnavailableException extends DiligentiaException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public ServiceUnavailableException(String message) {
        this(message, (Duration) null);
    }

    public ServiceUnavailableException(String message, Throwable cause) {
        super(503, "Service unavailable", message, cause);
        this.retryAfter = null;
    }

    /** A refusal the client may retry after {@code retryAfter} (whole seconds are sent). */
    public ServiceUnavailableException(String message, Duration retryAfter) {
        super(503, "Service unavailable", message);
        this.retryAfter = retryAfter;
    }

    /** The {@code Retry-After} value in seconds, if any. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfter).map(d -> Math.max(1, d.toSeconds()));
    }
}
