package dev.hydra.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under Hydra's network side: the JDK {@link HttpClient} alone sends exactly the requests of a farm trace
 * (the farm's {@code /trace} after a Hydra run), in their order per host, as many at a time per host as Hydra, with
 * Hydra's client settings. It does none of Hydra's other work: no site served or parsed, no link found, no waiting
 * out a backoff or a Retry-After (a retry in the trace is sent as soon as a slot frees). Hydra's wall time over this
 * one's, in the same run, is what the crawl costs above the client.
 *
 * <p>The client's own retry is off: a trace already holds the second request of every exchange the client tried
 * again on a fresh connection (a server that closed a reused one without answering, the farm's {@code /reset/}), so
 * a replay that let the client retry would send those twice, 5% more requests to the busiest host on the 2,000-page
 * farm.
 *
 * <p>Usage: {@code ClientReplay TRACE [--max-connections 8] [--port 28080]}
 */
public final class ClientReplay {

    private final Map<String, ArrayDeque<HttpRequest>> queues = new TreeMap<>();
    private final HttpClient client;
    private final AtomicInteger unanswered = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);

    private ClientReplay(HttpClient client) {
        this.client = client;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        // sendAsync hands each response to the common pool, which on 2 cores (a parallelism of 1) is a new thread
        // per response; Hydra sends on threads of its own instead (JdkFetcher)
        System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "2");
        sendEachRequestOnce();
        Args a = new Args(args);
        int perHost = a.integer("max-connections", 8);
        int port = a.integer("port", 28080);
        ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        HttpClient client = HttpClient.newBuilder()
                .executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        ClientReplay replay = new ClientReplay(client);
        int requests = replay.load(Path.of(a.positional(0)), port);
        long started = System.nanoTime();
        replay.start(perHost);
        replay.done.await();
        System.out.println("replayed " + requests + " requests to " + replay.queues.size() + " hosts in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        executor.shutdownNow();
    }

    /**
     * Turns off the JDK client's own retry of an exchange (the property caps its attempts), before any client class
     * reads it.
     */
    static void sendEachRequestOnce() {
        System.setProperty("jdk.httpclient.redirects.retrylimit", "1");
    }

    /** Reads the trace: one request a line, {@code millis TAB method TAB host-number/path TAB in-flight}. */
    private int load(Path trace, int port) throws IOException {
        int count = 0;
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length < 3) {
                continue;
            }
            int slash = fields[2].indexOf('/');
            String host = fields[2].substring(0, slash);
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.1." + host + ":" + port + fields[2].substring(slash)))
                    .version(HttpClient.Version.HTTP_1_1)
                    .timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "hydra-bench-replay")
                    .method(fields[1], HttpRequest.BodyPublishers.noBody())
                    .build();
            queues.computeIfAbsent(host, h -> new ArrayDeque<>()).add(request);
            count++;
        }
        unanswered.set(count);
        if (count == 0) {
            done.countDown();
        }
        return count;
    }

    private void start(int perHost) {
        for (String host : queues.keySet()) {
            for (int i = 0; i < perHost; i++) {
                sendNext(host);
            }
        }
    }

    private void sendNext(String host) {
        HttpRequest request;
        synchronized (queues) {
            request = queues.get(host).poll();
        }
        if (request == null) {
            return;
        }
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (unanswered.decrementAndGet() == 0) {
                done.countDown();
            }
            sendNext(host);
        });
    }
}
