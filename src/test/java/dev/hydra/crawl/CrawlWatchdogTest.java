package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.http.FetchOutcome;
import dev.hydra.http.Fetcher;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A crawl that loses a future fails, naming what it waits for, instead of waiting for ever. */
class CrawlWatchdogTest {

    private static final URI START = URI.create("http://127.0.0.1:9/index.html");

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        workers.shutdownNow();
        timer.shutdownNow();
    }

    /** Answers every URL at once, but never answers {@code /lost}: a bug that loses a future. */
    private static final Fetcher LOSES_ONE = request -> {
        String path = request.uri().getPath();
        if (path.equals("/lost")) {
            return new CompletableFuture<>();
        }
        boolean start = path.equals("/index.html");
        byte[] body =
                start ? "<a href='/lost'>lost</a><a href='/fine'>fine</a>".getBytes(StandardCharsets.UTF_8) : null;
        // only the start page is HTML to parse: every other answer is in at once
        HttpHeaders headers = HttpHeaders.of(
                Map.of("Content-Type", List.of(start ? "text/html" : "text/plain")), (name, value) -> true);
        return CompletableFuture.completedFuture(
                new FetchOutcome.Response(request.uri(), request.uri(), 200, headers, body, false, List.of(), null));
    };

    private Crawler crawler(CheckConfig config) {
        return TestCrawlers.over(LOSES_ONE, workers, START, config);
    }

    @Test
    void aStalledCrawlFailsNamingTheTargetsItWaitsFor() {
        Crawler crawler = crawler(CheckConfig.builder().url(START).build());
        // long enough for the start page to be parsed on a busy machine: only the lost target is left then
        CrawlWatchdog watchdog = new CrawlWatchdog(crawler.work(), crawler::unfinished, Duration.ofSeconds(2));
        timer.scheduleWithFixedDelay(watchdog, 100, 100, TimeUnit.MILLISECONDS);

        ExecutionException failure = assertThrows(
                ExecutionException.class,
                () -> crawler.start(java.util.List.of(START)).get(10, TimeUnit.SECONDS));

        assertInstanceOf(CrawlWatchdog.CrawlStalledException.class, failure.getCause());
        String message = failure.getCause().getMessage();
        assertTrue(message.startsWith("the crawl made no progress for 2 s while checks were still open"), message);
        assertTrue(message.endsWith("still waiting for: http://127.0.0.1:9/lost"), message);
    }

    @Test
    void aCrawlThatAnswersIsLeftAlone() throws Exception {
        Crawler crawler = crawler(CheckConfig.builder().url(START).build());
        CrawlWatchdog watchdog = new CrawlWatchdog(crawler.work(), crawler::unfinished, Duration.ofMillis(200));
        crawler.work().begin(); // an open check that keeps answering
        timer.scheduleWithFixedDelay(crawler.work()::progressed, 0, 20, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(watchdog, 50, 50, TimeUnit.MILLISECONDS);

        Thread.sleep(600); // three times the limit: long enough for a wrongly stalled verdict
        assertFalse(crawler.work().finished().isDone());
    }

    @Test
    void theLimitCoversEveryBoundedWait() {
        CheckConfig config = CheckConfig.builder()
                .url(START)
                .timeout(Duration.ofSeconds(10))
                .retries(2)
                .firstBackoff(Duration.ofMillis(500))
                .maxRetryAfter(Duration.ofSeconds(30))
                .build();
        // a request's 10 s, then at most 30 s of waiting before a retry, three times over
        assertEquals(Duration.ofSeconds(121), CrawlWatchdog.limitFor(config));
    }
}
