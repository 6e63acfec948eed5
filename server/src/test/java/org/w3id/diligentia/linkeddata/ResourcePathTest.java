package org.w3id.diligentia.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only well-formed resource paths exist, so a path is always safe in a URL or an IRI. */
class ResourcePathTest {
    @Test
    void aKindAndAKeyMakeAPath() {
        ResourcePath p = ResourcePath.of("membership", "AU-GIN-2").orElseThrow();
        assertEquals("membership/AU-GIN-2", p.toString());
        assertEquals(List.of("AU-GIN-2"), p.key());
        assertEquals("assessment/world/dd-binding", ResourcePath.of("assessment", "world", "dd-binding").orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"state/FRA", "assessment/EU/dd-binding", "position/UNGA-70-237-dd-applies", "org/OEWG_2019"})
    void aPathParsesBackToItself(String path) {
        assertEquals(path, ResourcePath.parse(path).orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"state", "state/", "/FRA", "State/FRA", "state/FR A", "state/FRA/x", "assessment/EU",
            "assessment/EU/dd-binding/x", "state/..%2F", "state/a<b", "st ate/FRA", "", "state/..", "state/.",
            "assessment/../dd-binding"})
    void anythingElseIsNotAPath(String path) {
        assertEquals(Optional.empty(), ResourcePath.parse(path), path);
    }

    @Test
    void nullsAndLongKeysAreRefused() {
        assertEquals(Optional.empty(), ResourcePath.of(null, "FRA"));
        assertEquals(Optional.empty(), ResourcePath.of("state", (String) null));
        assertEquals(Optional.empty(), ResourcePath.of("state", "x".repeat(101)));
        assertTrue(ResourcePath.of("state", "x".repeat(100)).isPresent());
        assertThrows(IllegalArgumentException.class, () -> new ResourcePath("state", List.of()));
    }
}
