package org.w3id.diligentia.http;

import io.javalin.config.RoutesConfig;

/**
 * The routes table: every HTTP route of the API, in one place. Handlers parse and validate input,
 * call a service, and render; errors are thrown and rendered by {@link ProblemRenderer}.
 * {@code /sparql} is not here: it is the embedded Fuseki endpoint, mounted in front of Javalin
 * ({@link org.w3id.diligentia.sparql.SparqlRouter}).
 */
final class Routes {
    private Routes() {}

    static void register(RoutesConfig routes, Handlers h) {
        routes.get("/health", h.health()::handle);

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
    }

    /** The handlers the routes dispatch to, built once per server. */
    record Handlers(HealthHandler health, ConsensusHandlers consensus, ReferenceHandlers reference, QueryHandlers queries) {}
}
