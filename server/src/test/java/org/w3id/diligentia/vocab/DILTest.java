package org.w3id.diligentia.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The Java vocabulary and the ontology file name the same terms, in both directions. */
class DILTest {

    private static Set<String> declaredInOntology() {
        Model ontology = OntologyTest.read("diligentia.ttl");
        Set<String> terms = new TreeSet<>();
        for (Resource type : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, RDFS.Datatype))
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(t -> {
                if (t.isURIResource() && t.getURI().startsWith(DIL.NS))
                    terms.add(t.getURI());
            });
        return terms;
    }

    private static Set<String> constantsInJava() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : DIL.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType()))
                continue;
            String uri = ((Resource) f.get(null)).getURI();
            if (uri.startsWith(DIL.NS))
                terms.add(uri);
        }
        return terms;
    }

    @Test
    void everyJavaConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        Set<String> extra = constantsInJava();
        extra.removeAll(declaredInOntology());
        assertEquals(Set.of(), extra, "DIL constants with no declaration in ontology/diligentia.ttl");
    }

    @Test
    void everyOntologyTermHasAJavaConstant() throws IllegalAccessException {
        Set<String> missing = declaredInOntology();
        missing.removeAll(constantsInJava());
        assertEquals(Set.of(), missing, "ontology terms with no constant in DIL");
    }
}
