package org.w3id.diligentia.http;

import java.time.Clock;
import java.util.function.Supplier;

import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.html.Links;
import org.w3id.diligentia.linkeddata.CanonicalIds;
import org.w3id.diligentia.linkeddata.DescriptionService;
import org.w3id.diligentia.linkeddata.GraphSerializer;
import org.w3id.diligentia.linkeddata.JsonLdContext;
import org.w3id.diligentia.linkeddata.OntologyService;
import org.w3id.diligentia.linkeddata.ResourceViews;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.web.ByteCache;

/**
 * The linked-data part of the service, wired: dereferencing ({@code /id}, {@code /data},
 * {@code /page}), the ontology and the JSON-LD context, the query editor, and what the home page
 * takes from them (the index of resources, links labelled from the ontology). The routes that use
 * these handlers are in {@link Routes}.
 */
record LinkedDataModule(LinkedDataHandlers resources, OntologyHandlers ontology, QueryEditorHandler editor,
                        GraphSerializer serializer, ResourceViews views, Supplier<Links> links) {

    static LinkedDataModule create(Settings settings, KnowledgeStore store, CannedQueries queries,
                                   ConsensusService consensus, Requests requests, ByteCache cache, Clock clock) {
        CanonicalIds ids = new CanonicalIds(settings.base());
        JsonLdContext context = JsonLdContext.bundled();
        GraphSerializer serializer = new GraphSerializer(context);
        DescriptionService descriptions = new DescriptionService(queries, ids);
        OntologyService ontology = new OntologyService(queries, () -> store.info().version());
        ResourceViews views = new ResourceViews(queries, consensus, descriptions, ontology);
        // Links and labels for pages: labels from the ontology (terms and concepts).
        Supplier<Links> links = () -> new Links(ids, ontology.index()::label);
        return new LinkedDataModule(
                new LinkedDataHandlers(store, ids, descriptions, views, links, serializer, cache, requests),
                new OntologyHandlers(store, ontology, links, serializer, context, cache, clock),
                new QueryEditorHandler(queries.catalog(), clock),
                serializer, views, links);
    }
}
