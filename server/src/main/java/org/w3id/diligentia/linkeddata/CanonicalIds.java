package org.w3id.diligentia.linkeddata;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.diligentia.vocab.DIL;

/**
 * Maps between the server's own paths and canonical IRIs. {@code GET /id/state/FRA} on any host
 * describes {@code {base}id/state/FRA}; responses always name resources by their canonical IRI.
 * The base is configurable ({@code --base}); the ontology's namespace is fixed
 * ({@link DIL#NS}) and its document is served at {@code /ontology}.
 */
public final class CanonicalIds {
    /** The ontology's IRI: its namespace without the '#'. */
    public static final String ONTOLOGY = DIL.NS.substring(0, DIL.NS.length() - 1);
    /** The SHACL shapes' IRI (their namespace without the '#'), served at {@code /shapes}. */
    public static final String SHAPES = "https://w3id.org/diligentia/shapes";

    private final String base;

    /** {@code base} is absolute and ends in '/' (see {@code Settings}). */
    public CanonicalIds(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    /** The canonical IRI of the resource at {@code path}. */
    public Node iri(ResourcePath path) {
        return NodeFactory.createURI(base + "id/" + path);
    }

    /** The canonical IRI of the RDF document that describes the resource at {@code path}: {@code {base}data/{path}}. */
    public Node document(ResourcePath path) {
        return NodeFactory.createURI(base + "data/" + path);
    }

    /** The path of {@code iri}, if it is a resource under this base. */
    public Optional<ResourcePath> pathOf(Node iri) {
        if (iri == null || !iri.isURI() || !iri.getURI().startsWith(base + "id/"))
            return Optional.empty();
        return ResourcePath.parse(iri.getURI().substring(base.length() + 3));
    }

    /** The local name of {@code iri} if it is a term of the ontology ({@code dil:State} gives "State"). */
    public static Optional<String> ontologyTerm(Node iri) {
        if (iri == null || !iri.isURI() || !iri.getURI().startsWith(DIL.NS) || iri.getURI().length() == DIL.NS.length())
            return Optional.empty();
        return Optional.of(iri.getURI().substring(DIL.NS.length()));
    }
}
