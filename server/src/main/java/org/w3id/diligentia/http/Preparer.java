package org.w3id.diligentia.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a preparation (reading the index the first uncached answers need) on one background thread,
 * once enabled: a request that arrives meanwhile reads the same index and waits for it as before, so
 * preparing never changes an answer, only when the work is done. Failures are logged, never thrown: the
 * first request does the work again and reports its own error.
 */
final class Preparer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Preparer.class);

    private final Runnable work;
    private volatile ExecutorService thread;
    private volatile boolean closed;

    Preparer(Runnable work) {
        this.work = work;
    }

    /** From now on, {@link #prepare} runs the work (until then, it does nothing). */
    synchronized void enable() {
        if (thread == null)
            thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("diligentia-prepare").factory());
    }

    /** Runs the work in the background, if enabled. */
    void prepare() {
        ExecutorService t = thread;
        if (t == null)
            return;
        try {
            t.submit(() -> {
                long start = System.nanoTime();
                try {
                    work.run();
                    LOG.info("Prepared the index of the intervals in {} ms", (System.nanoTime() - start) / 1_000_000);
                } catch (RuntimeException e) {
                    if (closed) // the server stopped while it prepared: the work was cut, nothing failed
                        LOG.debug("Stopped preparing the index of the intervals: {}", e.toString());
                    else
                        LOG.warn("Could not prepare the index of the intervals (the first request will): {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            // closed: the server is stopping
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (thread != null)
            thread.shutdownNow();
    }
}
