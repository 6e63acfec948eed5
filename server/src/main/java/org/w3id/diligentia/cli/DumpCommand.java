package org.w3id.diligentia.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.dataset.DumpFile;
import org.w3id.diligentia.dataset.DumpWriter;
import org.w3id.diligentia.query.CannedQueries;
import org.w3id.diligentia.query.Identifiers;
import org.w3id.diligentia.query.QueryCatalog;
import org.w3id.diligentia.store.QueryLimits;
import org.w3id.diligentia.store.TdbStore;

/** {@code diligentia dump DIR}: writes the downloads of the version the store holds, as the server serves them at /dumps/. */
final class DumpCommand {
    static final String HELP = """
            Usage: diligentia dump [--store DIR] DIR

            Writes the downloads of the version the store holds into DIR (created if needed), the same
            files the server lists at /dumps/: diligentia-{version}.nq.gz (N-Quads of every named graph:
            sources, inferred, intervals, assessments and the meta graph), diligentia-{version}-sources.ttl
            (Turtle of the curated sources) and diligentia-{version}-tables.zip (CSV: states,
            memberships, instruments, positions with their coding status, assessments). Prints each
            file with its size and SHA-256, and the time taken. Run 'diligentia load' first.

            Options:
              --store DIR   TDB2 store directory (DILIGENTIA_STORE; default ./store)
            """;

    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;

    DumpCommand(Environment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options o = Options.parse(args, Set.of("store"), Set.of("help"));
        if (o.flag("help")) {
            out.print(HELP);
            return 0;
        }
        if (o.positional().size() != 1)
            throw new UsageException("dump takes one folder to write the downloads into, such as 'diligentia dump dumps/'.");
        Path dir = Path.of(o.positional().get(0));
        Settings settings = environment.settings(o);
        TdbStore store;
        try {
            store = TdbStore.open(settings.storeDir());
        } catch (RuntimeException e) {
            err.println("diligentia: cannot open the store at " + settings.storeDir() + ": " + e.getMessage());
            return 1;
        }
        try (store) {
            if (store.info().isEmpty()) {
                err.println("The store at " + settings.storeDir() + " is empty: run 'diligentia load' first.");
                return 1;
            }
            QueryCatalog catalog = QueryCatalog.bundled();
            QueryLimits limits = new QueryLimits(settings.queryTimeout(), settings.maxRows());
            String version = store.info().version();
            CannedQueries queries = new CannedQueries(catalog, store, new Identifiers(store, () -> version, catalog),
                    limits, Clock.systemUTC());
            long start = System.nanoTime();
            List<DumpFile> files = store.readingOneVersion(() -> new DumpWriter(store, queries).write(dir, version));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            for (DumpFile f : files)
                out.println(f.sha256() + "  " + f.name() + "  (" + f.bytes() + " bytes)");
            out.println("Wrote the downloads of version " + version + " into " + dir + " in " + took.toMillis() + " ms.");
            return 0;
        }
    }
}
