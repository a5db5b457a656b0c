package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.http.FetchOutcome;
import dev.hydra.http.Fetcher;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A progress line counts pages and links as the final summary counts them. */
class ProgressTest {

    private static final URI START = URI.create("http://127.0.0.1:9/index.html");

    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    /** Every URL is a page at once; the start links one page three times (two anchors) and a second page once. */
    private static final Fetcher PAGES = request -> {
        boolean start = request.uri().getPath().equals("/index.html");
        String html = start
                ? "<a href='a.html'>a</a><a href='a.html#x'>x</a><a href='a.html#y'>y</a><a href='b.html'>b</a>"
                : "<h2 id='x'>x</h2><a href='index.html'>home</a>";
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of("text/html")), (name, value) -> true);
        return CompletableFuture.completedFuture(new FetchOutcome.Response(
                request.uri(),
                request.uri(),
                200,
                headers,
                html.getBytes(StandardCharsets.UTF_8),
                false,
                List.of(),
                null));
    };

    @Test
    void theLastProgressCountsWhatTheSummaryCounts() throws Exception {
        Crawler crawler = TestCrawlers.over(
                PAGES, workers, START, CheckConfig.builder().url(START).build());
        crawler.start(List.of(START)).get(10, TimeUnit.SECONDS);

        Progress last = crawler.progress(0, 0);
        int links = crawler.results().size();
        assertEquals(5, links, "index.html (the start, and linked from a and b), a.html, a.html#x, a.html#y, b.html");
        assertEquals(links, last.linksFound());
        assertEquals(crawler.pagesCrawled(), last.pagesCrawled());
        assertEquals(3, last.urlsFound(), "index.html, a.html and b.html: each URL is checked once");
        assertEquals(3, last.urlsChecked());
    }
}
