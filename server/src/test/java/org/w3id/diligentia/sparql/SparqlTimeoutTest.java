package org.w3id.diligentia.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bounds of {@link SparqlLimits}: the time a {@code timeout} parameter gets, and the limits it accepts. */
class SparqlTimeoutTest {
    private static final SparqlLimits LIMITS = new SparqlLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 100, 1024);

    @Test
    void withoutATimeoutTheDefaultApplies() {
        assertEquals(Duration.ofSeconds(10), LIMITS.timeoutFor(null));
        assertEquals(Duration.ofSeconds(10), LIMITS.timeoutFor("  "));
    }

    @Test
    void aClientMayAskForLessOrMoreButNeverPastTheMaximum() {
        assertEquals(Duration.ofMillis(200), LIMITS.timeoutFor("0.2"));
        assertEquals(Duration.ofSeconds(25), LIMITS.timeoutFor(" 25 "));
        assertEquals(Duration.ofSeconds(30), LIMITS.timeoutFor("100"));
        assertEquals(Duration.ofMillis(1), LIMITS.timeoutFor("0.0001"), "at least a millisecond");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "0", "-1", "86401", "1e100", "NaN", "0x10"})
    void aTimeoutThatIsNotAPositiveNumberOfSecondsIsRefusedByName(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIMITS.timeoutFor(value));
        assertTrue(e.getMessage().startsWith("Parameter 'timeout' must be a positive number of seconds (at most 30 s"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }

    @Test
    void aLongBadValueIsShortenedInTheMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIMITS.timeoutFor("x".repeat(500)));
        assertTrue(e.getMessage().contains("x".repeat(40) + "...'") && !e.getMessage().contains("x".repeat(41)), e.getMessage());
    }

    @Test
    void theLimitsThemselvesMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> new SparqlLimits(Duration.ZERO, Duration.ofSeconds(1), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SparqlLimits(Duration.ofSeconds(2), Duration.ofSeconds(1), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SparqlLimits(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, 1));
        assertEquals("1.5 s", SparqlLimits.seconds(Duration.ofMillis(1500)));
    }
}
