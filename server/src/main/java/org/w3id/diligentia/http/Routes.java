package org.w3id.diligentia.http;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3id.diligentia.web.CorsHandler;
import org.w3id.diligentia.web.CorsPolicy;
import org.w3id.diligentia.web.ProblemRenderer;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * The routes table: every HTTP route of the service, in one place. Handlers parse and validate input
 * ({@link Requests}), call a service, and render; errors are thrown and rendered by the
 * {@link ProblemRenderer}. {@code /sparql} is the embedded Fuseki endpoint, mounted in front of Javalin
 * ({@link org.w3id.diligentia.sparql.SparqlRouter}); over a remote store, the router passes queries
 * on to the {@link RemoteSparqlHandler} routes here.
 */
final class Routes {
    /** The routes that read no data: {@link #readsNoData}. */
    private static final Set<String> READ_NO_DATA = Set.of("/ping", "/health", "/openapi.json", "/docs");
    private static final List<String> READ_NO_DATA_UNDER = List.of("/assets/", "/webjars/");

    private Routes() {}

    /**
     * Whether a request for {@code path} reads no data, so it runs outside a read transaction of the
     * store ({@link org.w3id.diligentia.web.OneVersionPerRequest}): the constant {@code /ping}, the
     * assets, the Swagger UI page, {@code /health} (the dataset's version is known without a read),
     * and {@code /openapi.json}, which is built once per dataset version (in a read of its own).
     */
    static boolean readsNoData(String path) {
        return READ_NO_DATA.contains(path) || READ_NO_DATA_UNDER.stream().anyMatch(path::startsWith);
    }

    static void register(RoutesConfig routes, Handlers h) {
        // Every answer names the dataset version it was computed from (Link header, page footer).
        routes.before(h.versions()::before);
        routes.after(h.versions()::after);
        routes.get("/health", h.health()::handle);
        routes.get("/ping", ctx -> ctx.contentType("text/plain").result("pong"));

        routes.get("/api/consensus", h.consensus()::assessment);
        routes.get("/api/consensus/timeline", h.consensus()::timeline);
        routes.get("/api/consensus/matrix", h.consensus()::matrix);
        routes.get("/api/consensus/regional-coverage", h.consensus()::regionalCoverage);
        routes.get("/api/custom", h.custom()::indicators);
        routes.get("/api/diffusion", h.diffusion()::diffusion);
        // What if: the answers above on a copy in memory with hypothetical positions and counting variants.
        routes.post("/api/what-if", h.whatIf()::answer);

        routes.get("/api/compare", h.compare()::api);

        routes.get("/api/questions", h.reference()::questions);
        routes.get("/api/states", h.reference()::states);
        routes.get("/api/states/{iso3}", h.reference()::state);
        routes.get("/api/organizations", h.reference()::organizations);
        routes.get("/api/organizations/{id}", h.reference()::organization);
        routes.get("/api/instruments", h.reference()::instruments);

        routes.get("/api/coding-queue", h.codingQueue()::api);
        routes.get("/api/changes", h.changes()::api);

        routes.get("/api/queries", h.queries()::list);
        routes.get("/api/queries/{name}", h.queries()::run);

        // A remote store: /sparql queries are parsed here and forwarded (the router has handled CORS and query-less GETs).
        h.sparql().ifPresent(sparql -> {
            routes.get("/sparql", sparql::handle);
            routes.post("/sparql", sparql::handle);
            routes.options("/sparql", sparql::options);
            routes.head("/sparql", sparql::refuse);
            routes.put("/sparql", sparql::refuse);
            routes.delete("/sparql", sparql::refuse);
            routes.patch("/sparql", sparql::refuse);
        });

        // The home page: the dashboard (consensus matrix, timeline, map), then where to browse from.
        getAndHead(routes, "/", h.dashboard()::page);
        // The curators' work list (the same as /api/coding-queue), linked from the dashboard.
        getAndHead(routes, "/coding-queue", h.codingQueue()::page);
        // What the current (or an earlier) version changed from the one it replaced (the same as /api/changes).
        getAndHead(routes, "/changes", h.changes()::page);
        // The custom international law indicators of a question, as a page (the API is /api/custom).
        getAndHead(routes, "/page/custom", h.custom()::page);

        // The API described (OpenAPI 3.1) and browsable (Swagger UI).
        routes.get("/openapi.json", h.docs()::openapi);
        routes.get("/docs", h.docs()::page);

        // Linked data (LinkedDataModule): /id answers 303 to /data (RDF) or /page (HTML).
        LinkedDataModule ld = h.linkedData();
        CorsHandler cors = h.cors();
        routes.before(cors::actual);
        getAndHead(routes, "/id/{kind}/{key}", ld.resources()::id);
        getAndHead(routes, "/id/assessment/{scope}/{question}", ld.resources()::id);
        getAndHead(routes, "/data/{kind}/{key}", ld.resources()::data);
        getAndHead(routes, "/data/assessment/{scope}/{question}", ld.resources()::data);
        getAndHead(routes, "/page/compare", h.compare()::page);
        getAndHead(routes, "/page/{kind}/{key}", ld.resources()::page);
        getAndHead(routes, "/page/assessment/{scope}/{question}", ld.resources()::page);
        getAndHead(routes, "/ontology", ld.ontology()::ontology);
        getAndHead(routes, "/shapes", ld.ontology()::shapes);
        getAndHead(routes, "/context.jsonld", ld.ontology()::context);
        getAndHead(routes, "/query", ld.editor()::handle);
        // The dataset (DatasetHandlers): its VoID and DCAT description, and the downloads of the current version.
        getAndHead(routes, "/id/dataset", h.dataset()::id);
        getAndHead(routes, "/dataset", h.dataset()::description);
        getAndHead(routes, "/.well-known/void", h.dataset()::wellKnown);
        getAndHead(routes, "/dumps", h.dataset()::list);
        getAndHead(routes, "/dumps/{file}", h.dataset()::file);
        // Citation permalinks (CiteHandlers): an API answer pinned to a dataset version, in HTML, JSON, CSV, BibTeX, CSL-JSON, text.
        getAndHead(routes, "/cite/{version}/consensus", h.cite()::assessment);
        getAndHead(routes, "/cite/{version}/consensus/matrix", h.cite()::matrix);
        getAndHead(routes, "/cite/{version}/consensus/timeline", h.cite()::timeline);
        // CORS preflights on the paths other origins may read (CorsPolicy).
        for (String path : CorsPolicy.PREFLIGHT_ROUTES)
            routes.options(path, cors::preflight);

        // Admin (AdminHandlers): only with an admin token configured; otherwise these paths do not exist.
        if (h.admin() != null)
            routes.post("/admin/reload", h.admin()::reload);
    }

    /**
     * GET and HEAD on {@code path}, both by {@code handler}: HEAD is routed explicitly, since Javalin
     * would otherwise answer it 200 without running the handler (no 404, no 304, no headers).
     */
    private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    /** The handlers the routes dispatch to, built once per server. */
    record Handlers(HealthHandler health, ConsensusHandlers consensus, CompareHandlers compare, CustomHandlers custom,
                    DiffusionHandlers diffusion, ReferenceHandlers reference, QueryHandlers queries,
                    LinkedDataModule linkedData, ApiDocsHandlers docs, DashboardHandler dashboard, CorsHandler cors,
                    Optional<RemoteSparqlHandler> sparql, AdminHandlers admin, CodingQueueHandlers codingQueue,
                    DatasetHandlers dataset, VersionLinks versions, WhatIfHandlers whatIf,
                    CiteHandlers cite, ChangesHandlers changes) {}
}
