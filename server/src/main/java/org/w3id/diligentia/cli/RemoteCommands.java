package org.w3id.diligentia.cli;

import java.io.PrintStream;
import java.util.function.Consumer;

import org.w3id.diligentia.config.Settings;
import org.w3id.diligentia.error.ServiceUnavailableException;
import org.w3id.diligentia.load.LoadException;
import org.w3id.diligentia.load.LoadReport;
import org.w3id.diligentia.load.Loader;
import org.w3id.diligentia.store.DatasetInfo;
import org.w3id.diligentia.store.RemoteStore;
import org.w3id.diligentia.store.RemoteStoreException;

/**
 * {@code serve} and {@code load} over a remote SPARQL store ({@code --sparql-endpoint},
 * {@code --gsp-endpoint}). A server starts even while the store cannot be reached (it answers 503
 * and recovers by itself); it refuses to start over a store that is misconfigured. With a Graph
 * Store endpoint, {@code serve} uploads the sources when the store does not hold them yet, as the
 * embedded mode builds its store; {@code load} always uploads.
 */
final class RemoteCommands {
    private final PrintStream out;
    private final PrintStream err;
    private final Consumer<LoadException> printProblems;

    RemoteCommands(PrintStream out, PrintStream err, Consumer<LoadException> printProblems) {
        this.out = out;
        this.err = err;
        this.printProblems = printProblems;
    }

    /** Connects to the remote store and, with a Graph Store endpoint, brings it up to date; null if the server must not start. */
    RemoteStore prepareToServe(Settings settings, Loader loader, Loader.Sources sources) {
        RemoteStore store = RemoteStore.connect(settings.remote());
        err.println("Store: " + store.description());
        if (settings.remote().query().isEmpty()) {
            err.println("diligentia: serve needs --sparql-endpoint (DILIGENTIA_SPARQL_ENDPOINT) to read from a remote store;"
                    + " --gsp-endpoint alone only writes.");
            store.close();
            return null;
        }
        try {
            DatasetInfo info = store.check();
            if (settings.remote().graphStore().isPresent()) {
                if (loader.isCurrent(store, sources)) {
                    err.println("The remote store is current (version " + info.version() + ", " + info.tripleCount() + " triples).");
                } else {
                    err.println("Uploading " + settings.ontologyDir() + " and " + settings.dataDir() + " to the remote store ...");
                    err.println("Loaded " + loader.load(store, sources).summary());
                }
            } else if (info.isEmpty()) {
                err.println("The remote store holds no Diligentia dataset yet: /health answers 503 \"empty\" until one is loaded"
                        + " (diligentia load --gsp-endpoint URL).");
            } else {
                err.println("The remote store holds version " + info.version() + " (" + info.tripleCount() + " triples).");
            }
        } catch (ServiceUnavailableException e) {
            err.println("diligentia: " + e.getMessage());
            err.println("Serving anyway: requests answer 503 until the store answers, and service resumes by itself.");
        } catch (LoadException e) {
            printProblems.accept(e);
            err.println("The remote store was not changed; serving what it holds.");
        } catch (RemoteStoreException e) {
            err.println("diligentia: " + e.getMessage());
            store.close();
            return null;
        }
        return store;
    }

    /** {@code load --gsp-endpoint URL}: uploads the sources; the exit status. */
    int load(Settings settings, Loader loader, Loader.Sources sources) {
        if (settings.remote().graphStore().isEmpty()) {
            err.println("diligentia: load writes to a remote store through its Graph Store Protocol endpoint: give --gsp-endpoint"
                    + " (DILIGENTIA_GSP_ENDPOINT) as well.");
            return 2;
        }
        try (RemoteStore store = RemoteStore.connect(settings.remote())) {
            err.println("Store: " + store.description());
            LoadReport report = loader.load(store, sources);
            out.println("Loaded " + report.summary());
            out.println("Phases: " + report.phases().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().toMillis() + " ms").toList());
            return 0;
        } catch (LoadException e) {
            printProblems.accept(e);
            err.println("The remote store was not changed.");
            return 1;
        } catch (RemoteStoreException | ServiceUnavailableException e) {
            err.println("diligentia: " + e.getMessage());
            return 1;
        }
    }
}
