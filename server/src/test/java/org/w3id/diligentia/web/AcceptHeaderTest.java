package org.w3id.diligentia.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Accept parser and chooser, against RFC 9110 section 12.5.1 and what real clients send. */
class AcceptHeaderTest {
    /** The server's offers for a resource, in order of preference. */
    private static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples", "text/html");

    private static Optional<String> choose(String header) {
        return AcceptHeader.parse(header).choose(OFFERS, Function.identity());
    }

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // No header, an empty one, or anything: the server's first choice.
            "                                                      | text/turtle",
            "*/*                                                   | text/turtle",
            "''                                                    | text/turtle",
            // One type.
            "application/ld+json                                   | application/ld+json",
            "APPLICATION/RDF+XML                                   | application/rdf+xml",
            // A browser: HTML preferred, everything else at 0.8.
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
            // rdflib 6 without a format hint.
            "application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5, */*;q=0.1 | application/rdf+xml",
            // Quality decides, then the server's order.
            "text/html;q=0.9, text/turtle;q=0.5                    | text/html",
            "text/html;q=0.5, application/n-triples;q=0.5          | application/n-triples",
            "text/*                                                | text/turtle",
            // The most specific range sets the quality, even when a wider one has more.
            "text/*;q=1, text/turtle;q=0.1, application/ld+json;q=0.5 | text/html",
            // q=0 rules a type out.
            "text/turtle;q=0, */*                                  | application/ld+json",
            // Parameters (a JSON-LD profile, with a comma inside quotes) are accepted and ignored.
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted, x\" | application/ld+json",
            // Malformed ranges are skipped; if nothing is left, anything goes.
            "garbage, application/n-triples                        | application/n-triples",
            "text/turtle;q=2, application/ld+json                  | application/ld+json",
            "garbage                                               | text/turtle",
    })
    void choosesLikeRfc9110(String header, String expected) {
        assertEquals(Optional.of(expected), choose(header));
    }

    @Test
    void nothingFitsWhenEveryOfferIsRuledOutOrUnmentioned() {
        assertEquals(Optional.empty(), choose("image/png"));
        assertEquals(Optional.empty(), choose("text/turtle;q=0, application/*;q=0, text/html;q=0.000"));
        assertEquals(Optional.empty(), choose("*/*;q=0"));
    }

    @Test
    void theQualityOfATypeIsThatOfTheMostSpecificRangeMatchingIt() {
        AcceptHeader accept = AcceptHeader.parse("text/*;q=0.3, text/html;q=0.7, text/html;level=1, text/html;level=2;q=0.4, */*;q=0.5");
        assertEquals(0.7, accept.quality("text/html"));
        assertEquals(0.3, accept.quality("text/plain"));
        assertEquals(0.5, accept.quality("image/jpeg"));
    }
}
