package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.testing.TestServer;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failure is named by where its exception came from, not by its type alone. */
class FailureOriginTest {

    @RegisterExtension
    final TestServer server = TestServer.start();

    private final ExecutorService clientPool = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);

    @AfterEach
    void stop() {
        clientPool.shutdownNow();
        scheduler.shutdownNow();
    }

    /** A proxy selector that breaks: an IllegalArgumentException while sending, with a URL that is fine. */
    @Test
    void anIllegalArgumentFromAProxySelectorIsNoInvalidUrl() {
        ProxySelector broken = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                throw new IllegalArgumentException("no proxy rule for this scheme");
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {}
        };
        HttpSettings settings = new HttpSettings(
                Duration.ofSeconds(5), "hydra-maven-plugin/test", List.of(), 1024 * 1024, List.of(), broken, null);
        server.status("/fine", 200);
        try (JdkFetcher fetcher = new JdkFetcher(settings, clientPool, scheduler)) {
            FetchOutcome outcome =
                    fetcher.fetch(FetchRequest.head(server.uri("/fine"))).join();
            FetchOutcome.Failure failure = assertInstanceOf(FetchOutcome.Failure.class, outcome, outcome::toString);
            assertTrue(failure.kind() != FailureKind.INVALID_URL, failure.toString());
            assertFalse(failure.reason().contains("invalid URL"), failure.reason());
            assertTrue(failure.reason().contains("IllegalArgumentException"), failure.reason());
        }
    }

    @Test
    void anIllegalArgumentFromElsewhereIsAFailureNamedByItsClass() {
        Throwable illegal = CompletableFuture.runAsync(() -> {
                    throw new IllegalArgumentException("capacity < 0: -1");
                })
                .handle((ignored, error) -> error)
                .join();
        assertInstanceOf(CompletionException.class, illegal);
        FetchOutcome.Failure failure =
                Failures.classify(URI.create("https://example.org/"), illegal, Duration.ofSeconds(5));
        assertEquals(FailureKind.IO, failure.kind());
        assertEquals("request failed: IllegalArgumentException: capacity < 0: -1", failure.reason());
    }

    @Test
    void aNumberFormatExceptionOutsideTheClientIsNoMalformedResponse() {
        Throwable notTheClient = CompletableFuture.runAsync(() -> Integer.parseInt("twelve"))
                .handle((ignored, error) -> error)
                .join();
        FetchOutcome.Failure failure =
                Failures.classify(URI.create("https://example.org/"), notTheClient, Duration.ofSeconds(5));
        assertEquals(FailureKind.IO, failure.kind());
        assertEquals("request failed: NumberFormatException: For input string: \"twelve\"", failure.reason());
    }

    @Test
    void anInvalidUrlIsSaidWhereTheRequestIsBuilt() {
        try (JdkFetcher fetcher = new JdkFetcher(
                new HttpSettings(
                        Duration.ofSeconds(5),
                        "hydra-maven-plugin/test",
                        List.of(),
                        1024 * 1024,
                        List.of(),
                        null,
                        null),
                clientPool,
                scheduler)) {
            FetchOutcome outcome = fetcher.fetch(FetchRequest.head(URI.create("ftp://example.org/file")))
                    .join();
            FetchOutcome.Failure failure = assertInstanceOf(FetchOutcome.Failure.class, outcome, outcome::toString);
            assertEquals(FailureKind.INVALID_URL, failure.kind());
            assertTrue(failure.reason().startsWith("invalid URL: "), failure.reason());
        }
    }
}
