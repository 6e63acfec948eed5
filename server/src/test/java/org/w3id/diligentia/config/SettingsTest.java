package org.w3id.diligentia.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The settings builder: its defaults, one value at a time, and the checks made when it builds. */
class SettingsTest {
    private static final Path HOME = Path.of("/srv/diligentia");

    @Test
    void theDefaultsPutTheStoreAndTheSourcesInTheHomeFolder() {
        Settings s = Settings.defaults(HOME);
        assertEquals("0.0.0.0", s.host());
        assertEquals(Settings.DEFAULT_PORT, s.port());
        assertEquals(HOME.resolve("store"), s.storeDir());
        assertEquals(HOME.resolve("ontology"), s.ontologyDir());
        assertEquals(HOME.resolve("data"), s.dataDir());
        assertEquals(Settings.DEFAULT_QUERY_TIMEOUT, s.queryTimeout());
        assertEquals(Settings.DEFAULT_QUERY_TIMEOUT, s.maxQueryTimeout());
        assertEquals(Settings.DEFAULT_MAX_ROWS, s.maxRows());
        assertEquals(Settings.DEFAULT_BASE, s.base());
        assertFalse(s.adminEnabled());
        assertFalse(s.isRemote());
    }

    @Test
    void eachValueSetChangesThatValueOnly() {
        Settings s = Settings.builder(HOME).port(0).host("127.0.0.1").maxRows(5).base("https://kb.example/").build();
        assertEquals(0, s.port());
        assertEquals("127.0.0.1", s.host());
        assertEquals(5, s.maxRows());
        assertEquals("https://kb.example/", s.base());
        assertEquals(HOME.resolve("store"), s.storeDir());
        assertEquals(Settings.DEFAULT_QUERY_TIMEOUT, s.queryTimeout());
    }

    @Test
    void theMaximumQueryTimeoutFollowsTheQueryTimeoutUnlessSet() {
        assertEquals(Duration.ofSeconds(2), Settings.builder(HOME).queryTimeout(Duration.ofSeconds(2)).build().maxQueryTimeout());
        assertEquals(Duration.ofSeconds(30), Settings.builder(HOME).queryTimeout(Duration.ofSeconds(2))
                .maxQueryTimeout(Duration.ofSeconds(30)).build().maxQueryTimeout());
        // Through toBuilder too: a maximum equal to the timeout keeps following it, a larger one stays.
        assertEquals(Duration.ofSeconds(3), Settings.defaults(HOME).toBuilder().queryTimeout(Duration.ofSeconds(3)).build()
                .maxQueryTimeout());
        Settings raised = Settings.builder(HOME).maxQueryTimeout(Duration.ofSeconds(60)).build();
        assertEquals(Duration.ofSeconds(60), raised.toBuilder().queryTimeout(Duration.ofSeconds(3)).build().maxQueryTimeout());
    }

    @Test
    void toBuilderGivesBackTheSameSettings() {
        Settings s = Settings.builder(HOME).port(8080).adminToken("0123456789abcdef-token").maxRows(7)
                .remote(new RemoteEndpoints(Optional.of(URI.create("http://localhost:3030/ds/sparql")), Optional.empty()))
                .queryTimeout(Duration.ofSeconds(4)).maxQueryTimeout(Duration.ofSeconds(9)).build();
        assertEquals(s, s.toBuilder().build());
        assertTrue(s.isRemote());
    }

    @Test
    void aMaximumBelowTheQueryTimeoutIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.builder(HOME)
                .queryTimeout(Duration.ofSeconds(5)).maxQueryTimeout(Duration.ofSeconds(1)).build());
        assertTrue(e.getMessage().contains("1000 ms") && e.getMessage().contains("5000 ms"), e.getMessage());
    }

    @Test
    void theAdminTokenIsStrippedABlankOneIsNoneAndAShortOneIsRefused() {
        assertEquals("0123456789abcdef", Settings.builder(HOME).adminToken("  0123456789abcdef\n").build().adminToken());
        assertNull(Settings.builder(HOME).adminToken("   ").build().adminToken());
        assertThrows(IllegalArgumentException.class, () -> Settings.builder(HOME).adminToken("short").build());
        assertFalse(Settings.builder(HOME).adminToken("0123456789abcdef").build().toString().contains("0123456789abcdef"),
                "the token never reaches a log");
    }

    @Test
    void aBaseMustBeAnAbsoluteIriEndingInASlash() {
        for (String bad : new String[] {"kb.example/", "https://kb.example", "https://kb.example/?x=1/", "https://kb.example/#/"})
            assertThrows(IllegalArgumentException.class, () -> Settings.builder(HOME).base(bad).build(), bad);
    }
}
