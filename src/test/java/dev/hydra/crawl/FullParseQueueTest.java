package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FullParseQueueTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private ThreadPoolExecutor workers;

    /** One worker, held busy, and a queue of one task, taken: the next task finds the queue full. */
    @BeforeEach
    void fullWorkers() throws InterruptedException {
        workers = new ThreadPoolExecutor(
                1,
                1,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(1),
                runnable -> new Thread(runnable, "worker"),
                new FullParseQueue());
        CountDownLatch busy = new CountDownLatch(1);
        workers.execute(() -> {
            busy.countDown();
            await(release);
        });
        assertTrue(busy.await(10, TimeUnit.SECONDS));
        workers.execute(() -> {});
    }

    @AfterEach
    void stop() {
        release.countDown();
        workers.shutdownNow();
    }

    @Test
    void aReaderWaitsForRoomAndTheTaskRunsOnAWorker() throws Exception {
        CompletableFuture<String> ranOn = new CompletableFuture<>();
        Thread reader = FullParseQueue.readers("hydra-site-")
                .newThread(() -> workers.execute(
                        () -> ranOn.complete(Thread.currentThread().getName())));
        reader.start();

        waitUntil(() -> reader.getState() == Thread.State.WAITING);
        assertFalse(ranOn.isDone(), "the reader parses nothing itself while the queue is full");

        release.countDown();
        assertEquals("worker", ranOn.get(10, TimeUnit.SECONDS));
        reader.join(10_000);
        assertFalse(reader.isAlive());
    }

    @Test
    void anyOtherThreadRunsTheTaskItself() throws Exception {
        CompletableFuture<String> ranOn = new CompletableFuture<>();
        Thread client = new Thread(
                () -> workers.execute(
                        () -> ranOn.complete(Thread.currentThread().getName())),
                "hydra-http-1");
        client.start();

        assertEquals("hydra-http-1", ranOn.get(10, TimeUnit.SECONDS), "a client's thread never waits for the parse");
    }

    @Test
    void aTaskRefusedAfterTheCheckEndedIsDropped() throws Exception {
        workers.shutdown();
        CompletableFuture<Boolean> ran = new CompletableFuture<>();
        Thread reader =
                FullParseQueue.readers("hydra-site-").newThread(() -> workers.execute(() -> ran.complete(true)));
        reader.start();
        reader.join(10_000);

        assertFalse(reader.isAlive(), "no reader waits on a check that is over");
        assertFalse(ran.isDone());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(5);
        }
    }
}
