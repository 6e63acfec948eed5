package org.w3id.diligentia.http;

import io.javalin.config.RoutesConfig;

/**
 * The routes table: every HTTP route of the service, in one place. Handlers parse and validate input,
 * call a service, and render; errors are thrown and rendered by {@link ProblemRenderer}.
 * {@code /sparql} is the embedded Fuseki endpoint, mounted in front of Javalin
 * ({@link org.w3id.diligentia.sparql.SparqlRouter}); over a remote store, the router passes queries
 * on to the {@link RemoteSparqlHandler} routes here.
 */
final class Routes {
    private Routes() {}

    static void register(RoutesConfig routes, Handlers h) {
        routes.get("/health", h.health()::handle);
        routes.get("/ping", ctx -> ctx.contentType("text/plain").result("pong"));

        routes.get("/api/consensus", h.consensus()::assessment);
        routes.get("/api/consensus/timeline", h.consensus()::timeline);
        routes.get("/api/consensus/matrix", h.consensus()::matrix);
        routes.get("/api/consensus/regional-coverage", h.consensus()::regionalCoverage);

        routes.get("/api/questions", h.reference()::questions);
        routes.get("/api/states", h.reference()::states);
        routes.get("/api/states/{iso3}", h.reference()::state);
        routes.get("/api/organizations", h.reference()::organizations);
        routes.get("/api/organizations/{id}", h.reference()::organization);
        routes.get("/api/instruments", h.reference()::instruments);

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
        // HEAD is routed explicitly: Javalin would otherwise answer it 200 without running the handler.
        routes.get("/", h.dashboard()::page);
        routes.head("/", h.dashboard()::page);

        // The API described (OpenAPI 3.1) and browsable (Swagger UI).
        routes.get("/openapi.json", h.docs()::openapi);
        routes.get("/docs", h.docs()::page);

        // Linked data (LinkedDataModule): /id answers 303 to /data (RDF) or /page (HTML).
        // HEAD is routed explicitly: Javalin would otherwise answer it 200 without running the handler.
        LinkedDataModule ld = h.linkedData();
        routes.before(ld.cors()::actual);
        routes.get("/id/{kind}/{key}", ld.resources()::id);
        routes.head("/id/{kind}/{key}", ld.resources()::id);
        routes.get("/id/assessment/{scope}/{question}", ld.resources()::id);
        routes.head("/id/assessment/{scope}/{question}", ld.resources()::id);
        routes.get("/data/{kind}/{key}", ld.resources()::data);
        routes.head("/data/{kind}/{key}", ld.resources()::data);
        routes.get("/data/assessment/{scope}/{question}", ld.resources()::data);
        routes.head("/data/assessment/{scope}/{question}", ld.resources()::data);
        routes.get("/page/{kind}/{key}", ld.resources()::page);
        routes.head("/page/{kind}/{key}", ld.resources()::page);
        routes.get("/page/assessment/{scope}/{question}", ld.resources()::page);
        routes.head("/page/assessment/{scope}/{question}", ld.resources()::page);
        routes.get("/ontology", ld.ontology()::ontology);
        routes.head("/ontology", ld.ontology()::ontology);
        routes.get("/context.jsonld", ld.ontology()::context);
        routes.head("/context.jsonld", ld.ontology()::context);
        routes.get("/query", ld.editor()::handle);
        routes.head("/query", ld.editor()::handle);
        // CORS preflights on the paths other origins may read (CorsPolicy).
        routes.options("/id/<rest>", ld.cors()::preflight);
        routes.options("/data/<rest>", ld.cors()::preflight);
        routes.options("/api", ld.cors()::preflight);
        routes.options("/api/<rest>", ld.cors()::preflight);
        routes.options("/ontology", ld.cors()::preflight);
        routes.options("/context.jsonld", ld.cors()::preflight);
        routes.options("/openapi.json", ld.cors()::preflight);

        // Admin (AdminHandlers): only with an admin token configured; otherwise these paths do not exist.
        if (h.admin() != null)
            routes.post("/admin/reload", h.admin()::reload);
    }

    /** The handlers the routes dispatch to, built once per server. */
    record Handlers(HealthHandler health, ConsensusHandlers consensus, ReferenceHandlers reference, QueryHandlers queries,
                    LinkedDataModule linkedData, ApiDocsHandlers docs, DashboardHandler dashboard,
                    java.util.Optional<RemoteSparqlHandler> sparql, AdminHandlers admin) {}
}
