package dev.hydra.bench;

import dev.hydra.crawl.LinkCheck;
import dev.hydra.http.FetchOutcome;
import dev.hydra.http.FetchRequest;
import dev.hydra.http.HttpSettings;
import dev.hydra.http.JdkFetcher;
import dev.hydra.http.ThrottledFetcher;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * {@link ClientReplay}'s requests sent through Hydra's own HTTP layers instead of the bare client: its
 * {@code JdkFetcher} behind a {@code ThrottledFetcher} of as many connections per host, with no crawl around them.
 * Its time and CPU over {@code ClientReplay}'s, in the same run, is what Hydra's fetcher costs above the client;
 * Hydra's engine over this one's is what the crawl costs above its fetcher.
 *
 * <p>Usage: {@code FetcherReplay TRACE [--max-connections 8] [--port 28080]}
 */
public final class FetcherReplay {

    private FetcherReplay() {}

    public static void main(String[] args) throws IOException {
        ClientReplay.sendEachRequestOnce();
        Args a = new Args(args);
        int perHost = a.integer("max-connections", 8);
        int port = a.integer("port", 28080);
        List<FetchRequest> requests = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(a.positional(0)), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                continue;
            }
            int slash = fields[2].indexOf('/');
            URI uri = URI.create(
                    "http://127.0.1." + fields[2].substring(0, slash) + ":" + port + fields[2].substring(slash));
            requests.add("HEAD".equals(fields[1]) ? FetchRequest.head(uri) : FetchRequest.get(uri, false));
        }
        ThreadPoolExecutor clientPool = new ThreadPoolExecutor(
                LinkCheck.CLIENT_THREADS, LinkCheck.CLIENT_THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        HttpSettings settings = new HttpSettings(
                Duration.ofSeconds(10), "hydra-bench-replay", List.of(), 1 << 20, List.of(), null, null);
        long started = System.nanoTime();
        try (JdkFetcher base = new JdkFetcher(settings, clientPool, scheduler)) {
            ThrottledFetcher throttled = new ThrottledFetcher(base, perHost, Duration.ZERO, scheduler, clientPool);
            List<CompletableFuture<FetchOutcome>> outcomes = new ArrayList<>(requests.size());
            for (FetchRequest request : requests) {
                outcomes.add(throttled.fetch(request));
            }
            CompletableFuture.allOf(outcomes.toArray(new CompletableFuture<?>[0]))
                    .join();
        } finally {
            clientPool.shutdownNow();
            scheduler.shutdownNow();
        }
        System.out.println("replayed " + requests.size() + " requests through Hydra's fetcher in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
