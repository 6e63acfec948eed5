package org.w3id.diligentia.sparql;

import java.math.BigDecimal;
import java.time.Duration;

import org.w3id.diligentia.web.TruncatedHeader;

/**
 * The bounds of every query at {@code /sparql}: a time limit (the default, which a client's
 * {@code timeout} parameter may change but never past the maximum), a cap on the rows of a SELECT
 * and on the triples (or quads) of a CONSTRUCT or DESCRIBE, and the largest request body.
 */
public record SparqlLimits(Duration defaultTimeout, Duration maxTimeout, int maxRows, long maxBodyBytes) {
    /** The response header that says a result was cut at the cap: {@code true; limit=N}. */
    public static final String TRUNCATED_HEADER = TruncatedHeader.NAME;

    public SparqlLimits {
        if (defaultTimeout.isNegative() || defaultTimeout.isZero() || maxTimeout.compareTo(defaultTimeout) < 0)
            throw new IllegalArgumentException("need 0 < default timeout <= max timeout, got " + defaultTimeout + ", " + maxTimeout);
        if (maxRows < 1 || maxBodyBytes < 1)
            throw new IllegalArgumentException("caps must be positive");
    }

    /**
     * The time limit of a query whose client sent {@code timeout} (seconds, as in Fuseki's protocol
     * extension; null when absent): the default without one, else the requested time, never above
     * the maximum.
     *
     * @throws IllegalArgumentException with a message for the client if {@code timeout} is not a
     *     positive number of seconds
     */
    public Duration timeoutFor(String timeout) {
        if (timeout == null || timeout.isBlank())
            return defaultTimeout;
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(timeout.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(invalid(timeout));
        }
        if (seconds.signum() <= 0 || seconds.compareTo(BigDecimal.valueOf(86_400)) > 0)
            throw new IllegalArgumentException(invalid(timeout));
        Duration asked = Duration.ofMillis(Math.max(1, seconds.movePointRight(3).longValue()));
        return asked.compareTo(maxTimeout) > 0 ? maxTimeout : asked;
    }

    private String invalid(String timeout) {
        String shown = timeout.length() > 40 ? timeout.substring(0, 40) + "..." : timeout;
        return "Parameter 'timeout' must be a positive number of seconds (at most " + seconds(maxTimeout)
                + " are granted), got '" + shown + "'.";
    }

    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
