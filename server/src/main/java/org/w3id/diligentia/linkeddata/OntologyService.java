package org.w3id.diligentia.linkeddata;

import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.query.AnswerCache;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;

/**
 * The ontology document served at {@code /ontology} (canned query {@code ld-ontology}), and its
 * index for the HTML page and for labelling terms on every page. Both are computed once per loaded
 * dataset version. Knows nothing of HTTP.
 */
public final class OntologyService {
    private final CannedQueries queries;
    private final AnswerCache cache;

    public OntologyService(CannedQueries queries, Supplier<String> version) {
        this.queries = queries;
        queries.require("ld-ontology");
        queries.require("ld-shapes");
        this.cache = new AnswerCache(version, 3);
    }

    /**
     * The ontology and its vocabularies, as loaded, with the licence of the ontology document
     * ({@link DocumentLicense}).
     *
     * @throws ServiceUnavailableException if the store holds no ontology (nothing loaded yet)
     */
    public Graph document() {
        Graph g = cache.get("document", () -> {
            Graph loaded = queries.construct("ld-ontology", QueryArgs.none());
            return loaded.isEmpty() ? loaded : DocumentLicense.state(loaded, NodeFactory.createURI(CanonicalIds.ONTOLOGY));
        });
        if (g.isEmpty())
            throw new ServiceUnavailableException("The ontology is not loaded yet.");
        return g;
    }

    /**
     * The SHACL shapes the sources are validated with, as loaded, with the licence of the document.
     *
     * @throws ServiceUnavailableException if the store holds no shapes (nothing loaded yet)
     */
    public Graph shapes() {
        Graph g = cache.get("shapes", () -> {
            Graph loaded = queries.construct("ld-shapes", QueryArgs.none());
            return loaded.isEmpty() ? loaded : DocumentLicense.state(loaded, NodeFactory.createURI(CanonicalIds.SHAPES));
        });
        if (g.isEmpty())
            throw new ServiceUnavailableException("The shapes are not loaded yet.");
        return g;
    }

    /** The classes, properties and concept schemes of {@link #document()}, with their labels. */
    public OntologyIndex index() {
        Graph g = document();
        return cache.get("index", () -> OntologyIndex.of(g));
    }
}
