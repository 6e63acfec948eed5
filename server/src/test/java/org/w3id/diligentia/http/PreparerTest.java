package org.w3id.diligentia.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The background preparation runs only once enabled, survives a failing run, and stops with the server. */
class PreparerTest {
    @Test
    void runsOnlyOnceEnabledAndKeepsGoingAfterAFailure() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(2);
        Preparer preparer = new Preparer(() -> {
            runs.incrementAndGet();
            second.countDown();
            if (runs.get() == 1)
                throw new IllegalStateException("the store is down");
        });
        try {
            preparer.prepare();
            Thread.sleep(100);
            assertEquals(0, runs.get(), "not enabled: nothing runs");
            preparer.enable();
            preparer.prepare();
            preparer.prepare();
            assertTrue(second.await(5, TimeUnit.SECONDS), "the second run follows the failed first");
            assertEquals(2, runs.get());
            preparer.close();
            preparer.prepare();
            Thread.sleep(100);
            assertEquals(2, runs.get(), "closed: nothing more runs");
        } finally {
            preparer.close();
        }
    }
}
