package org.w3id.diligentia.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

/** The representations a resource has, the keys of {@code ?format=}, and what each negotiation offers. */
class FormatTest {
    @Test
    void keysSelectFormatsWhateverTheirCase() {
        assertEquals(Optional.of(Format.JSONLD), Format.byKey(" JSONLD "));
        assertEquals(Optional.of(Format.NTRIPLES), Format.byKey("nt"));
        assertEquals(Optional.empty(), Format.byKey("n3"));
        assertEquals(java.util.List.of("ttl", "jsonld", "rdf", "nt", "html"), Format.keys());
    }

    @Test
    void htmlIsNotRdfAndTextualTypesCarryTheirCharset() {
        assertFalse(Format.HTML.isRdf());
        assertEquals(Optional.empty(), Format.HTML.lang());
        assertEquals(Optional.of(Lang.RDFXML), Format.RDFXML.lang());
        assertEquals("text/turtle; charset=utf-8", Format.TURTLE.contentType());
        assertEquals("application/ld+json", Format.JSONLD.contentType());
    }

    @Test
    void dataDocumentsOfferRdfOnlyAndIdentifiersHtmlToo() {
        List<String> rdf = Format.RDF.stream().map(o -> o.mediaType() + "=" + o.format().key()).toList();
        assertEquals(List.of("text/turtle=ttl", "application/ld+json=jsonld", "application/rdf+xml=rdf",
                "application/n-triples=nt", "application/json=jsonld", "text/plain=nt"), rdf);
        assertTrue(Format.ALL.stream().anyMatch(o -> o.format() == Format.HTML));
        assertEquals(Format.RDF.size() + 1, Format.ALL.size());
    }
}
