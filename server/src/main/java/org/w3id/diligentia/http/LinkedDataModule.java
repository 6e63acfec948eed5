package org.w3id.diligentia.http;

import java.time.Clock;

import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.DescriptionService;
import org.w3id.diligentia.linkeddata.GraphSerializer;
import org.w3id.diligentia.linkeddata.JsonLdContext;
import org.w3id.diligentia.linkeddata.OntologyService;
import org.w3id.diligentia.linkeddata.ResourceViews;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.QueryLimits;

/**
 * The linked-data part of the service, wired: dereferencing ({@code /id}, {@code /data},
 * {@code /page}), the ontology and the JSON-LD context, the home page, the query editor and the
 * CORS policy. The routes that use these handlers are in {@link Routes}.
 */
record LinkedDataModule(LinkedDataHandlers resources, OntologyHandlers ontology, QueryEditorHandler editor,
                        CorsHandler cors, GraphSerializer serializer) {

    static LinkedDataModule create(Settings settings, KnowledgeStore store, CannedQueries queries,
                                   ConsensusService consensus, RenderedCache cache, Clock clock) {
        QueryCatalog catalog = queries.catalog();
        QueryLimits limits = queries.limits();
        CanonicalIds ids = new CanonicalIds(settings.base());
        JsonLdContext context = JsonLdContext.bundled();
        GraphSerializer serializer = new GraphSerializer(context);
        DescriptionService descriptions = new DescriptionService(store, ids, catalog, limits);
        OntologyService ontology = new OntologyService(store, catalog, limits);
        ResourceViews views = new ResourceViews(store, queries, consensus, descriptions, ontology);
        return new LinkedDataModule(
                new LinkedDataHandlers(store, ids, descriptions, views, ontology, serializer, cache, clock),
                new OntologyHandlers(store, ids, ontology, serializer, context, cache, clock),
                new QueryEditorHandler(catalog, clock),
                new CorsHandler(),
                serializer);
    }
}
