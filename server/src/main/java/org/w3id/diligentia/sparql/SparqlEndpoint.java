package org.w3id.diligentia.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RIOT;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.w3id.diligentia.web.ProblemRenderer;

/**
 * The standard SPARQL 1.1 endpoint at {@code /sparql}: embedded Apache Jena Fuseki over the same
 * dataset as the API, query only (no update, no Graph Store Protocol, so writes and {@code LOAD}
 * are refused), with {@code SERVICE} disabled so a query cannot make the server fetch a URL, and
 * with the {@link SparqlLimits} (time, result size, request size) applied by its query operation
 * ({@link LimitedQuery}). Every error is a problem document ({@link ProblemResponses}).
 *
 * <p>Fuseki is built but never started: its Jetty handler is detached and mounted inside the
 * application's Jetty server, so one port serves everything. Fuseki's own start hooks do not run in
 * this layout, and its 5 MiB output buffer (apache/jena#4084) does not apply: the application's
 * HTTP configuration does.
 */
public final class SparqlEndpoint {
    /** The path the endpoint answers on. */
    public static final String PATH = "/sparql";

    private SparqlEndpoint() {}

    /** Builds the endpoint's Jetty handler over {@code dataset}, to mount with {@link SparqlRouter}. */
    public static Handler handler(DatasetGraph dataset, SparqlLimits limits, ProblemRenderer problems) {
        Context context = new Context();
        // The query operation sets each query's own limit; this is the ceiling should anything run without one.
        context.set(ARQ.queryTimeout, Long.toString(limits.maxTimeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        // Turtle with "@prefix" rather than SPARQL-style "PREFIX": older parsers (rdflib's N3 parser, which
        // SPARQLWrapper uses for N3) read only the former. Fuseki's writers read RIOT's global context only.
        RIOT.getContext().set(RIOT.symTurtleDirectiveStyle, "at");
        // The one endpoint of the service: every request to /sparql (an update, a Graph Store write,
        // any method) reaches this query operation, which refuses what is not a query.
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .endpointName("")
                .context(context)
                .processor(new LimitedQuery(limits))
                .build();
        DataService service = DataService.newBuilder(dataset).addEndpoint(query).build();
        FusekiServer fuseki = FusekiServer.create()
                .port(0)
                .add(PATH, service)
                .addFilter("/*", new ProblemResponses(problems))
                .addFilter(PATH, new OutputParameterAliases())
                .enablePing(false)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .verbose(false)
                .enableCors(false)
                .build();
        Server jetty = fuseki.getJettyServer();
        Handler handler = jetty.getHandler();
        jetty.setHandler((Handler) null);
        // Forms up to the body limit; beyond it the size limit in front answers 413 (Jetty's own form limit is 200 kB).
        if (handler instanceof ServletContextHandler servlets)
            servlets.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes()));
        return handler;
    }
}
