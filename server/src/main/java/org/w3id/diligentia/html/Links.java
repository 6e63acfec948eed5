package org.w3id.diligentia.html;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.Format;
import org.w3id.diligentia.linkeddata.ResourcePath;
import org.w3id.diligentia.vocab.Namespaces;

/**
 * How pages link to and name things: a resource under the canonical base links to its page on this
 * server, an ontology term to its entry on {@code /ontology}, anything else to its IRI. Names come
 * from the labels at hand (the description, the ontology), else a short form of the IRI.
 */
public final class Links {
    /** Names of the terms of reused vocabularies that pages show as row headers. */
    private static final Map<String, String> REUSED = Map.ofEntries(
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "type"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#label", "label"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#comment", "comment"),
            Map.entry("http://www.w3.org/2000/01/rdf-schema#seeAlso", "see also"),
            Map.entry("http://www.w3.org/2002/07/owl#sameAs", "same as"),
            Map.entry("http://www.w3.org/2004/02/skos/core#prefLabel", "preferred label"),
            Map.entry("http://www.w3.org/2004/02/skos/core#altLabel", "alternative label"),
            Map.entry("http://www.w3.org/2004/02/skos/core#definition", "definition"),
            Map.entry("http://www.w3.org/2004/02/skos/core#notation", "notation"),
            Map.entry("http://www.w3.org/2004/02/skos/core#inScheme", "in scheme"),
            Map.entry("http://www.w3.org/2004/02/skos/core#hasTopConcept", "top concept"),
            Map.entry("http://www.w3.org/2004/02/skos/core#broader", "broader"),
            Map.entry("http://www.w3.org/2004/02/skos/core#related", "related"),
            Map.entry("http://purl.org/dc/terms/title", "title"),
            Map.entry("http://purl.org/dc/terms/date", "date"),
            Map.entry("http://purl.org/dc/terms/source", "source"),
            Map.entry("http://purl.org/dc/terms/description", "description"),
            Map.entry("http://www.w3.org/ns/org#member", "member"),
            Map.entry("http://www.w3.org/ns/org#organization", "organization"),
            Map.entry("http://www.w3.org/ns/org#memberDuring", "member during"),
            Map.entry("http://www.w3.org/ns/org#subOrganizationOf", "part of"),
            Map.entry("http://www.w3.org/2006/time#hasBeginning", "beginning"),
            Map.entry("http://www.w3.org/2006/time#hasEnd", "end"),
            Map.entry("http://www.w3.org/2006/time#inXSDDate", "date"),
            Map.entry("http://www.w3.org/2006/time#inXSDgYearMonth", "month"),
            Map.entry("http://www.w3.org/2006/time#inXSDgYear", "year"),
            Map.entry("http://www.w3.org/ns/prov#wasDerivedFrom", "derived from"),
            Map.entry("http://www.w3.org/ns/prov#wasAttributedTo", "attributed to"),
            Map.entry("http://xmlns.com/foaf/0.1/homepage", "home page"));

    private final CanonicalIds ids;
    private final Function<Node, Optional<String>> labels;

    /** {@code labels} names the nodes it knows (from a description and the ontology). */
    public Links(CanonicalIds ids, Function<Node, Optional<String>> labels) {
        this.ids = ids;
        this.labels = labels;
    }

    /** The same links with more labels: {@code more} is asked first. */
    public Links with(Function<Node, Optional<String>> more) {
        return new Links(ids, n -> more.apply(n).or(() -> labels.apply(n)));
    }

    public CanonicalIds ids() {
        return ids;
    }

    /** Where a link to {@code iri} goes. */
    public String href(Node iri) {
        Optional<ResourcePath> path = ids.pathOf(iri);
        if (path.isPresent())
            return page(path.get());
        Optional<String> term = CanonicalIds.ontologyTerm(iri);
        if (term.isPresent())
            return "/ontology#" + term.get();
        if (iri.isURI() && iri.getURI().equals(CanonicalIds.ONTOLOGY))
            return "/ontology";
        return iri.isURI() ? iri.getURI() : "";
    }

    /** A name for {@code node}: its label, a reused term's name, or a short form of its IRI. */
    public String label(Node node) {
        Optional<String> label = labels.apply(node);
        if (label.isPresent())
            return label.get();
        if (!node.isURI())
            return node.isLiteral() ? node.getLiteralLexicalForm() : "(anonymous)";
        String reused = REUSED.get(node.getURI());
        if (reused != null)
            return reused;
        Optional<ResourcePath> path = ids.pathOf(node);
        if (path.isPresent())
            return String.join("/", path.get().key());
        String shortForm = Namespaces.STANDARD.shortForm(node.getURI());
        return shortForm.equals(node.getURI()) ? node.getURI() : shortForm;
    }

    /** {@code label} when there is one, else the name of {@code node} ({@link #label}). */
    public String name(String label, Node node) {
        return label == null || label.isBlank() ? label(node) : label;
    }

    /** The HTML page of {@code path}. */
    public static String page(ResourcePath path) {
        return "/page/" + path;
    }

    /** The RDF document of {@code path} in {@code format}. */
    public static String data(ResourcePath path, Format format) {
        return "/data/" + path + "?format=" + format.key();
    }
}
