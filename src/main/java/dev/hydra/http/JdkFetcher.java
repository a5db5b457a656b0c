package dev.hydra.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One HTTP exchange through the JDK's {@link HttpClient}, asynchronously: no redirects followed,
 * a deadline on the whole exchange, the body read only when wanted and only up to the page size limit.
 */
public final class JdkFetcher implements Fetcher, AutoCloseable {

    /** Bodies that are not wanted are drained up to this size, so that the connection can be reused. */
    private static final long DRAIN_LIMIT = 64 * 1024;
    /** The most requests sent at once (each holds a thread while in flight). */
    private static final int MAX_SENDERS = 256;

    private final HttpSettings settings;
    private final ScheduledExecutorService scheduler;
    /**
     * The clients, made on the first request that needs each: making one sets up TLS, a tenth of a second or more of
     * a fresh JVM's CPU, which a check that sends no request (a local site, external links skipped) does not pay.
     */
    private final Object clients = new Object();

    private HttpClient client; // guarded by clients
    private HttpClient insecureClient; // guarded by clients
    private boolean closed; // guarded by clients
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The client's executor, where what follows a deadline runs. */
    private final ExecutorService executor;
    /**
     * The threads that send requests, one per request in flight, each blocked in {@link HttpClient#send} until its
     * answer is read, then running what follows it. Not {@code sendAsync}: the JDK 17 client completes every future
     * of sendAsync on CompletableFuture's default executor (HttpClientImpl.sendAsync ends with
     * {@code whenCompleteAsync(..., ASYNC_POOL)}), which on two cores or fewer is a new thread per response, unless a
     * JVM-wide property widens the common pool: a thread start per request, a quarter to a half more CPU per
     * request. {@code send} runs the exchange on the calling thread and the client's executor, with no such hop.
     * At most {@value #MAX_SENDERS} at once (more requests wait for a thread); idle ones end after 30 s. Virtual
     * threads where the JDK has them ({@link SenderThreads}).
     */
    private final ThreadPoolExecutor senders;
    /**
     * On a sender thread, while an exchange runs and its outcome is handed on: a slot for the first request that
     * outcome starts, which the thread sends next itself ({@link #sendInTurn}).
     */
    private final ThreadLocal<Runnable[]> following = new ThreadLocal<>();

    /**
     * @param settings how to talk to servers
     * @param clientExecutor the bounded executor, owned and shut down by the caller, that the client works on and that
     *     every answer is handed to
     * @param scheduler the timer of request deadlines, which hands each one over to {@code clientExecutor}
     */
    public JdkFetcher(HttpSettings settings, ExecutorService clientExecutor, ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.scheduler = scheduler;
        this.executor = clientExecutor;
        this.senders = new ThreadPoolExecutor(
                MAX_SENDERS,
                MAX_SENDERS,
                30,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                SenderThreads.factory("hydra-request"));
        this.senders.allowCoreThreadTimeOut(true);
    }

    /** The client for a host, made now if this is its first request; null once closed. */
    private HttpClient clientFor(String host) {
        boolean insecure = !settings.insecureHosts().isEmpty() && settings.isInsecure(host);
        synchronized (clients) {
            if (closed) {
                return null;
            }
            if (insecure) {
                if (insecureClient == null) {
                    insecureClient = newClient(settings, executor, true);
                }
                return insecureClient;
            }
            if (client == null) {
                client = newClient(settings, executor, false);
            }
            return client;
        }
    }

    /**
     * Makes the client now, on the client's executor, when the check will most likely send requests: making it sets
     * up TLS, 0.3 s of a fresh JVM, which the first request would otherwise wait for while the first pages are parsed.
     */
    public void prepare() {
        HandOver.run(executor, () -> clientFor(""));
    }

