package org.w3id.diligentia.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Canonical IRIs of resources and of their documents, under any base, and the paths they come from. */
class CanonicalIdsTest {
    private static final CanonicalIds W3ID = new CanonicalIds("https://w3id.org/diligentia/");
    private static final CanonicalIds OTHER = new CanonicalIds("https://kb.example/x/");

    @Test
    void aPathHasAResourceIriAndADocumentIriUnderTheBase() {
        ResourcePath fra = ResourcePath.of("state", "FRA").orElseThrow();
        assertEquals("https://w3id.org/diligentia/id/state/FRA", W3ID.iri(fra).getURI());
        assertEquals("https://w3id.org/diligentia/data/state/FRA", W3ID.document(fra).getURI());
        ResourcePath assessment = ResourcePath.of("assessment", "EU", "dd-binding").orElseThrow();
        assertEquals("https://kb.example/x/id/assessment/EU/dd-binding", OTHER.iri(assessment).getURI());
        assertEquals("https://kb.example/x/data/assessment/EU/dd-binding", OTHER.document(assessment).getURI());
    }

    @Test
    void onlyResourcesUnderTheBaseHaveAPath() {
        assertEquals(Optional.of(ResourcePath.of("org", "AU").orElseThrow()),
                W3ID.pathOf(NodeFactory.createURI("https://w3id.org/diligentia/id/org/AU")));
        assertEquals(Optional.empty(), OTHER.pathOf(NodeFactory.createURI("https://w3id.org/diligentia/id/org/AU")));
        assertEquals(Optional.empty(), W3ID.pathOf(NodeFactory.createURI("https://w3id.org/diligentia/data/org/AU")));
        assertEquals(Optional.empty(), W3ID.pathOf(NodeFactory.createURI("https://w3id.org/diligentia/id/org/A%20U")));
        assertEquals(Optional.empty(), W3ID.pathOf(NodeFactory.createLiteralString("https://w3id.org/diligentia/id/org/AU")));
        assertEquals(Optional.empty(), W3ID.pathOf(null));
    }

    @Test
    void ontologyTermsAreNamedByTheirLocalName() {
        assertEquals(Optional.of("State"), CanonicalIds.ontologyTerm(NodeFactory.createURI("https://w3id.org/diligentia/ontology#State")));
        assertEquals(Optional.empty(), CanonicalIds.ontologyTerm(NodeFactory.createURI("https://w3id.org/diligentia/ontology#")));
        assertEquals(Optional.empty(), CanonicalIds.ontologyTerm(NodeFactory.createURI("http://www.w3.org/ns/org#member")));
        assertTrue(CanonicalIds.ONTOLOGY.equals("https://w3id.org/diligentia/ontology"));
    }
}
