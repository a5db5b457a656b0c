package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a host's limit answers 429s. */
class HostGateTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
    private final HostGate gate = new HostGate(8, 0, scheduler);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private List<HostGate.Permit> acquire(int count) {
        List<HostGate.Permit> permits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            permits.add(gate.acquire().join());
        }
        return permits;
    }

    private void releaseAll(List<HostGate.Permit> permits) {
        permits.forEach(permit -> gate.release());
    }

    @Test
    void a429DropsTheLimitBelowTheConcurrencyThatMetIt() {
        List<HostGate.Permit> burst = acquire(8);
        gate.answered(burst.get(6), true); // the 7th request at once was refused
        assertEquals(6, gate.limit());
        gate.answered(burst.get(7), true); // started before the drop: tells nothing new
        assertEquals(6, gate.limit());
    }

    @Test
    void oneBusyUrlSlowsTheHostALittleNotByHalf() {
        List<HostGate.Permit> first = acquire(1);
        gate.answered(first.get(0), true); // a 429 with nothing else in flight: a rate limit on that URL
        assertEquals(6, gate.limit());
        releaseAll(first);
        for (int i = 0; i < 40; i++) {
            List<HostGate.Permit> round = acquire(6);
            round.forEach(permit -> gate.answered(permit, false));
            releaseAll(round);
        }
        List<HostGate.Permit> again = acquire(6);
        gate.answered(again.get(5), true); // another isolated 429, at the limit reached: not below three quarters
        assertEquals(6, gate.limit());
    }

    @Test
    void aBurstOf429sTakesTheLimitToWhatTheHostTolerated() {
        List<HostGate.Permit> burst = acquire(8);
        for (int refused = 4; refused < 8; refused++) {
            gate.answered(burst.get(refused), true); // the 5th to 8th request at once were refused
        }
        assertEquals(4, gate.limit());
    }

    @Test
    void persistent429sAtTheFloorLowerTheLimitStepByStep() {
        List<HostGate.Permit> burst = acquire(8);
        gate.answered(burst.get(2), true); // refused at 3 at once: but one 429 stops at three quarters
        assertEquals(6, gate.limit());
        gate.answered(burst.get(3), true); // and a burst of them at half
        assertEquals(4, gate.limit());
        releaseAll(burst);
        List<HostGate.Permit> round = acquire(4);
        gate.answered(round.get(0), false);
        gate.answered(round.get(1), false);
        gate.answered(round.get(2), true);
        gate.answered(round.get(3), true);
        assertEquals(4, gate.limit(), "two 429s are not yet a pattern");
        releaseAll(round);
        round = acquire(4);
        gate.answered(round.get(3), true);
        assertEquals(3, gate.limit(), "three 429s in five answers: the host tolerates fewer");
        releaseAll(round);
        List<HostGate.Permit> granted = acquire(3);
        assertEquals(false, gate.acquire().isDone(), "a fourth request waits for a free slot");
        releaseAll(granted);
    }
}
