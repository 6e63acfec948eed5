package org.w3id.diligentia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.config.Settings;

/** The query time limits from options and the environment, as {@code --help} states them. */
class TimeoutOptionsTest {
    private static Settings settings(Map<String, String> env, String... args) {
        return new Environment(env).settings(Options.parse(List.of(args), Environment.SERVER_OPTIONS, Set.of("help")));
    }

    @Test
    void theMostAClientMayAskForIsTheQueryTimeoutByDefault() {
        // Before the builder, --query-timeout 5 alone left the maximum at 10 s, not "the query timeout" as --help says.
        Settings s = settings(Map.of(), "--query-timeout", "5");
        assertEquals(Duration.ofSeconds(5), s.queryTimeout());
        assertEquals(Duration.ofSeconds(5), s.maxQueryTimeout());
        Settings env = settings(Map.of("DILIGENTIA_QUERY_TIMEOUT", "2.5"));
        assertEquals(Duration.ofMillis(2500), env.maxQueryTimeout());
    }

    @Test
    void aMaximumGivenIsKeptAndOneBelowTheTimeoutIsAUsageError() {
        Settings s = settings(Map.of("DILIGENTIA_MAX_QUERY_TIMEOUT", "60"), "--query-timeout", "5");
        assertEquals(Duration.ofSeconds(60), s.maxQueryTimeout());
        UsageException e = assertThrows(UsageException.class, () -> settings(Map.of(), "--query-timeout", "5",
                "--max-query-timeout", "1"));
        assertTrue(e.getMessage().contains("--max-query-timeout (1 s) must not be below --query-timeout (5 s)"), e.getMessage());
    }
}
