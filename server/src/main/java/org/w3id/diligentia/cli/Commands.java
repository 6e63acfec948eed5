package org.w3id.diligentia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.w3id.diligentia.Wiring;
import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.http.DiligentiaServer;
import org.w3id.diligentia.load.LoadException;
import org.w3id.diligentia.load.LoadProblem;
import org.w3id.diligentia.load.LoadReport;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.KnowledgeStore;
import org.w3id.diligentia.store.TdbStore;

/** The subcommands. Each returns its exit status, or {@link #KEEP_RUNNING} for a started server. */
final class Commands {
    static final int KEEP_RUNNING = -1;

    private static final String SERVE_HELP = """
            Usage: diligentia serve [--port 7070] [--host 0.0.0.0] [--store DIR] [--data DIR]
                                    [--ontology DIR] [--query-timeout SECONDS] [--max-rows N]
                                    [--max-query-timeout SECONDS] [--base IRI] [--admin-token-file FILE]
                                    [--sparql-endpoint URL [--gsp-endpoint URL]]
                                    [--sparql-concurrency N] [--computed-concurrency N] [--queue N]
                                    [--queue-wait SECONDS] [--per-client N] [--trusted-proxies LIST]

            Builds the store from the ontology and data folders if they changed since the last load
            (content hash), or reuses it, then serves everything on one port: the dashboard (/),
            /health, /sparql, /api (described at /openapi.json, browsable at /docs), the linked
            data (/id, /data, /page, /ontology) and the query editor (/query).
            If the sources are broken and the store holds an earlier version, that version is served
            and the problems are printed; with an empty store the command fails.

            With --sparql-endpoint, everything runs over that remote SPARQL 1.1 store instead of the
            embedded one (no --store): /sparql forwards queries to it with the same limits. With
            --gsp-endpoint too, the sources are uploaded to it when it does not hold them yet. The
            server starts even if the store is down (requests answer 503 until it is back).

            Options (environment variable in brackets):
              --port N               port to listen on, 0 for any free port (DILIGENTIA_PORT; default 7070)
              --host ADDRESS         interface to listen on (DILIGENTIA_HOST; default 0.0.0.0)
              --store DIR            TDB2 store directory (DILIGENTIA_STORE; default ./store)
              --data DIR             knowledge base folder (DILIGENTIA_DATA; default ./data)
              --ontology DIR         ontology folder (DILIGENTIA_ONTOLOGY; default ./ontology)
              --query-timeout SEC    time limit of every query (DILIGENTIA_QUERY_TIMEOUT; default 10)
              --max-query-timeout SEC  the most a client may ask for with /sparql?timeout=
                                     (DILIGENTIA_MAX_QUERY_TIMEOUT; default: the query timeout, so
                                     a client can only lower its limit)
              --max-rows N           row cap of every result: rows of a SELECT, triples of a
                                     CONSTRUCT or DESCRIBE; a cut result says so in the header
                                     Diligentia-Truncated (DILIGENTIA_MAX_ROWS; default 10000)
              --base IRI             canonical base of the IRIs that /id/... answers for
                                     (DILIGENTIA_BASE; default https://w3id.org/diligentia/)
              --admin-token-file FILE  enables POST /admin/reload (reload the store from the sources
                                     while serving) for requests with 'Authorization: Bearer <token>';
                                     the token is the file's content, else the value of a variable
                                     (DILIGENTIA_ADMIN_TOKEN); at least 16 characters. Without a
                                     token the route does not exist.
              --sparql-endpoint URL  query endpoint of a remote store, e.g. http://fuseki:3030/ds/sparql
                                     (DILIGENTIA_SPARQL_ENDPOINT; default: the embedded store)
              --gsp-endpoint URL     Graph Store Protocol endpoint of that store, e.g. http://fuseki:3030/ds/data
                                     (DILIGENTIA_GSP_ENDPOINT; default: none, read only)

            Expensive work gets a bounded share of the machine, so it cannot slow the rest: /sparql
            queries and computed API answers (not yet cached) each run in a lane of slots with a short
            queue; a request that finds no place, or waits in vain, gets 503 with Retry-After. Cached
            answers, pages and /health take no slot.
              --sparql-concurrency N   concurrent /sparql queries (DILIGENTIA_SPARQL_CONCURRENCY;
                                     default: half the cores, at least 1)
              --computed-concurrency N concurrent computed answers (DILIGENTIA_COMPUTED_CONCURRENCY;
                                     default: the number of cores, at least 2)
              --queue N              waiting places of each lane (DILIGENTIA_QUEUE; default 32; 0: none)
              --queue-wait SEC       the longest a request waits for a slot (DILIGENTIA_QUEUE_WAIT; default 5)
              --per-client N         requests one client may run at once in a lane; the rest wait
                                     (DILIGENTIA_PER_CLIENT; default: half the SPARQL slots, at least 1)
              --trusted-proxies LIST addresses (comma-separated) whose X-Forwarded-For names the client,
                                     such as 127.0.0.1 behind a local reverse proxy
                                     (DILIGENTIA_TRUSTED_PROXIES; default: none, the header is ignored)
            """;

