package org.w3id.diligentia.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Supplier;

import org.w3id.diligentia.error.ServiceUnavailableException;

/**
 * One lane of expensive work (SPARQL queries, or computed answers): at most {@code slots} requests
 * run at once, and one client ({@link ClientAddress}) runs at most {@code perClient} of them; the
 * others wait in a queue of {@code queue} places, each for at most {@code wait}, and get the first
 * slot their client may take, in the order they came. When the queue is full, a newcomer takes the
 * place of the newest waiting request of the client that holds the most places (running and
 * waiting), if that client holds more than the newcomer's would: one client cannot keep the others
 * out. A request that finds no place, loses its place, or waits in vain is refused with a
 * {@link ServiceUnavailableException} that carries a {@code Retry-After}.
 *
 * <p>Call {@link #run} with the work, or {@link #enter} before the work and close the {@link Ticket} after it (once the answer is
 * written, so a slow reader holds the slot it is being answered from). Thread-safe.
 */
public final class Admission {
    private final String work;
    private final int slots;
    private final int queue;
    private final Duration wait;
    private final int perClient;
    private final ClientAddress clients;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private final Map<String, Integer> runningBy = new HashMap<>();
    private final Map<String, Integer> waitingBy = new HashMap<>();
    private int running;

    /** {@code work} names what the lane runs, for messages: "SPARQL queries", "computed answers". */
    public Admission(String work, int slots, int queue, Duration wait, int perClient, ClientAddress clients) {
        this.work = work;
        this.slots = slots;
        this.queue = queue;
        this.wait = wait;
        this.perClient = perClient;
        this.clients = clients;
    }

    /** A slot in the lane; {@link #close} gives it back (more than once is harmless). */
    public interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    /** How full the lane is: requests running, and waiting for a slot. */
    public record Load(int running, int waiting, int slots, int queue) {}

    private static final class Waiter {
        final String client;
        boolean admitted;
        String refusal;

        Waiter(String client) {
            this.client = client;
        }
    }

    /**
     * Runs {@code work} in a slot of this lane for a request from {@code remoteAddress} (with its
     * {@code X-Forwarded-For}, or null) and gives the slot back when it ends, however it ends.
     *
     * @throws ServiceUnavailableException if the request gets no slot (the message says why)
     */
    public <T> T run(String remoteAddress, String forwardedFor, Supplier<T> work) {
        Ticket slot = enter(remoteAddress, forwardedFor);
        try {
            return work.get();
        } finally {
            slot.close();
        }
    }

    /**
     * A slot for a request from {@code remoteAddress} (with its {@code X-Forwarded-For}, or null),
     * waiting for one if its client may not run another now and the queue has a place.
     *
     * @throws ServiceUnavailableException if the request gets no slot (the message says why)
     */
    public Ticket enter(String remoteAddress, String forwardedFor) {
        String client = clients.of(remoteAddress, forwardedFor);
        synchronized (this) {
            if (mayRun(client)) {
                start(client);
                return ticket(client);
            }
            if (queue == 0)
                throw refused(busy(client) + " and there is no queue; retry later.");
            if (waiting.size() >= queue && !evictFor(client))
                throw refused(busy(client) + " and all " + queue + " places in the queue too; retry later.");
            Waiter me = new Waiter(client);
            waiting.addLast(me);
            waitingBy.merge(client, 1, Integer::sum);
            long deadline = System.nanoTime() + wait.toNanos();
            try {
                while (!me.admitted && me.refusal == null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0)
                        break;
                    wait(left / 1_000_000, (int) (left % 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (me.admitted)
                return ticket(client);
            if (me.refusal == null) {
                leaveQueue(me);
                me.refusal = "No slot for " + work + " came free within " + wait.toMillis() + " ms (" + slots
                        + " slots, all busy); retry later.";
            }
            throw refused(me.refusal);
        }
    }

    public synchronized Load load() {
        return new Load(running, waiting.size(), slots, queue);
    }

    /** Seconds a refused client should wait before it retries (the queue wait, rounded up, at least 1). */
    public long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private boolean mayRun(String client) {
        return running < slots && runningBy.getOrDefault(client, 0) < perClient;
    }

    private String busy(String client) {
        int own = runningBy.getOrDefault(client, 0);
        return own >= perClient
                ? "This client already runs " + own + " " + work + ", the most one client may run at once,"
                : "All " + slots + " slots for " + work + " are taken";
    }

    private void start(String client) {
        running++;
        runningBy.merge(client, 1, Integer::sum);
    }

    private Ticket ticket(String client) {
        boolean[] closed = {false};
        return () -> {
            synchronized (this) {
                if (closed[0])
                    return;
                closed[0] = true;
                running--;
                runningBy.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
                dispatch();
            }
        };
    }

    /** Gives free slots to the first waiting requests whose clients may run one more. */
    private void dispatch() {
        Iterator<Waiter> it = waiting.iterator();
        while (running < slots && it.hasNext()) {
            Waiter w = it.next();
            if (runningBy.getOrDefault(w.client, 0) < perClient) {
                it.remove();
                waitingBy.computeIfPresent(w.client, (k, n) -> n == 1 ? null : n - 1);
                start(w.client);
                w.admitted = true;
            }
        }
        notifyAll();
    }

    /** Frees a place in the full queue for {@code client} if another client holds more places than it would; whether it did. */
    private boolean evictFor(String client) {
        int mine = places(client) + 1;
        Waiter victim = null;
        int most = mine;
        for (Iterator<Waiter> it = waiting.descendingIterator(); it.hasNext(); ) {
            Waiter w = it.next();
            if (places(w.client) > most) {
                most = places(w.client);
                victim = w;
            }
        }
        if (victim == null)
            return false;
        leaveQueue(victim);
        victim.refusal = "A request of another client took this place in the queue: this client held the most places ("
                + most + ") of the lane for " + work + "; retry later.";
        notifyAll();
        return true;
    }

    private int places(String client) {
        return runningBy.getOrDefault(client, 0) + waitingBy.getOrDefault(client, 0);
    }

    private void leaveQueue(Waiter w) {
        waiting.remove(w);
        waitingBy.computeIfPresent(w.client, (k, n) -> n == 1 ? null : n - 1);
    }

    private ServiceUnavailableException refused(String detail) {
        return new ServiceUnavailableException(detail, Duration.ofSeconds(retryAfterSeconds()));
    }
}
