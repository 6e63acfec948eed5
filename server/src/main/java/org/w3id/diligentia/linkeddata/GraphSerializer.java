package org.w3id.diligentia.linkeddata;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.diligentia.vocab.Namespaces;

/**
 * Writes a graph in one of the RDF {@link Format}s: Turtle and RDF/XML with the standard prefixes
 * and nested blank nodes, N-Triples, and JSON-LD compacted against the published context.
 */
public final class GraphSerializer {
    private final JsonLdContext context;
    private final PrefixMapping prefixes;

    public GraphSerializer(JsonLdContext context) {
        this.context = context;
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(Namespaces.STANDARD)
                .setNsPrefix("wd", "http://www.wikidata.org/entity/")
                .setNsPrefix("vann", "http://purl.org/vocab/vann/")
                .removeNsPrefix("id")
                .lock();
    }

    /**
     * Writes {@code graph} in {@code format} to {@code out}. {@code contextUrl} is where a JSON-LD
     * client finds the context (the server's own {@code /context.jsonld}).
     */
    public void write(Graph graph, Format format, String contextUrl, OutputStream out) {
        switch (format) {
            case JSONLD -> context.write(graph, contextUrl, out);
            // "@prefix" directives, which every Turtle and N3 parser reads (rdflib's N3 parser does not read "PREFIX").
            case TURTLE -> RDFWriter.source(withPrefixes(graph)).format(RDFFormat.TURTLE_PRETTY)
                    .set(RIOT.symTurtleDirectiveStyle, "at").output(out);
            case RDFXML -> RDFWriter.source(withPrefixes(graph)).format(RDFFormat.RDFXML_ABBREV).output(out);
            case NTRIPLES -> RDFWriter.source(graph).format(RDFFormat.NTRIPLES_UTF8).output(out);
            case HTML -> throw new IllegalArgumentException("HTML is not an RDF syntax");
        }
    }

    /** A copy of {@code graph} with the standard prefixes it uses (Turtle and RDF/XML write them all). */
    private Graph withPrefixes(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        Set<String> iris = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            copy.add(t);
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()})
                if (n.isURI())
                    iris.add(n.getURI());
                else if (n.isLiteral())
                    iris.add(n.getLiteralDatatypeURI());
        });
        prefixes.getNsPrefixMap().forEach((prefix, ns) -> {
            if (iris.stream().anyMatch(iri -> iri.startsWith(ns)))
                copy.getPrefixMapping().setNsPrefix(prefix, ns);
        });
        return copy;
    }
}
