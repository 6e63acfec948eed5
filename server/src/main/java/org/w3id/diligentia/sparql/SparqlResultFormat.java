package org.w3id.diligentia.sparql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.diligentia.error.BadRequestException;
import org.w3id.diligentia.web.AcceptHeader;

/**
 * The formats {@code /sparql} answers in when the store is remote, chosen as the embedded Fuseki
 * endpoint chooses them: by the {@code output} or {@code format} parameter (a name such as
 * {@code json} or {@code ttl}, SPARQLWrapper's names included, or a media type), else by
 * {@code Accept}; a request without {@code Accept}, or accepting none of them, gets XML results or
 * Turtle, as from Fuseki.
 *
 * @param mediaType   what the client asked for and gets ({@code application/json} is JSON results)
 * @param contentType the {@code Content-Type} header
 * @param lang        the Jena writer
 */
public record SparqlResultFormat(String mediaType, String contentType, Lang lang) {
    private static final List<SparqlResultFormat> RESULTS = List.of(
            new SparqlResultFormat("application/sparql-results+json", "application/sparql-results+json; charset=utf-8", ResultSetLang.RS_JSON),
            new SparqlResultFormat("application/sparql-results+xml", "application/sparql-results+xml", ResultSetLang.RS_XML),
            new SparqlResultFormat("text/csv", "text/csv; charset=utf-8", ResultSetLang.RS_CSV),
            new SparqlResultFormat("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", ResultSetLang.RS_TSV),
            new SparqlResultFormat("application/json", "application/json;charset=utf-8", ResultSetLang.RS_JSON),
            new SparqlResultFormat("application/xml", "application/xml", ResultSetLang.RS_XML),
            new SparqlResultFormat("text/plain", "text/plain;charset=utf-8", ResultSetLang.RS_Text));
    private static final List<SparqlResultFormat> GRAPHS = List.of(
            new SparqlResultFormat("text/turtle", "text/turtle", Lang.TURTLE),
            new SparqlResultFormat("application/ld+json", "application/ld+json", Lang.JSONLD11),
            new SparqlResultFormat("application/rdf+xml", "application/rdf+xml", Lang.RDFXML),
            new SparqlResultFormat("application/n-triples", "application/n-triples", Lang.NTRIPLES),
            new SparqlResultFormat("application/n-quads", "application/n-quads", Lang.NQUADS),
            new SparqlResultFormat("application/trig", "application/trig", Lang.TRIG),
            new SparqlResultFormat("application/rdf+json", "application/rdf+json", Lang.RDFJSON));
    /** Format names for the {@code output} and {@code format} parameters, for results and for graphs. */
    private static final Map<String, String> RESULT_NAMES = Map.of(
            "json", "application/sparql-results+json", "xml", "application/sparql-results+xml",
            "csv", "text/csv", "tsv", "text/tab-separated-values", "text", "text/plain");
    private static final Map<String, String> GRAPH_NAMES = Map.ofEntries(
            Map.entry("ttl", "text/turtle"), Map.entry("turtle", "text/turtle"), Map.entry("n3", "text/turtle"),
            Map.entry("text/n3", "text/turtle"), Map.entry("text/rdf+n3", "text/turtle"),
            Map.entry("nt", "application/n-triples"), Map.entry("ntriples", "application/n-triples"),
            Map.entry("n-triples", "application/n-triples"), Map.entry("xml", "application/rdf+xml"),
            Map.entry("rdf", "application/rdf+xml"), Map.entry("rdfxml", "application/rdf+xml"),
            Map.entry("rdf+xml", "application/rdf+xml"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("json-ld", "application/ld+json"), Map.entry("json", "application/ld+json"),
            Map.entry("trig", "application/trig"), Map.entry("nq", "application/n-quads"));

    /** The format for an {@code Accept} header. */
    public static SparqlResultFormat negotiate(String accept, boolean graph) {
        List<SparqlResultFormat> offers = graph ? GRAPHS : RESULTS;
        if (accept == null || accept.isBlank())
            return offers.get(graph ? 0 : 1);
        return AcceptHeader.parse(accept).choose(offers, SparqlResultFormat::mediaType).orElse(offers.get(graph ? 0 : 1));
    }

    /** The format an {@code output} or {@code format} parameter names; 400 if it names none. */
    public static SparqlResultFormat named(String name, boolean graph) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        int semi = key.indexOf(';');
        if (semi >= 0)
            key = key.substring(0, semi).strip();
        String mediaType = (graph ? GRAPH_NAMES : RESULT_NAMES).getOrDefault(key, key);
        Optional<SparqlResultFormat> found = (graph ? GRAPHS : RESULTS).stream().filter(f -> f.mediaType.equals(mediaType)).findFirst();
        return found.orElseThrow(() -> new BadRequestException("Can't determine output content type: '" + name + "'."));
    }
}
