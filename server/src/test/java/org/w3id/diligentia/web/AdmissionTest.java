package org.w3id.diligentia.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.w3id.diligentia.error.ServiceUnavailableException;

/** The lane's rules: slots, then a queue, then refusal; a wait that runs out; a share per client; a full queue shared out; tickets given back once. */
class AdmissionTest {
    static final ClientAddress DIRECT = new ClientAddress(List.of());
    /** Threads of their own for requests that wait (the common pool may have a single thread). */
    static final ExecutorService THREADS = Executors.newCachedThreadPool();

    @Test
    void aRequestBeyondTheSlotsAndTheQueueIsRefusedAtOnceWithRetryAfter() {
        Admission lane = new Admission("SPARQL queries", 1, 0, Duration.ofSeconds(5), 4, DIRECT);
        Admission.Ticket first = lane.enter("10.0.0.1", null);
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> lane.enter("10.0.0.2", null));
        assertEquals(5L, e.retryAfterSeconds().orElseThrow());
        assertTrue(e.getMessage().contains("All 1 slots for SPARQL queries are taken"), e.getMessage());
        first.close();
        first.close();
        assertEquals(new Admission.Load(0, 0, 1, 0), lane.load(), "a ticket closed twice gives its slot back once");
        lane.enter("10.0.0.2", null).close();
    }

    @Test
    void workRunInTheLaneHoldsASlotWhileItRunsAndGivesItBackHoweverItEnds() {
        Admission lane = new Admission("computed answers", 1, 0, Duration.ofSeconds(5), 4, DIRECT);
        assertEquals("answer", lane.run("10.0.0.1", null, () -> {
            assertEquals(1, lane.load().running(), "the work runs in a slot");
            return "answer";
        }));
        assertEquals(0, lane.load().running(), "the slot is given back after the answer");
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> lane.run("10.0.0.1", null, () -> {
            throw new IllegalStateException("the work failed");
        }));
        assertEquals("the work failed", failure.getMessage());
        assertEquals(0, lane.load().running(), "the slot is given back after a failure");
        Admission.Ticket held = lane.enter("10.0.0.2", null);
        assertThrows(ServiceUnavailableException.class, () -> lane.run("10.0.0.1", null, () -> "never run"));
        held.close();
    }

    @Test
    void aQueuedRequestGetsTheSlotWhenItIsGivenBack() throws Exception {
        Admission lane = new Admission("computed answers", 1, 1, Duration.ofSeconds(30), 4, DIRECT);
        Admission.Ticket first = lane.enter("10.0.0.1", null);
        CompletableFuture<Admission.Ticket> second = CompletableFuture.supplyAsync(() -> lane.enter("10.0.0.2", null), THREADS);
        while (lane.load().waiting() < 1)
            Thread.sleep(5);
        assertThrows(ServiceUnavailableException.class, () -> lane.enter("10.0.0.3", null), "the one place in the queue is taken");
        first.close();
        second.get(30, TimeUnit.SECONDS).close();
        assertEquals(new Admission.Load(0, 0, 1, 1), lane.load());
    }

    @Test
    void aRequestThatWaitsInVainIsRefusedWhenItsWaitRunsOut() {
        Admission lane = new Admission("computed answers", 1, 1, Duration.ofMillis(50), 4, DIRECT);
        Admission.Ticket first = lane.enter("10.0.0.1", null);
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> lane.enter("10.0.0.2", null));
        assertTrue(e.getMessage().contains("came free within 50 ms"), e.getMessage());
        assertEquals(new Admission.Load(1, 0, 1, 1), lane.load(), "the refused request left the queue");
        first.close();
    }

    @Test
    void oneClientRunsAtMostItsShareAndOthersStillGetIn() {
        Admission lane = new Admission("SPARQL queries", 3, 0, Duration.ZERO, 2, DIRECT);
        lane.enter("10.0.0.1", null);
        lane.enter("10.0.0.1", null);
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class, () -> lane.enter("10.0.0.1", null));
        assertTrue(e.getMessage().contains("This client already runs 2"), e.getMessage());
        lane.enter("10.0.0.2", null);
    }

    @Test
    void aWaitingRequestOfAnotherClientGetsTheFreeSlotBeforeOneOfAClientAtItsShare() throws Exception {
        Admission lane = new Admission("SPARQL queries", 2, 8, Duration.ofSeconds(30), 1, DIRECT);
        Admission.Ticket a1 = lane.enter("10.0.0.1", null);
        Admission.Ticket b1 = lane.enter("10.0.0.2", null);
        CompletableFuture<Admission.Ticket> a2 = CompletableFuture.supplyAsync(() -> lane.enter("10.0.0.1", null), THREADS);
        while (lane.load().waiting() < 1)
            Thread.sleep(5);
        CompletableFuture<Admission.Ticket> c1 = CompletableFuture.supplyAsync(() -> lane.enter("10.0.0.3", null), THREADS);
        while (lane.load().waiting() < 2)
            Thread.sleep(5);
        b1.close();
        c1.get(30, TimeUnit.SECONDS).close();
        assertTrue(!a2.isDone(), "10.0.0.1 came first but already runs its one query");
        a1.close();
        a2.get(30, TimeUnit.SECONDS).close();
    }

    @Test
    void aNewcomerToAFullQueueTakesThePlaceOfTheClientThatHoldsTheMost() throws Exception {
        Admission lane = new Admission("SPARQL queries", 1, 2, Duration.ofSeconds(30), 1, DIRECT);
        Admission.Ticket running = lane.enter("10.0.0.1", null);
        CompletableFuture<Admission.Ticket> first = CompletableFuture.supplyAsync(() -> lane.enter("10.0.0.1", null), THREADS);
        while (lane.load().waiting() < 1)
            Thread.sleep(5);
        CompletableFuture<Admission.Ticket> newest = CompletableFuture.supplyAsync(() -> lane.enter("10.0.0.1", null), THREADS);
        while (lane.load().waiting() < 2)
            Thread.sleep(5);
        CompletableFuture<Admission.Ticket> other = CompletableFuture.supplyAsync(() -> lane.enter("10.0.0.2", null), THREADS);
        ExecutionException lost = assertThrows(ExecutionException.class, () -> newest.get(30, TimeUnit.SECONDS));
        assertTrue(lost.getCause().getMessage().contains("took this place in the queue"), lost.getCause().getMessage());
        assertEquals(2, lane.load().waiting(), "the oldest waiting request of 10.0.0.1 and the newcomer");
        running.close();
        first.get(30, TimeUnit.SECONDS).close();
        other.get(30, TimeUnit.SECONDS).close();
    }

    @Test
    void forwardedForIsIgnoredUnlessTheRequestComesFromATrustedProxy() {
        assertEquals("10.0.0.9", DIRECT.of("10.0.0.9", "203.0.113.7"));
        ClientAddress proxied = new ClientAddress(List.of("127.0.0.1", "10.0.0.5"));
        assertEquals("203.0.113.7", proxied.of("127.0.0.1", "203.0.113.7"));
        assertEquals("203.0.113.7", proxied.of("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.0.0.5"),
                "the last address no trusted proxy wrote; what the client wrote itself (to the left) is not believed");
        assertEquals("10.0.0.9", proxied.of("10.0.0.9", "203.0.113.7"), "not from a trusted proxy");
        assertEquals("127.0.0.1", proxied.of("127.0.0.1", " , "));
    }
}
