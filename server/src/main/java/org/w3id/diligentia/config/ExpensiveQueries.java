package org.w3id.diligentia.config;

import java.time.Duration;
import java.util.List;

/**
 * The share of the machine that expensive work may take: queries at {@code /sparql} (any text a
 * client sends, up to the query time limit each) and computed answers of the API (an answer that is
 * not in the cache yet). Each of the two has its own lane of {@code sparql} or {@code computed}
 * concurrent slots, of which one client runs at most {@code perClient}, and a queue of
 * {@code queue} waiting places; a request waits at most {@code queueWait} for a slot, and is refused
 * with 503 and {@code Retry-After} when the queue is full (a client that holds more places than a
 * newcomer gives up its newest one), or when the wait runs out. Cached answers, pages and
 * {@code /health} take no slot.
 *
 * <p>A client is its remote address, or the address an {@code X-Forwarded-For} header names when
 * the request comes from one of the {@code trustedProxies} (exact addresses, such as 127.0.0.1 for
 * a reverse proxy on the same host); without trusted proxies that header is ignored, so a client
 * cannot pretend to be many.
 *
 * @param sparql         concurrent {@code /sparql} queries (at least 1)
 * @param computed       concurrent computed API answers (at least 1)
 * @param queue          waiting places of each lane (0: refuse at once when every slot is taken)
 * @param queueWait      the longest a request waits for a slot
 * @param perClient      the requests one client may run at once in a lane (at least 1); the rest of
 *                       its requests wait
 * @param trustedProxies addresses whose {@code X-Forwarded-For} is believed
 */
public record ExpensiveQueries(int sparql, int computed, int queue, Duration queueWait, int perClient,
                               List<String> trustedProxies) {

    /** The defaults for this machine ({@link #forCores}). */
    public static final ExpensiveQueries DEFAULT = forCores(Runtime.getRuntime().availableProcessors());

    public ExpensiveQueries {
        if (sparql < 1 || computed < 1 || perClient < 1)
            throw new IllegalArgumentException("Concurrent queries and places per client must be at least 1 (sparql " + sparql
                    + ", computed " + computed + ", per client " + perClient + ")");
        if (queue < 0)
            throw new IllegalArgumentException("The queue of expensive queries cannot be negative (" + queue + ")");
        if (queueWait.isNegative())
            throw new IllegalArgumentException("The queue wait cannot be negative (" + queueWait.toMillis() + " ms)");
        trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * The defaults for {@code cores} processors: {@code /sparql} gets half of them (at least one),
     * so the other half is left to everything else even when every slot runs a query to its time
     * limit; computed answers (milliseconds to a second each) get as many as there are cores (at
     * least two). One client runs at most half the SPARQL slots (at least one), so with two or more
     * it cannot take them all. Each lane has 32 waiting places and a wait of at most 5 s: a burst of
     * quick queries from one client waits its turn (on a busy 2-core machine, 20 connections of
     * quick queries wait up to about 2 s), a queue behind queries that run to their limit empties in
     * half the time limit.
     */
    public static ExpensiveQueries forCores(int cores) {
        int sparql = Math.max(1, cores / 2);
        return new ExpensiveQueries(sparql, Math.max(2, cores), 32, Duration.ofSeconds(5), Math.max(1, sparql / 2), List.of());
    }

    public ExpensiveQueries withSparql(int value) {
        return new ExpensiveQueries(value, computed, queue, queueWait, perClient, trustedProxies);
    }

    public ExpensiveQueries withComputed(int value) {
        return new ExpensiveQueries(sparql, value, queue, queueWait, perClient, trustedProxies);
    }

    public ExpensiveQueries withQueue(int value) {
        return new ExpensiveQueries(sparql, computed, value, queueWait, perClient, trustedProxies);
    }

    public ExpensiveQueries withQueueWait(Duration value) {
        return new ExpensiveQueries(sparql, computed, queue, value, perClient, trustedProxies);
    }

    public ExpensiveQueries withPerClient(int value) {
        return new ExpensiveQueries(sparql, computed, queue, queueWait, value, trustedProxies);
    }

    public ExpensiveQueries withTrustedProxies(List<String> value) {
        return new ExpensiveQueries(sparql, computed, queue, queueWait, perClient, value);
    }
}
