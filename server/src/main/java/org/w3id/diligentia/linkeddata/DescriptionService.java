package org.w3id.diligentia.linkeddata;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.diligentia.error.NotFoundException;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryArgs;

/**
 * Describes resources for linked-data clients, with the canned queries {@code ld-exists} and
 * {@code ld-describe} (the resource bound as a typed IRI). A resource exists if it is the subject of
 * at least one statement. A description is a document, {@code {base}data/{kind}/{key}}, and says so:
 * it carries that document's licence ({@link DocumentLicense}). Knows nothing of HTTP.
 */
public final class DescriptionService {
    private final CannedQueries queries;
    private final CanonicalIds ids;

    public DescriptionService(CannedQueries queries, CanonicalIds ids) {
        this.queries = queries;
        this.ids = ids;
        queries.require("ld-exists", "ld-describe");
    }

    /** Whether {@code iri} is the subject of any statement. */
    public boolean exists(Node iri) {
        return queries.ask("ld-exists", QueryArgs.none().with("resource", iri));
    }

    /**
     * The description of {@code iri}, with the licence of its document.
     *
     * @throws NotFoundException if nothing is said about it
     */
    public Description describe(Node iri) {
        Graph graph = queries.construct("ld-describe", QueryArgs.none().with("resource", iri));
        if (!graph.contains(iri, Node.ANY, Node.ANY))
            throw notFound(iri);
        ids.pathOf(iri).ifPresent(path -> DocumentLicense.state(graph, ids.document(path)));
        return new Description(iri, graph);
    }

    /** The 404 for a resource the graph says nothing about. */
    public static NotFoundException notFound(Node iri) {
        return new NotFoundException("There is no resource <" + iri.getURI() + "> in the knowledge graph.");
    }
}
