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
    }

    /** The handlers the routes dispatch to, built once per server. */
    record Handlers(HealthHandler health) {}
}
