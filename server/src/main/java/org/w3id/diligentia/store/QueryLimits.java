package org.w3id.diligentia.store;

import java.time.Duration;

/**
 * Bounds on one query execution: a time limit and a row cap. A result that hits the cap is
 * marked truncated, never silently cut.
 */
public record QueryLimits(Duration timeout, int maxRows) {
    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        if (maxRows < 1)
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
    }
}
