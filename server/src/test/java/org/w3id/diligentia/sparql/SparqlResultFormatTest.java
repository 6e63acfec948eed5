package org.w3id.diligentia.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.diligentia.error.BadRequestException;

/** How the forwarded {@code /sparql} picks a format: as the embedded Fuseki does. */
class SparqlResultFormatTest {
    @Test
    void withoutAcceptResultsAreXmlAndGraphsTurtle() {
        assertEquals(ResultSetLang.RS_XML, SparqlResultFormat.negotiate(null, false).lang());
        assertEquals(Lang.TURTLE, SparqlResultFormat.negotiate("", true).lang());
    }

    @Test
    void acceptIsReadWithItsQualities() {
        assertEquals("text/csv", SparqlResultFormat.negotiate("application/sparql-results+json;q=0.5, text/csv", false).mediaType());
        assertEquals("application/ld+json", SparqlResultFormat.negotiate("text/turtle;q=0.1, application/ld+json", true).mediaType());
        assertEquals("application/sparql-results+json; charset=utf-8",
                SparqlResultFormat.negotiate("application/sparql-results+json", false).contentType());
        // Nothing acceptable: the default rather than a refusal, as from Fuseki.
        assertEquals(ResultSetLang.RS_XML, SparqlResultFormat.negotiate("image/png", false).lang());
    }

    @ParameterizedTest(name = "{0} for a {1}")
    @CsvSource({"json, false, application/sparql-results+json", "XML, false, application/sparql-results+xml",
            "tsv, false, text/tab-separated-values", "text/csv; charset=utf-8, false, text/csv",
            "n3, true, text/turtle", "rdf+xml, true, application/rdf+xml", "json, true, application/ld+json",
            "ntriples, true, application/n-triples", "application/trig, true, application/trig"})
    void formatParametersTakeNamesAndMediaTypes(String name, boolean graph, String mediaType) {
        assertEquals(mediaType, SparqlResultFormat.named(name, graph).mediaType());
    }

    @Test
    void anUnknownFormatIsABadRequestNamingIt() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> SparqlResultFormat.named("yaml", false));
        assertTrue(e.getMessage().contains("'yaml'"), e.getMessage());
        assertThrows(BadRequestException.class, () -> SparqlResultFormat.named("ttl", false), "Turtle is not a result format");
    }
}
