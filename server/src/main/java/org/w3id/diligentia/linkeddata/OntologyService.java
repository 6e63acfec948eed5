package org.w3id.diligentia.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.QueryLimits;

/**
 * The ontology document served at {@code /ontology} (canned query {@code ld-ontology}), and its
 * index for the HTML page and for labelling terms on every page. Both are computed once per loaded
 * dataset version. Knows nothing of HTTP.
 */
public final class OntologyService {
    private final KnowledgeStore store;
    private final CannedQuery ontology;
    private final QueryLimits limits;
    private final VersionedCache<Graph> document;
    private final VersionedCache<OntologyIndex> index;

    public OntologyService(KnowledgeStore store, QueryCatalog catalog, QueryLimits limits) {
        this.store = store;
        this.ontology = LinkedDataQueries.require(catalog, "ld-ontology");
        this.limits = limits;
        this.document = new VersionedCache<>(() -> store.info().version());
        this.index = new VersionedCache<>(() -> store.info().version());
    }

    /**
     * The ontology and its vocabularies, as loaded; the ontology is the document, and carries its
     * licence ({@link DocumentLicense}).
     *
     * @throws ServiceUnavailableException if the store holds no ontology (nothing loaded yet)
     */
    public Graph document() {
        Graph g = document.get(() -> {
            Graph loaded = store.construct(ontology.query(), BindingFactory.empty(), limits);
            return loaded.isEmpty() ? loaded : DocumentLicense.state(loaded, NodeFactory.createURI(CanonicalIds.ONTOLOGY));
        });
        if (g.isEmpty())
            throw new ServiceUnavailableException("The ontology is not loaded yet.");
        return g;
    }

    /** The classes, properties and concept schemes of {@link #document()}, with their labels. */
    public OntologyIndex index() {
        Graph g = document();
        return index.get(() -> OntologyIndex.of(g));
    }
}