    private static final String LOAD_HELP = """
            Usage: diligentia load [--store DIR] [--data DIR] [--ontology DIR]
                                   [--gsp-endpoint URL [--sparql-endpoint URL]]

            Rebuilds the store from the ontology and data folders in one transaction: every file is
            parsed, the whole is SHACL-validated and checked, inferences and consensus assessments are
            materialized, and only then is it committed. On any problem nothing changes, every problem
            is printed, and the exit status is 1.

            With --gsp-endpoint (DILIGENTIA_GSP_ENDPOINT), the same load runs in memory and is then
            uploaded to a remote store through the SPARQL 1.1 Graph Store Protocol: one named graph per
            file, the inferred and assessments graphs, graphs of the previous load that no longer exist
            removed, and the meta graph (the version) last. That upload is not one transaction; if it
            fails part way, run it again. With --sparql-endpoint (DILIGENTIA_SPARQL_ENDPOINT) too, the
            result is read back through the query endpoint, which must show the union of the named
            graphs as its default graph.
            """;

    private static final String VALIDATE_HELP = """
            Usage: diligentia validate [--data DIR] [--ontology DIR] [--diff [--store DIR | --sparql-endpoint URL]
                                       [--format text|json]] [FILES...]

            Parses and SHACL-validates the ontology and data folders, plus any FILES (for example a
            new data file before you move it into data/), and runs the integrity checks. Prints every
            problem with its file and line, or its focus node and shape, and exits 1 if there is any.
            Nothing is written.

            With --diff, also prints what loading them would change from what the store holds (the
            embedded store at --store, or the remote one at --sparql-endpoint): the readings added,
            removed or recoded and every consensus answer whose level or counts would move, the same
            report a load records (/api/changes). --format json prints it as /api/changes does.
            """;

    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;

    Commands(Environment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int serve(List<String> args) {
        Options o = Options.parse(args, Environment.SERVER_OPTIONS, Set.of("help"));
        if (o.flag("help")) {
            out.print(SERVE_HELP);
            return 0;
        }
        noPositional(o);
        Settings settings = environment.settings(o);
        // Read once, for the loader and the server (parsing them again in the server cost 0.26 s of a warm start).
        QueryCatalog catalog = QueryCatalog.bundled();
        Loader loader = Wiring.loader(catalog, Clock.systemUTC());
        Loader.Sources sources = new Loader.Sources(settings.ontologyDir(), settings.dataDir());
        KnowledgeStore store = settings.remote().isNone()
                ? buildEmbedded(settings, loader, sources)
                : remote().prepareToServe(settings, loader, sources);
        if (store == null)
            return 1;
        return start(settings, store, catalog);
    }

    /** The embedded store, built from the sources if they changed; null if there is nothing to serve. */
    private KnowledgeStore buildEmbedded(Settings settings, Loader loader, Loader.Sources sources) {
        TdbStore store = openStore(settings.storeDir());
        if (store == null)
            return null;
        err.println("Store: " + store.description());
        try {
            if (loader.isCurrent(store, sources)) {
                err.println("Store " + settings.storeDir() + " is current (version " + store.info().version()
                        + ", " + store.info().tripleCount() + " triples); reusing it.");
            } else {
                err.println("Building the store from " + settings.ontologyDir() + " and " + settings.dataDir() + " ...");
                LoadReport report = loader.load(store, sources);
                err.println("Loaded " + report.summary());
            }
        } catch (LoadException e) {
            printProblems(e);
            if (store.info().isEmpty()) {
                err.println("The store is empty, so there is nothing to serve. Fix the problems above and run again.");
                store.close();
                return null;
            }
            err.println("Serving the previous version " + store.info().version() + " instead; fix the problems above and restart to load them.");
        }
        return store;
    }

    private int start(Settings settings, KnowledgeStore store, QueryCatalog catalog) {
        DiligentiaServer server;
        try {
            server = DiligentiaServer.create(settings, store, catalog, Clock.systemUTC()).start().prepareInBackground();
        } catch (RuntimeException e) {
            err.println("diligentia: cannot start the server on " + settings.host() + ":" + settings.port() + ": " + e.getMessage());
            store.close();
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "diligentia-shutdown"));
        out.println("Diligentia is serving on http://localhost:" + server.port() + "/ (SPARQL: http://localhost:" + server.port() + "/sparql)");
        return KEEP_RUNNING;
    }

