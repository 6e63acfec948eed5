package org.w3id.diligentia.load;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diligentia.store.KnowledgeStore;

/**
 * Reloads a serving store from its sources: the same {@link Loader} as {@code diligentia load},
 * into the same store, in one write transaction, while readers go on reading the version they
 * started with. One reload at a time; it runs on its own thread, outside any reader's transaction.
 * Knows nothing of HTTP.
 *
 * <p>Lifecycle: create, {@link #reload()} any number of times, {@link #close()} once.
 */
public final class Reloader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);

    private final Loader loader;
    private final KnowledgeStore store;
    private final Loader.Sources sources;
    private final ReentrantLock running = new ReentrantLock();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "diligentia-reload");
        t.setDaemon(true);
        return t;
    });

    public Reloader(Loader loader, KnowledgeStore store, Loader.Sources sources) {
        this.loader = loader;
        this.store = store;
        this.sources = sources;
    }

    /** Thrown when a reload is asked for while one is running. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("A reload is already running; try again when it has finished.");
        }
    }

    /**
     * Loads the sources into the store and returns what was loaded.
     *
     * @throws LoadException if the sources are refused: the store is unchanged
     * @throws Busy if another reload is running
     */
    public LoadReport reload() {
        if (!running.tryLock())
            throw new Busy();
        try {
            Future<LoadReport> result = thread.submit(() -> loader.load(store, sources));
            LoadReport report = result.get();
            LOG.info("Reloaded {}", report.summary());
            return report;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the reload", e);
        } finally {
            running.unlock();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