    /** Requests sent and not yet answered, for progress reports. */
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        URI uri = request.uri();
        HttpRequest httpRequest;
        try {
            httpRequest = buildRequest(request);
        } catch (IllegalArgumentException e) {
            // the URL itself: the headers were checked when the settings were made (HeaderRule, CheckConfig)
            return CompletableFuture.completedFuture(Failures.invalidUrl(uri, e));
        }
        HttpClient chosen = clientFor(uri.getHost());
        if (chosen == null) {
            return CompletableFuture.completedFuture(
                    Failures.classify(uri, new RejectedExecutionException("closed"), settings.timeout()));
        }
        CompletableFuture<FetchOutcome> result = new CompletableFuture<>();
        inFlight.incrementAndGet();
        AtomicReference<ScheduledFuture<?>> deadline = new AtomicReference<>();
        FutureTask<Void> exchange = new FutureTask<>(() -> {
            try {
                if (!result.isDone()) { // not timed out while waiting for a thread
                    HttpResponse<CappedBody> response = chosen.send(httpRequest, info -> bodyFor(request, info));
                    CappedBody body = response.body();
                    result.complete(new FetchOutcome.Response(
                            uri,
                            uri,
                            response.statusCode(),
                            response.headers(),
                            body.bytes(),
                            body.truncated(),
                            java.util.List.of(),
                            body.undecodable()));
                }
            } catch (InterruptedException e) {
                // the deadline came: the outcome is already the timeout, and the client cancelled the exchange
            } catch (java.io.IOException | RuntimeException e) {
                result.complete(Failures.classify(uri, e, settings.timeout()));
            } finally {
                ScheduledFuture<?> timer = deadline.get();
                if (timer != null) {
                    timer.cancel(false);
                }
                inFlight.decrementAndGet();
            }
            return null;
        });
        // the timer only hands the deadline over: what follows a timeout runs on the client's executor, not on it
        deadline.set(scheduler.schedule(
                () -> HandOver.run(executor, () -> {
                    if (result.complete(Failures.timedOut(uri, settings.timeout()))) {
                        exchange.cancel(
                                true); // interrupts send(), which cancels the exchange and closes its connection
                    }
                }),
                settings.timeout().toMillis(),
                TimeUnit.MILLISECONDS));
        try {
            Runnable[] followingHere = following.get();
            if (followingHere != null && followingHere[0] == null) {
                followingHere[0] = exchange;
            } else {
                senders.execute(() -> sendInTurn(exchange));
            }
        } catch (RejectedExecutionException e) {
            deadline.get().cancel(false);
            inFlight.decrementAndGet();
            result.complete(Failures.classify(uri, e, settings.timeout())); // the check is over
        }
        return result;
    }

    /**
     * Runs an exchange on this sender thread, then the exchange the first request started by its outcome, if any,
     * and so on. Most requests are started by the answer of the one before them on the same host (its connection
     * slot freed), on the thread that read that answer: that thread sends the next itself, instead of handing it to
     * another thread and going idle: one wake-up less per request. Any further request its outcome starts goes to the
     * pool, so that no request waits for another's answer.
     */
    private void sendInTurn(Runnable first) {
        Runnable next = first;
        while (next != null) {
            Runnable[] followingHere = new Runnable[1];
            following.set(followingHere);
            try {
                next.run();
            } finally {
                following.remove();
            }
            next = followingHere[0];
            // a deadline that cancels an exchange as it ends leaves this thread interrupted: not the next one's
            Thread.interrupted();
        }
    }

    private HttpRequest buildRequest(FetchRequest request) {
        // no request timeout: the deadline of fetch() covers the whole exchange, body included, from before the
        // request is sent; a request timeout as well would make the client add a timer and wake its selector thread
        // for every request, for a deadline that never comes first
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Encoding", ContentDecoder.ACCEPTED);
        if ("http".equals(request.uri().getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance on plain http
        }
        for (HeaderRule rule : settings.headers()) {
            if (rule.hosts().matches(request.uri().getHost())) {
                builder.setHeader(rule.name(), rule.value());
            }
        }
        if (request.method() == FetchRequest.Method.HEAD) {
            builder.method("HEAD", HttpRequest.BodyPublishers.noBody());
        } else {
            builder.GET();
        }
        return builder.build();
    }

    private HttpResponse.BodySubscriber<CappedBody> bodyFor(FetchRequest request, HttpResponse.ResponseInfo info) {
        if (request.method() == FetchRequest.Method.HEAD) {
            return HttpResponse.BodySubscribers.replacing(CappedBody.NONE);
        }
        boolean html = info.headers()
                .firstValue("Content-Type")
                .map(value -> ContentTypes.isHtml(value.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT)))
                .orElse(false);
        boolean wanted = request.readBody() && html;
        String encoding = ContentDecoder.encodingOf(
                info.headers().firstValue("Content-Encoding").orElse(null));
        boolean keep = wanted && (encoding.isEmpty() || ContentDecoder.canDecode(encoding));
        CappedBodySubscriber subscriber =
                new CappedBodySubscriber(keep ? settings.maxPageSize() : DRAIN_LIMIT, keep, contentLength(info));
        if (!wanted || encoding.isEmpty()) {
            return subscriber;
        }
        if (!keep) {
            return HttpResponse.BodySubscribers.mapping(
                    subscriber,
                    drained -> CappedBody.undecodable("Content-Encoding " + encoding + " is not supported"));
        }
        return HttpResponse.BodySubscribers.mapping(
                subscriber, raw -> ContentDecoder.decode(encoding, raw, settings.maxPageSize()));
    }

    /**
     * The announced length of a body, or -1. A value that is not a number is a malformed response, said so here,
     * where it is known (thrown from a body handler, it fails the exchange).
     */
    private static long contentLength(HttpResponse.ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException e) {
            String value = info.headers().firstValue("Content-Length").orElse("");
            throw new java.io.UncheckedIOException(
                    new MalformedResponseException("Content-Length \"" + value + "\" is not a number"));
        }
    }

    private static HttpClient newClient(HttpSettings settings, ExecutorService executor, boolean insecure) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeout())
                .version(HttpClient.Version.HTTP_2);
        if (settings.proxy() != null) {
            builder.proxy(settings.proxy());
        }
        if (settings.proxyAuthenticator() != null) {
            builder.authenticator(new ProxyOnlyAuthenticator(settings.proxyAuthenticator()));
        }
        if (insecure) {
            builder.sslContext(trustingEverything());
            SSLParameters parameters = new SSLParameters();
            parameters.setEndpointIdentificationAlgorithm(null);
            builder.sslParameters(parameters);
        }
        return builder.build();
    }

    private static SSLContext trustingEverything() {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }

    /**
     * Stops the clients at once on Java 21+ ({@code HttpClient.shutdownNow}); on Java 17 a client has no
     * such method and its selector thread ends once the client is unreachable.
     */
    @Override
    public void close() {
        senders.shutdownNow();
        synchronized (clients) {
            closed = true;
            shutdownNow(client);
            shutdownNow(insecureClient);
        }
    }

    private static void shutdownNow(HttpClient httpClient) {
        if (httpClient == null) {
            return;
        }
        try {
            HttpClient.class.getMethod("shutdownNow").invoke(httpClient);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Java 17: nothing to call; the executor the client used is shut down by its owner
        }
    }
}
