package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a host's limit answers 429s, and in which order waiting requests get their turn. */
class HostGateTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    private final HostGate gate = new HostGate(8, 0, scheduler, Runnable::run); // no pacing: the timer never grants

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private List<HostGate.Permit> acquire(int count) {
        List<HostGate.Permit> permits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            permits.add(gate.acquire(false).join());
        }
        return permits;
    }

    private void releaseAll(List<HostGate.Permit> permits) {
        permits.forEach(permit -> gate.release());
    }

    /** A crawl that always has a request waiting: answers the oldest request in flight, and starts what may start. */
    private final class SaturatedHost {
        final List<HostGate.Permit> inFlight = new ArrayList<>();
        CompletableFuture<HostGate.Permit> waiting;

        SaturatedHost() {
            fill();
        }

        void answerOldest(boolean tooManyRequests) {
            gate.answered(inFlight.remove(0), tooManyRequests);
            gate.release();
            fill();
        }

        void answerNewest(boolean tooManyRequests) {
            gate.answered(inFlight.remove(inFlight.size() - 1), tooManyRequests);
            gate.release();
            fill();
        }

        private void fill() {
            while (waiting == null || waiting.isDone()) {
                if (waiting != null) {
                    inFlight.add(waiting.join());
                }
                waiting = gate.acquire(false);
            }
        }
    }

    @Test
    void rateLimitedUrlsNowAndThenDoNotSlowTheHost() {
        SaturatedHost host = new SaturatedHost();
        assertEquals(8, host.inFlight.size());
        for (int i = 0; i < 1000; i++) { // one rate-limited URL in 50, as on a host where a few pages are busy
            host.answerOldest(i % 50 == 7);
        }
        assertEquals(8, gate.limit(), "isolated 429s do not add up to a slower host");
        assertEquals(8, host.inFlight.size(), "once the answers after the last 429 were accepted, 8 at a time again");
    }

    @Test
    void eachIsolated429HoldsBackOneSlotForOneRoundHoweverManyCameBefore() {
        List<HostGate.Permit> firstPages = acquire(2); // the crawl has just begun: 2 links to this host so far
        gate.answered(firstPages.get(1), true); // a rate-limited URL, refused with 2 in flight
        releaseAll(firstPages);
        SaturatedHost host = new SaturatedHost();
        for (int i = 0; i < 8; i++) {
            host.answerOldest(false);
        }
        for (int i = 0; i < 1000; i++) { // one rate-limited URL in 50
            host.answerOldest(i % 50 == 7);
            assertTrue(
                    host.inFlight.size() >= 7,
                    "after isolated 429 number " + (i / 50 + 1) + ", the host is held"
                            + " one slot below the concurrency it refused, not lower: " + host.inFlight.size()
                            + " in flight");
        }
    }

    @Test
    void rateLimitedUrlsLinkedFromNeighbouringPagesDoNotSlowTheHost() {
        SaturatedHost host = new SaturatedHost();
        host.answerOldest(false);
        for (int i = 0; i < 4; i++) { // 429s close together, two by two: not half of a round of answers
            host.answerOldest(true);
            host.answerOldest(false);
            host.answerOldest(false);
            host.answerOldest(i % 2 == 0);
            for (int accepted = 0; accepted < 8; accepted++) {
                host.answerOldest(false);
            }
        }
        assertEquals(8, gate.limit());
    }

    @Test
    void refusalsHoldNewRequestsBackUntilTheAnswersShowNoBurst() {
        List<HostGate.Permit> started = acquire(8);
        gate.answered(started.get(7), true);
        gate.answered(started.get(6), true); // 2 of 8 at once refused: a burst may be coming
        gate.release();
        gate.release();
        CompletableFuture<HostGate.Permit> next = gate.acquire(false);
        assertFalse(next.isDone(), "6 in flight: nothing more starts while the evidence comes in");
        gate.answered(started.get(0), false);
        gate.release();
        assertTrue(next.isDone(), "below that, requests start again");
        List<HostGate.Permit> more = new ArrayList<>(started.subList(1, 6));
        more.add(next.join());
        for (int i = 0; i < 8; i++) { // the rest of the 8, and more, are accepted: no burst
            gate.answered(more.remove(0), false);
            gate.release();
            more.add(gate.acquire(false).join());
        }
        assertEquals(8, gate.limit(), "no burst followed: the host is not slowed for the rest of the run");
        List<CompletableFuture<HostGate.Permit>> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            after.add(gate.acquire(false));
        }
        assertEquals(
                List.of(true, true, false),
                after.stream().map(CompletableFuture::isDone).toList(),
                "8 in flight again");
    }

    @Test
    void aBurstOf429sTakesTheLimitBelowWhatTheHostRefused() {
        List<HostGate.Permit> burst = acquire(8);
        for (int accepted = 0; accepted < 4; accepted++) {
            gate.answered(burst.get(accepted), false);
        }
        for (int refused = 7; refused >= 4; refused--) { // the 5th to 8th request at once were refused
            gate.answered(burst.get(refused), true);
        }
        // refused from 5 at once on: one below, and one more for answers still on the wire when the next one arrives
        assertEquals(3, gate.limit());
        releaseAll(burst);
        List<HostGate.Permit> granted = acquire(3);
        assertFalse(gate.acquire(false).isDone(), "a fourth request waits for a free slot");
        releaseAll(granted);
    }

    @Test
    void requestsArrivingInAnotherOrderThanTheyStartedDoNotSinkTheEstimate() {
        List<HostGate.Permit> burst = acquire(8);
        for (int refused : new int[] {0, 2, 5, 6}) { // the server saw them last, though they started first
            gate.answered(burst.get(refused), true);
        }
        assertEquals(3, gate.limit(), "4 of 8 at once were accepted: the host refuses a 5th, so 3 (one for the wire)");
    }

    @Test
    void aBurstRefusingRequestsThatStartedWithAFullHostStillSetsTheLimitByWhatWasAccepted() {
        SaturatedHost host = new SaturatedHost();
        for (int i = 0; i < 4; i++) {
            host.answerOldest(false); // each answer lets one more start, with 8 in flight
        }
        for (int i = 0; i < 4; i++) { // a host that accepts 4 at once refuses the 4 that came with 8 in flight
            host.answerNewest(true);
        }
        assertEquals(3, gate.limit(), "4 of 8 at once were accepted: the host refuses a 5th, so 3 (one for the wire)");
    }

    @Test
    void answersToRequestsStartedBeforeTheDropTellNothingNew() {
        List<HostGate.Permit> burst = acquire(8);
        for (int refused = 4; refused < 8; refused++) {
            gate.answered(burst.get(refused), true);
        }
        assertEquals(3, gate.limit());
        releaseAll(burst);
        List<HostGate.Permit> late = acquire(3);
        gate.answered(late.get(0), true); // started under the new limit: one 429 alone, no further drop
        assertEquals(3, gate.limit());
        releaseAll(late);
    }

    @Test
    void burstsThatGoOnLowerTheLimitDownToOne() {
        List<HostGate.Permit> burst = acquire(8);
        for (int refused = 4; refused < 8; refused++) {
            gate.answered(burst.get(refused), true);
        }
        releaseAll(burst);
        for (int round = 0; round < 4 && gate.limit() > 1; round++) {
            List<HostGate.Permit> all = acquire(gate.limit());
            for (int repeat = 0; repeat < 4; repeat++) { // a host that rate-limits by time refuses everything
                all.forEach(permit -> gate.answered(permit, true));
            }
            releaseAll(all);
        }
        assertEquals(1, gate.limit());
    }

    @Test
    void aHostThatNeverRefusesKeepsItsLimit() {
        SaturatedHost host = new SaturatedHost();
        for (int i = 0; i < 400; i++) {
            host.answerOldest(false);
        }
        assertEquals(8, gate.limit());
        assertEquals(8, host.inFlight.size());
    }

    @Test
    void followUpsGoBeforeNewRequests() {
        List<HostGate.Permit> busy = acquire(8);
        CompletableFuture<HostGate.Permit> fresh = gate.acquire(false);
        CompletableFuture<HostGate.Permit> retry = gate.acquire(true);
        gate.release();
        assertTrue(retry.isDone(), "the retry gets the free slot");
        assertFalse(fresh.isDone(), "the new request waits for the next one");
        gate.release();
        assertTrue(fresh.isDone());
        releaseAll(busy.subList(2, 8));
    }
}
