package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Links waiting for their host start as the host's earlier checks end, without piling up chains or stack frames. */
class HostLanesTest {

    private static final URI SLOW_HOST = URI.create("http://slow.example/page");
    private static final URI OTHER_HOST = URI.create("http://other.example/page");

    @Test
    void aHostRunsAtMostItsShareOfChecksAndStartsTheRestAsTheyEnd() {
        HostLanes lanes = new HostLanes(1); // 1 connection per host: CHECKS_PER_CONNECTION checks under way
        int share = HostLanes.CHECKS_PER_CONNECTION;
        List<CompletableFuture<String>> running = new ArrayList<>();
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < share + 3; i++) {
            int number = i;
            results.add(lanes.submit(SLOW_HOST, () -> {
                CompletableFuture<String> check = new CompletableFuture<>();
                running.add(check);
                return check.thenApply(verdict -> verdict + " " + number);
            }));
        }
        assertEquals(share, running.size(), "the rest wait for room");
        CompletableFuture<String> otherHost = lanes.submit(OTHER_HOST, () -> CompletableFuture.completedFuture("ok"));
        assertEquals("ok", otherHost.join(), "another host does not wait behind a busy one");

        running.get(0).complete("ok");
        assertEquals("ok 0", results.get(0).join());
        assertEquals(share + 1, running.size(), "an ended check makes room for the next");
        for (int i = 1; i < running.size(); i++) {
            running.get(i).complete("ok");
        }
        assertEquals(share + 3, running.size());
        for (int i = share + 1; i < running.size(); i++) {
            running.get(i).complete("ok");
        }
        for (int i = 0; i < results.size(); i++) {
            assertEquals("ok " + i, results.get(i).join(), "every link gets its own verdict, in order");
        }
    }

    @Test
    void checksThatEndAtOnceDoNotNestEachOther() {
        HostLanes lanes = new HostLanes(1);
        List<CompletableFuture<Integer>> blockers = new ArrayList<>();
        for (int i = 0; i < HostLanes.CHECKS_PER_CONNECTION; i++) {
            CompletableFuture<Integer> blocker = new CompletableFuture<>();
            blockers.add(blocker);
            lanes.submit(SLOW_HOST, () -> blocker);
        }
        AtomicInteger done = new AtomicInteger();
        int waiting = 200_000; // each ends the moment it starts: nested, they would overflow the stack
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            results.add(lanes.submit(SLOW_HOST, () -> CompletableFuture.completedFuture(done.incrementAndGet())));
        }
        blockers.forEach(blocker -> blocker.complete(0));
        assertEquals(waiting, done.get());
        assertTrue(results.stream().allMatch(CompletableFuture::isDone));
    }

    @Test
    void aCheckThatThrowsFailsItsOwnResultAndFreesItsPlace() {
        HostLanes lanes = new HostLanes(1);
        List<CompletableFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < HostLanes.CHECKS_PER_CONNECTION + 1; i++) {
            results.add(lanes.submit(SLOW_HOST, () -> {
                throw new IllegalStateException("broken check");
            }));
        }
        assertTrue(results.stream().allMatch(CompletableFuture::isCompletedExceptionally));
    }
}
