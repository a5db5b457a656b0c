package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.testing.TestServer;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The timer only completes futures: what is chained on a deadline, a backoff or a paced grant runs on the executor
 * Hydra owns, never on the timer thread, which would otherwise hold back every other deadline.
 */
class TimerThreadTest {

    @RegisterExtension
    final TestServer server = TestServer.start();

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(1, named("test-timer"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, named("test-worker"));

    @AfterEach
    void stop() {
        timer.shutdownNow();
        workers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String currentThread() {
        return Thread.currentThread().getName();
    }

    @Test
    void whatFollowsADeadlineRunsOffTheTimer() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
                JdkFetcher fetcher = new JdkFetcher(
                        new HttpSettings(
                                Duration.ofMillis(300),
                                "hydra-maven-plugin/test",
                                List.of(),
                                1024 * 1024,
                                List.of(),
                                null,
                                null),
                        workers,
                        timer)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    accepted.add(silent.accept()); // and never answer
                } catch (java.io.IOException e) {
                    // closed
                }
            });
            acceptor.start();
            URI uri = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/never");
            CompletableFuture<FetchOutcome> outcome = fetcher.fetch(FetchRequest.get(uri, false));
            String ranOn = outcome.thenApply(ignored -> currentThread()).get(10, java.util.concurrent.TimeUnit.SECONDS);
            FetchOutcome.Failure failure = assertInstanceOf(FetchOutcome.Failure.class, outcome.join());
            assertEquals(FailureKind.TIMEOUT, failure.kind());
            // the deadline hands over to the workers; the request's own timeout ends it on the request's thread
            assertFalse(ranOn.startsWith("test-timer"), "the timeout's continuation ran on " + ranOn);
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void aRetryAndWhatFollowsItRunOffTheTimer() {
        List<String> sentOn = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        URI uri = URI.create("http://example.invalid/flaky");
        Fetcher flakyThenFine = request -> {
            sentOn.add(currentThread());
            int status = calls.incrementAndGet() == 1 ? 503 : 200;
            return CompletableFuture.completedFuture(new FetchOutcome.Response(
                    uri,
                    uri,
                    status,
                    java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true),
                    null,
                    false,
                    List.of(),
                    null));
        };
        RetryingFetcher retrying = new RetryingFetcher(
                flakyThenFine, new RetryPolicy(1, Duration.ofMillis(50), Duration.ofSeconds(1)), timer, workers);
        String ranOn = retrying.fetch(FetchRequest.get(uri, false))
                .thenApply(outcome -> {
                    assertEquals(200, ((FetchOutcome.Response) outcome).status());
                    return currentThread();
                })
                .join();
        assertEquals(2, sentOn.size());
        // off the timer: on a worker, or on the caller when the backoff ended before the retry was chained to it
        assertFalse(sentOn.get(1).startsWith("test-timer"), "the retry after the backoff was sent on " + sentOn.get(1));
        assertFalse(ranOn.startsWith("test-timer"), "the retry's answer was handled on " + ranOn);
    }

    @Test
    void aPacedGrantStartsItsRequestOffTheTimer() {
        server.status("/a", 200).status("/b", 200);
        List<String> sentOn = new CopyOnWriteArrayList<>();
        try (JdkFetcher jdk = new JdkFetcher(
                new HttpSettings(
                        Duration.ofSeconds(5),
                        "hydra-maven-plugin/test",
                        List.of(),
                        1024 * 1024,
                        List.of(),
                        null,
                        null),
                workers,
                timer)) {
            Fetcher recording = request -> {
                sentOn.add(currentThread());
                return jdk.fetch(request);
            };
            ThrottledFetcher paced = new ThrottledFetcher(recording, 8, Duration.ofMillis(100), timer, workers);
            CompletableFuture<FetchOutcome> first = paced.fetch(FetchRequest.head(server.uri("/a")));
            CompletableFuture<String> second =
                    paced.fetch(FetchRequest.head(server.uri("/b"))).thenApply(ignored -> currentThread());
            first.join();
            String ranOn = second.join();
            assertEquals(2, sentOn.size());
            assertTrue(sentOn.get(1).startsWith("test-worker"), "the paced request was sent on " + sentOn.get(1));
            assertFalse(ranOn.startsWith("test-timer"), "its answer was handled on " + ranOn);
        }
    }

    @Test
    void aDelayCompletesOnTheExecutor() {
        String ranOn = Delays.after(Duration.ofMillis(20), timer, workers)
                .thenApply(ignored -> currentThread())
                .join();
        assertTrue(ranOn.startsWith("test-worker"), ranOn);
    }
}
