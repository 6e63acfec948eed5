package org.w3id.diligentia.sparql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the endpoint refuses before a query runs: deep nesting, SERVICE anywhere, java: functions and predicates. */
class QueryGuardTest {
    private static QueryGuard.Refused refused(String query) {
        return assertThrows(QueryGuard.Refused.class, () -> QueryGuard.check(QueryFactory.create(query)), query);
    }

    @Test
    void nestingIsCountedOnTheTextUpToTheLimit() {
        String ok = "SELECT * WHERE " + "{".repeat(QueryGuard.MAX_NESTING) + "}".repeat(QueryGuard.MAX_NESTING);
        assertDoesNotThrow(() -> QueryGuard.checkNesting(ok));
        String deep = "SELECT * WHERE " + "(".repeat(QueryGuard.MAX_NESTING + 1);
        QueryGuard.Refused e = assertThrows(QueryGuard.Refused.class, () -> QueryGuard.checkNesting(deep));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains((QueryGuard.MAX_NESTING + 1) + " levels"), e.getMessage());
    }

    @Test
    void bracketsInStringsAndCommentsAreNotNesting() {
        String many = "{".repeat(QueryGuard.MAX_NESTING + 5);
        assertDoesNotThrow(() -> QueryGuard.checkNesting("ASK { ?s ?p \"" + many + "\" } # " + many + "\n"));
        assertDoesNotThrow(() -> QueryGuard.checkNesting("ASK { ?s ?p '''" + many + "\n" + many + "''' }"));
        assertDoesNotThrow(() -> QueryGuard.checkNesting("ASK { ?s ?p 'it\\'s " + many + "' }"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
            "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <http://x.example/> { ?s ?p ?o } } }",
            "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x.example/> { ?s ?p ?o } } } }",
            "ASK { FILTER EXISTS { SERVICE <http://x.example/> { ?s ?p ?o } } }",
            "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <http://x.example/> } }"})
    void serviceIsRefusedWhereverItAppears(String query) {
        QueryGuard.Refused e = refused(query);
        assertEquals(422, e.status());
        assertTrue(e.getMessage().contains("SERVICE"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT (<java:org.apache.jena.sparql.function.library.sha1sum>('x') AS ?h) WHERE {}",
            "SELECT * WHERE { ?s <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?a ?b) }",
            "SELECT * WHERE { FILTER(<JAVA:Some.Class>(1)) }"})
    void javaSchemeIrisAreRefusedAsFunctionsAndPredicates(String query) {
        QueryGuard.Refused e = refused(query);
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("java: scheme"), e.getMessage());
    }

    @Test
    void ordinaryQueriesPass() {
        for (String q : new String[] {"SELECT ?s WHERE { ?s a ?t FILTER(STRSTARTS(STR(?t), 'https://')) } LIMIT 5",
                "ASK { ?s <http://www.w3.org/ns/org#member>/<http://www.w3.org/2000/01/rdf-schema#label> ?l }",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "DESCRIBE <https://w3id.org/diligentia/id/state/FRA>"})
            assertDoesNotThrow(() -> QueryGuard.check(QueryFactory.create(q)), q);
    }
}
