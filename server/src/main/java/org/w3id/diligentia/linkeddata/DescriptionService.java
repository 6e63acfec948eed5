package org.w3id.diligentia.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.query.CannedQuery;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.QueryLimits;

/**
 * Describes resources for linked-data clients, with the canned queries {@code ld-exists} and
 * {@code ld-describe} run through the {@link KnowledgeStore} (the resource bound as a typed IRI).
 * A resource exists if it is the subject of at least one statement. A description is a document,
 * {@code {base}data/{kind}/{key}}, and says so: it carries that document's licence
 * ({@link DocumentLicense}). Knows nothing of HTTP.
 */
public final class DescriptionService {
    private static final Var RESOURCE = Var.alloc("resource");

    private final KnowledgeStore store;
    private final CanonicalIds ids;
    private final CannedQuery exists;
    private final CannedQuery describe;
    private final QueryLimits limits;

    public DescriptionService(KnowledgeStore store, CanonicalIds ids, QueryCatalog catalog, QueryLimits limits) {
        this.store = store;
        this.ids = ids;
        this.exists = LinkedDataQueries.require(catalog, "ld-exists");
        this.describe = LinkedDataQueries.require(catalog, "ld-describe");
        this.limits = limits;
    }

    /** Whether {@code iri} is the subject of any statement. */
    public boolean exists(Node iri) {
        return store.ask(exists.query(), bind(iri), limits);
    }

    /**
     * The description of {@code iri}, with the licence of its document.
     *
     * @throws NotFoundException if nothing is said about it
     */
    public Description describe(Node iri) {
        Graph graph = store.construct(describe.query(), bind(iri), limits);
        if (!graph.contains(iri, Node.ANY, Node.ANY))
            throw notFound(iri);
        ids.pathOf(iri).ifPresent(path -> DocumentLicense.state(graph, ids.document(path)));
        return new Description(iri, graph);
    }

    /** The 404 for a resource the graph says nothing about. */
    public static NotFoundException notFound(Node iri) {
        return new NotFoundException("There is no resource <" + iri.getURI() + "> in the knowledge graph.");
    }

    private static Binding bind(Node iri) {
        return BindingFactory.binding(RESOURCE, iri);
    }
}
