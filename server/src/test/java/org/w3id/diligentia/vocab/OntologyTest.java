package org.w3id.diligentia.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.diligentia.support.TestHome;

class OntologyTest {

    static Model read(String file) {
        return RDFDataMgr.loadModel(TestHome.ontology().resolve(file).toString());
    }

    @Test
    void everyOntologyFileParses() throws IOException {
        try (Stream<Path> files = Files.list(TestHome.ontology())) {
            List<Path> ttl = files.filter(f -> f.toString().endsWith(".ttl")).toList();
            assertEquals(Set.of("diligentia.ttl", "vocabularies.ttl", "shapes.ttl"),
                    Set.copyOf(ttl.stream().map(p -> p.getFileName().toString()).toList()));
            for (Path f : ttl)
                assertFalse(RDFDataMgr.loadModel(f.toString()).isEmpty(), f + " is empty");
        }
    }

    @Test
    void shapesParseAndEveryShapeTargetsADeclaredClass() {
        Model ontology = read("diligentia.ttl");
        Model shapesModel = read("shapes.ttl");
        Shapes shapes = Shapes.parse(shapesModel);
        assertTrue(shapes.numShapes() >= 8, "expected the shapes of every curated class, got " + shapes.numShapes());
        Set<String> undeclared = new TreeSet<>();
        shapesModel.listObjectsOfProperty(shapesModel.createProperty(SHACL.targetClass.getURI()))
                .forEachRemaining(c -> {
                    if (!ontology.contains(c.asResource(), RDF.type, OWL2.Class))
                        undeclared.add(c.toString());
                });
        assertEquals(Set.of(), undeclared, "shapes target classes the ontology does not declare");
    }

    @Test
    void everyClassAndPropertyHasALabelAComment() {
        Model ontology = read("diligentia.ttl");
        Set<String> missing = new TreeSet<>();
        for (Resource type : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, RDFS.Datatype)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(term -> {
                if (!term.isURIResource() || !term.getURI().startsWith(DIL.NS))
                    return;
                if (!term.hasProperty(RDFS.label))
                    missing.add(term.getLocalName() + " has no rdfs:label");
                if (!term.hasProperty(RDFS.comment))
                    missing.add(term.getLocalName() + " has no rdfs:comment");
            });
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyPropertyHasADomainAndARange() {
        Model ontology = read("diligentia.ttl");
        Set<String> missing = new TreeSet<>();
        for (Resource type : List.of(OWL2.ObjectProperty, OWL2.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(p -> {
                if (!p.hasProperty(RDFS.domain))
                    missing.add(p.getLocalName() + " has no rdfs:domain");
                if (!p.hasProperty(RDFS.range))
                    missing.add(p.getLocalName() + " has no rdfs:range");
            });
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void theSixQuestionsStancesAndSixLevelsAreSkosConcepts() {
        Model vocab = read("vocabularies.ttl");
        assertEquals(6, count(vocab, DIL.Question));
        assertEquals(3, count(vocab, DIL.Stance));
        assertEquals(6, count(vocab, DIL.ConsensusLevel), "with not-established (issue 14)");
        Set<String> levels = new TreeSet<>();
        vocab.listSubjectsWithProperty(RDF.type, DIL.ConsensusLevel).forEachRemaining(l -> {
            assertTrue(l.hasProperty(vocab.createProperty("http://www.w3.org/2004/02/skos/core#inScheme")), l + " is in no scheme");
            assertTrue(l.hasProperty(DIL.rank), l + " has no rank");
            levels.add(l.getProperty(vocab.createProperty("http://www.w3.org/2004/02/skos/core#notation")).getString());
        });
        assertEquals(Set.of("consensus", "broad", "not-established", "contested", "emerging", "none"), levels);
        RDFNode broadSupport = vocab.getResource(Ids.ID + "level/broad").getProperty(DIL.minSupport).getObject();
        assertEquals("2/3", broadSupport.asLiteral().getLexicalForm(), "thresholds are data in the vocabulary");
    }

    private static long count(Model m, Resource type) {
        return m.listSubjectsWithProperty(RDF.type, type).toList().size();
    }
}