    int load(List<String> args) {
        Options o = Options.parse(args, Set.of("store", "data", "ontology", "gsp-endpoint", "sparql-endpoint"), Set.of("help"));
        if (o.flag("help")) {
            out.print(LOAD_HELP);
            return 0;
        }
        noPositional(o);
        Settings settings = environment.settings(o);
        Loader loader = Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC());
        if (!settings.remote().isNone())
            return remote().load(settings, loader, new Loader.Sources(settings.ontologyDir(), settings.dataDir()));
        TdbStore store = openStore(settings.storeDir());
        if (store == null)
            return 1;
        try (store) {
            // A load into an empty store leaves nothing behind to reclaim (measured: the same size on
            // disk either way); a reload leaves the version it replaced, which compaction removes.
            boolean replacesAVersion = !store.info().isEmpty();
            LoadReport report = loader.load(store, new Loader.Sources(settings.ontologyDir(), settings.dataDir()));
            if (replacesAVersion)
                store.compact();
            out.println("Loaded " + report.summary());
            out.println("Phases: " + report.phases().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms").toList());
            return 0;
        } catch (LoadException e) {
            printProblems(e);
            err.println("The store was not changed.");
            return 1;
        }
    }

    int validate(List<String> args) {
        Options o = Options.parse(args, Set.of("data", "ontology", "store", "sparql-endpoint", "format"), Set.of("help", "diff"));
        if (o.flag("help")) {
            out.print(VALIDATE_HELP);
            return 0;
        }
        Settings settings = environment.settings(o);
        List<Path> files = o.positional().stream().map(Path::of).toList();
        Loader loader = Wiring.loader(QueryCatalog.bundled(), Clock.systemUTC());
        try {
            if (o.flag("diff"))
                return new DiffCommand(out, err).run(settings, loader, new Loader.Sources(settings.ontologyDir(), settings.dataDir(), files),
                        o.get("format").orElse("text"));
            LoadReport report = loader.validate(new Loader.Sources(settings.ontologyDir(), settings.dataDir(), files));
            out.println("Valid: " + report.summary());
            return 0;
        } catch (LoadException e) {
            printProblems(e);
            return 1;
        }
    }

    private RemoteCommands remote() {
        return new RemoteCommands(out, err, this::printProblems);
    }

    private TdbStore openStore(Path dir) {
        try {
            return TdbStore.open(dir);
        } catch (RuntimeException e) {
            err.println("diligentia: cannot open the store at " + dir + ": " + e.getMessage());
            err.println("Is another Diligentia process using it? A TDB2 store can be open in one process at a time.");
            return null;
        }
    }

    private void printProblems(LoadException e) {
        for (LoadProblem p : e.problems())
            err.println(p.describe());
        err.println(e.getMessage().split(";")[0] + ".");
    }

    private static void noPositional(Options o) {
        if (!o.positional().isEmpty())
            throw new UsageException("Unexpected argument '" + o.positional().get(0) + "'.");
    }
}
