package org.w3id.diligentia.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** What a description says of its resource: types, objects, and the label a page shows. */
class DescriptionTest {
    private static final Node FRA = NodeFactory.createURI("https://w3id.org/diligentia/id/state/FRA");
    private static final Graph G = RDFParser.fromString("""
            @prefix dil: <https://w3id.org/diligentia/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <https://w3id.org/diligentia/id/state/FRA> a dil:State , dil:Actor ;
                rdfs:label "France"@fr , "France (the Republic)"@en ; skos:prefLabel "Frankreich"@de .
            <https://w3id.org/diligentia/id/instrument/X> dct:title "Un titre"@fr , "A title"@en-GB .
            <https://w3id.org/diligentia/id/org/AU> rdfs:label "AU" .
            """, Lang.TURTLE).toGraph();

    @Test
    void skosPrefLabelComesFirstThenRdfsLabelThenTitleEnglishFirst() {
        Description d = new Description(FRA, G);
        assertEquals(Optional.of("Frankreich"), d.label(FRA), "skos:prefLabel before rdfs:label, whatever the language");
        assertEquals(Optional.of("A title"), d.label(NodeFactory.createURI("https://w3id.org/diligentia/id/instrument/X")));
        assertEquals(Optional.of("AU"), d.label(NodeFactory.createURI("https://w3id.org/diligentia/id/org/AU")));
        assertEquals(Optional.empty(), d.label(NodeFactory.createURI("https://w3id.org/diligentia/id/org/EU")));
    }

    @Test
    void typesAndObjectsAreReadFromTheGraph() {
        Description d = new Description(FRA, G);
        assertEquals(2, d.types().size());
        assertTrue(d.hasType(NodeFactory.createURI("https://w3id.org/diligentia/ontology#State")));
        assertEquals(List.of(), d.objects(FRA, NodeFactory.createURI("http://purl.org/dc/terms/title")));
    }
}
