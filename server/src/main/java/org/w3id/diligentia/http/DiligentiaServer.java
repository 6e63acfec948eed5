package org.w3id.diligentia.http;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.cite.CitationService;
import org.w3id.diligentia.changes.ChangeService;
import org.w3id.diligentia.compare.CompareService;
import org.w3id.diligentia.config.ExpensiveQueries;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.consensus.ConsensusService;
import org.w3id.diligentia.curation.CodingQueueService;
import org.w3id.diligentia.custom.CustomService;
import org.w3id.diligentia.diffusion.DiffusionService;
import org.w3id.diligentia.dashboard.DashboardService;
import org.w3id.diligentia.dataset.DatasetService;
import org.w3id.diligentia.dataset.DumpWriter;
import org.w3id.diligentia.dataset.Dumps;
import org.w3id.diligentia.html.ErrorPage;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.load.Reloader;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.reference.ReferenceService;
import org.w3id.diligentia.sparql.SparqlEndpoint;
import org.w3id.diligentia.sparql.SparqlForwarder;
import org.w3id.diligentia.sparql.SparqlLimits;
import org.w3id.diligentia.sparql.SparqlRouter;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.RemoteStore;
import org.w3id.diligentia.web.Admission;
import org.w3id.diligentia.web.ApiResponder;
import org.w3id.diligentia.web.ByteCache;
import org.w3id.diligentia.web.ClientAddress;
import org.w3id.diligentia.web.CorsHandler;
import org.w3id.diligentia.web.OneVersionPerRequest;
import org.w3id.diligentia.web.ProblemErrorHandler;
import org.w3id.diligentia.web.ProblemRenderer;
import org.w3id.diligentia.web.SecurityHeaders;
import org.w3id.diligentia.whatif.WhatIfService;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * The Diligentia HTTP service: the API (Javalin) and the SPARQL endpoint on one port, over one
 * {@link KnowledgeStore}. Every handler and service is the same whichever store it is; only
 * {@code /sparql} differs: embedded Fuseki over the embedded store's dataset, or, over a remote
 * store, a handler that parses each query and forwards it ({@link SparqlForwarder}).
 *
 * <p>Lifecycle: {@link #create} wires everything and returns an unstarted server; {@link #start()}
 * binds the port (0 picks a free one, see {@link #port()}); {@link #stop()} releases it. The
 * store is owned by the caller, who closes it after stopping the server.
 */
public final class DiligentiaServer {
    private static final Logger LOG = LoggerFactory.getLogger(DiligentiaServer.class);
    /** Every request of Javalin's routes, at DEBUG: a load does not flood the log (problems are logged by ProblemRenderer). */
    private static final Logger REQUESTS = LoggerFactory.getLogger("org.w3id.diligentia.requests");
    /** Long SPARQL queries travel in the URL; raise Jetty's 8 KiB default so they are not refused with 431/414. */
    private static final int REQUEST_HEADER_SIZE = 64 * 1024;
    /** Jetty's output buffer; 32 KiB keeps memory flat under load (docs/stack.md, "Fuseki 6.2.0 defaults"). */
    private static final int OUTPUT_BUFFER_SIZE = 32 * 1024;
    /** Memory for rendered answers, documents and pages (a State's page is about 10 KiB, the ontology 60 KiB). */
    private static final long RENDERED_CACHE_BYTES = 48L * 1024 * 1024;
    /** The largest request body (a SPARQL query by POST): beyond it, 413. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    /** What-ifs computed at once, each on its own copy of the knowledge base in memory. */
    private static final int WHAT_IFS_AT_ONCE = 2;
    private static final Duration WHAT_IF_TIME_LIMIT = Duration.ofSeconds(30);

    private final Javalin app;
    private final Settings settings;
    private final KnowledgeStore store;
    private final Reloader reloader;
    private final List<Route> routes;
    private final Dumps dumps;
    private final Preparer preparer;

    /** A route of the routes table: an HTTP method and a path as registered ({@code /api/states/{iso3}}). */
    public record Route(String method, String path) {}

    private DiligentiaServer(Javalin app, Settings settings, KnowledgeStore store, Reloader reloader, List<Route> routes,
                             Dumps dumps, Preparer preparer) {
        this.preparer = preparer;
        this.routes = routes;
        this.dumps = dumps;
        this.app = app;
        this.settings = settings;
        this.store = store;
        this.reloader = reloader;
    }

    public static DiligentiaServer create(Settings settings, KnowledgeStore store) {
        return create(settings, store, QueryCatalog.bundled(), Clock.systemUTC());
    }

    /** Wires the services over {@code store} with the given canned queries and clock (tests fix the clock). */
    public static DiligentiaServer create(Settings settings, KnowledgeStore store, QueryCatalog catalog, Clock clock) {
        Supplier<String> version = () -> store.info().version();
        QueryLimits limits = new QueryLimits(settings.queryTimeout(), settings.maxRows());
        CannedQueries queries = new CannedQueries(catalog, store, new Identifiers(store, version, catalog), limits, clock);
        ByteCache rendered = new ByteCache(RENDERED_CACHE_BYTES);
        ExpensiveQueries share = settings.expensiveQueries();
        ClientAddress clients = new ClientAddress(share.trustedProxies());
        Admission sparqlLane = new Admission("SPARQL queries", share.sparql(), share.queue(), share.queueWait(), share.perClient(), clients);
        Admission computedLane = new Admission("computed answers", share.computed(), share.queue(), share.queueWait(),
                share.perClient(), clients);
        ApiResponder responder = new ApiResponder(store, clock, rendered, objectMapper(), computedLane);
        ProblemRenderer problems = new ProblemRenderer(ErrorPage::render);
        ConsensusService consensus = new ConsensusService(queries, version);
        Preparer preparer = new Preparer(consensus::prepare);
        ReferenceService reference = new ReferenceService(queries);
        CustomService custom = new CustomService(queries, consensus, version);
        DiffusionService diffusion = new DiffusionService(queries, version);
        Requests requests = new Requests(consensus);
        CitationService citations = new CitationService(queries, version, settings.base(), clock);
        LinkedDataModule linkedData = LinkedDataModule.create(settings, store, queries, consensus, requests, rendered, clock);
        // The admin routes exist only with a token, and only over a store this server can write (the
        // embedded one, or a remote one with a Graph Store endpoint): otherwise reloading over HTTP is not possible at all.
        boolean writable = !settings.isRemote() || settings.remote().graphStore().isPresent();
        if (settings.adminEnabled() && !writable)
            LOG.warn("An admin token is set, but the remote store has no Graph Store endpoint: POST /admin/reload is disabled.");
        Reloader reloader = settings.adminEnabled() && writable ? new Reloader(Wiring.loader(catalog, clock), store,
                new Loader.Sources(settings.ontologyDir(), settings.dataDir())) : null;
        SparqlLimits sparqlLimits = new SparqlLimits(settings.queryTimeout(), settings.maxQueryTimeout(), settings.maxRows(),
                MAX_BODY_BYTES);
        Optional<RemoteSparqlHandler> remoteSparql = store instanceof RemoteStore remote
                ? remote.queryEndpoint().map(q -> new RemoteSparqlHandler(new SparqlForwarder(q, sparqlLimits)))
                : Optional.empty();
        Dumps dumps = Dumps.inTemporaryFolder(store, new DumpWriter(store, queries));
        DatasetService datasetService = new DatasetService(store, queries, dumps, settings.base());
        Routes.Handlers handlers = new Routes.Handlers(
                new HealthHandler(store, sparqlLane, computedLane),
                new ConsensusHandlers(consensus, requests, responder, citations),
                new CompareHandlers(new CompareService(queries, version), requests, responder, store, linkedData.links(), rendered),
                new CustomHandlers(custom, requests, responder, store, queries.identifiers(), rendered),
                new DiffusionHandlers(diffusion, requests, responder),
                new ReferenceHandlers(reference, requests, responder),
                new QueryHandlers(queries, responder),
                linkedData,
                new ApiDocsHandlers(store, consensus, catalog, objectMapper(), rendered),
                new DashboardHandler(store, new DashboardService(consensus, reference, diffusion), linkedData.views(), linkedData.links(),
                        requests, rendered),
                new CorsHandler(),
                remoteSparql,
                reloader == null ? null : new AdminHandlers(settings.adminToken(), reloader, preparer::prepare),
                new CodingQueueHandlers(new CodingQueueService(queries), requests, responder, store, linkedData.links(), rendered),
                new DatasetHandlers(store, datasetService, linkedData.serializer(), rendered),
                new VersionLinks(store),
                new WhatIfHandlers(new WhatIfService(store, queries, clock, WHAT_IFS_AT_ONCE, whatIfTimeLimit(settings)),
                        new WhatIfRequests(consensus), computedLane, objectMapper()),
                new CiteHandlers(citations, consensus, requests, responder, store, rendered),
                new ChangesHandlers(new ChangeService(queries, version), requests, responder, store, linkedData.links(), rendered));
        List<Route> routes = new CopyOnWriteArrayList<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(REQUEST_HEADER_SIZE);
                http.setOutputBufferSize(OUTPUT_BUFFER_SIZE);
                http.setSendServerVersion(false);
            });
            store.localDataset().ifPresent(dataset -> config.jetty.modifyServer(server ->
                    server.insertHandler(new SparqlRouter(SparqlEndpoint.handler(dataset, sparqlLimits, problems),
                            linkedData.serializer(), problems, sparqlLane))));
            if (remoteSparql.isPresent())
                config.jetty.modifyServer(server -> server.insertHandler(new SparqlRouter(null, linkedData.serializer(), problems, sparqlLane)));
            // Outermost, in front of everything (inserted last): security headers, then the body size limit.
            config.jetty.modifyServer(server -> {
                server.insertHandler(new SizeLimitHandler(MAX_BODY_BYTES, -1));
                server.insertHandler(new SecurityHeaders());
                server.setErrorHandler(new ProblemErrorHandler(problems, REQUEST_HEADER_SIZE, MAX_BODY_BYTES));
            });
            config.jetty.modifyServletContextHandler(context -> context.addFilter(
                    new FilterHolder(new OneVersionPerRequest(store, Routes::readsNoData)), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.requestLogger.http((ctx, millis) -> {
                if (REQUESTS.isDebugEnabled())
                    REQUESTS.debug("{} {} -> {} ({} ms)", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/assets";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=86400");
            });
            config.staticFiles.enableWebjars();
            config.events.handlerAdded(meta -> routes.add(new Route(meta.getHttpMethod().name(), meta.getPath())));
            problems.register(config.routes);
            Routes.register(config.routes, handlers);
        });
        return new DiligentiaServer(app, settings, store, reloader, routes, dumps, preparer);
    }

    /** A what-if builds a copy and runs many queries: the query time limit, but at least {@link #WHAT_IF_TIME_LIMIT}. */
    private static Duration whatIfTimeLimit(Settings settings) {
        return settings.queryTimeout().compareTo(WHAT_IF_TIME_LIMIT) > 0 ? settings.queryTimeout() : WHAT_IF_TIME_LIMIT;
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);
    }

    public DiligentiaServer start() {
        app.start();
        LOG.info("Diligentia serving {} on http://{}:{}/ (SPARQL at {})", store.description(),
                settings.host(), port(), SparqlEndpoint.PATH);
        return this;
    }

    /**
     * Prepares, in the background, what the first uncached answers of the version the store holds need
     * (the consensus service's index of the intervals), so that they do not wait for it; done again after
     * every reload through {@code /admin/reload}. {@code serve} calls it; tests that never ask need not.
     */
    public DiligentiaServer prepareInBackground() {
        preparer.enable();
        preparer.prepare();
        return this;
    }

    /** Every route registered in the routes table ({@link Routes}), as Javalin reported adding it. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        preparer.close();
        app.stop();
        if (reloader != null)
            reloader.close();
        dumps.close();
    }
}
