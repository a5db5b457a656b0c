package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Links waiting for their host start as the host's earlier checks end, without piling up chains or stack frames. */
class HostLanesTest {

    private static final String SLOW_HOST = "http://slow.example:80";
    private static final String OTHER_HOST = "http://other.example:80";

    @Test
    void aHostRunsAtMostItsShareOfChecksAndStartsTheRestAsTheyEnd() {
        HostLanes lanes = new HostLanes(1); // 1 connection per host: CHECKS_PER_CONNECTION checks under way
        int share = HostLanes.CHECKS_PER_CONNECTION;
        List<CompletableFuture<String>> running = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        for (int i = 0; i < share + 3; i++) {
            int number = i;
            lanes.submit(SLOW_HOST, () -> {
                CompletableFuture<String> check = new CompletableFuture<>();
                running.add(check);
                return check.thenAccept(verdict -> verdicts.add(verdict + " " + number));
            });
        }
        assertEquals(share, running.size(), "the rest wait for room");
        AtomicBoolean otherRan = new AtomicBoolean();
        lanes.submit(OTHER_HOST, () -> {
            otherRan.set(true);
            return CompletableFuture.completedFuture(null);
        });
        assertTrue(otherRan.get(), "another host does not wait behind a busy one");

        running.get(0).complete("ok");
        assertEquals(List.of("ok 0"), verdicts);
        assertEquals(share + 1, running.size(), "an ended check makes room for the next");
        for (int i = 1; i < running.size(); i++) {
            running.get(i).complete("ok");
        }
        assertEquals(share + 3, running.size());
        for (int i = share + 1; i < running.size(); i++) {
            running.get(i).complete("ok");
        }
        assertEquals(share + 3, verdicts.size());
        for (int i = 0; i < verdicts.size(); i++) {
            assertEquals("ok " + i, verdicts.get(i), "every link gets its own verdict, in order");
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
        for (int i = 0; i < waiting; i++) {
            lanes.submit(SLOW_HOST, () -> CompletableFuture.completedFuture(done.incrementAndGet()));
        }
        assertEquals(0, done.get(), "none starts while the host is full");
        blockers.forEach(blocker -> blocker.complete(0));
        assertEquals(waiting, done.get());
    }

    @Test
    void aCheckThatThrowsFreesItsPlace() {
        HostLanes lanes = new HostLanes(1);
        for (int i = 0; i < HostLanes.CHECKS_PER_CONNECTION + 1; i++) {
            lanes.submit(SLOW_HOST, () -> {
                throw new IllegalStateException("broken check");
            });
        }
        AtomicBoolean started = new AtomicBoolean();
        lanes.submit(SLOW_HOST, () -> {
            started.set(true);
            return new CompletableFuture<Void>();
        });
        assertTrue(started.get(), "the places of the checks that threw are free again");
    }
}
