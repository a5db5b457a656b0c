package dev.hydra.crawl;

import dev.hydra.cache.PageCache;
import dev.hydra.cache.ResultCache;
import dev.hydra.concurrent.DaemonThreads;
import dev.hydra.extract.ServerAuthority;
import dev.hydra.http.Fetcher;
import dev.hydra.http.HeadFallbackFetcher;
import dev.hydra.http.HttpSettings;
import dev.hydra.http.JdkFetcher;
import dev.hydra.http.PrivateAddressFetcher;
import dev.hydra.http.PrivateAddresses;
import dev.hydra.http.RedirectingFetcher;
import dev.hydra.http.RetryPolicy;
import dev.hydra.http.RetryingFetcher;
import dev.hydra.http.ThrottledFetcher;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Summary;
import dev.hydra.project.PomUrl;
import dev.hydra.site.SitePart;
import dev.hydra.site.SiteServer;
import dev.hydra.site.StaticSite;
import dev.hydra.sources.SourceLocator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One check from start to end: serves the directory if there is one, builds the fetcher stack, runs the
 * crawl on bounded pools, and shuts every thread and server down when it returns, also on failure.
 */
public final class LinkCheck {

    /**
     * The threads of the HTTP client, which writes every request and reads every answer on them: on two cores they
     * share the CPU with the workers' parse, and two of them left external hosts' connections idle.
     */
    public static final int CLIENT_THREADS = 4;

    private final CheckConfig config;
    private final CheckListener listener;
    private final SiteStarter sites;

    public LinkCheck(CheckConfig config, CheckListener listener) {
        this(config, listener, (site, threads) -> SiteServer.start(site, threads));
    }

    /** @param sites starts the server of a site directory (tests watch what it opens) */
    LinkCheck(CheckConfig config, CheckListener listener, SiteStarter sites) {
        this.config = config;
        this.listener = listener;
        this.sites = sites;
    }

    /** How a served site gets its server. */
    @FunctionalInterface
    interface SiteStarter {
        SiteServer start(StaticSite site, int threads) throws IOException;
    }

    /**
     * Runs the check.
     *
     * @throws IOException when the site directory cannot be served
     * @throws InterruptedException when the calling thread is interrupted; the crawl stops promptly
     */
    public CheckResult run() throws IOException, InterruptedException {
        Instant checkedAt = Instant.now();
        long started = System.nanoTime();
        try (Closer closer = new Closer()) {
            // each thing is closed on every path from the moment it exists: a constructor failing later (a pool, the
            // client) leaves no site server listening and no thread running
            StaticSite served = config.servesSite() ? staticSite() : null;
            SiteServer site = served != null
                    ? closer.add(sites.start(served, Math.max(2, config.threads())), SiteServer::close)
                    : null;
            ThreadPoolExecutor workers = closer.add(workerPool(config.threads()), ThreadPoolExecutor::shutdownNow);
            ThreadPoolExecutor clientPool =
                    closer.add(fixedPool(CLIENT_THREADS, "hydra-http"), ThreadPoolExecutor::shutdownNow);
            // the served site's pages are read on threads of their own, which wait while the workers' queue is full
            // (FullParseQueue): on the client's pool they held up the answers of external hosts for as long as the
            // site's pages were read
            ThreadPoolExecutor siteReaders = site == null
                    ? null
                    : closer.add(fixedPool(2, FullParseQueue.readers("hydra-site-")), ThreadPoolExecutor::shutdownNow);
            // the site's files are walked, and the last check's results read and this one's written, on a thread of
            // their own: on a worker they held up the parsing of pages for as long as the walk took
            ThreadPoolExecutor snapshotIo =
                    site == null ? null : closer.add(fixedPool(1, "hydra-results"), ThreadPoolExecutor::shutdownNow);
            // name lookups block: they get threads of their own, so that a slow resolver never holds up the client's
            ThreadPoolExecutor lookups = closer.add(fixedPool(4, "hydra-lookup"), ThreadPoolExecutor::shutdownNow);
            lookups.allowCoreThreadTimeOut(true);
            ScheduledThreadPoolExecutor scheduler = closer.add(
                    new ScheduledThreadPoolExecutor(1, DaemonThreads.named("hydra-timer")),
                    ScheduledThreadPoolExecutor::shutdownNow);
            scheduler.setRemoveOnCancelPolicy(true);
            JdkFetcher base = closer.add(new JdkFetcher(httpSettings(), clientPool, scheduler), JdkFetcher::close);
            if (!config.skipExternal()) {
                base.prepare();
            }
            URI start = site != null ? site.rootUri() : config.url();
            List<URI> starts = site != null
                    ? served.parts().stream()
                            .map(part -> site.rootUri().resolve(part.path().substring(1)))
                            .toList()
                    : start != null ? List.of(start) : List.of();
            ProjectLinks projectLinks = ProjectLinks.of(config);
            RepositoryFiles files = config.files().isEmpty() && projectLinks == null
                    ? null
                    : new RepositoryFiles(
                            projectLinks != null ? projectLinks.filesRoot() : config.filesRoot(),
                            config.files(),
                            config.maxPageSize());
            UrlDisplay display = new UrlDisplay(site != null ? site.origin() : null, files != null);
            ThrottledFetcher throttled = new ThrottledFetcher(
                    listener.wantsRequests() ? new LoggingFetcher(base, listener, display) : base,
                    config.maxConnectionsPerHost(),
                    config.minRequestInterval(),
                    scheduler,
                    clientPool);
            PrivateAddresses privateAddresses = privateAddresses(start, site);
            Fetcher network = new PrivateAddressFetcher(
                    new HeadFallbackFetcher(new RetryingFetcher(
                            throttled,
                            new RetryPolicy(config.retries(), config.firstBackoff(), config.maxRetryAfter()),
                            scheduler,
                            clientPool)),
                    privateAddresses,
                    lookups);
            DirectSiteFetcher direct =
                    site != null ? new DirectSiteFetcher(served, config.maxPageSize(), siteReaders) : null;
            Fetcher fetcher = new RedirectingFetcher(
                    direct != null ? withDirectSite(direct, site, network, display) : network, config.maxRedirects());
            SiteScope scope = new SiteScope(
                    start, config.siteUrl(), site != null ? site.rootUri() : null, served, config.absentSitePaths());
            ResultCache cache = openCache();
            CachedResults cached = cache == null
                    ? CachedResults.none()
                    : new CachedResults(cache, config.acceptedStatusCodes(), config.clock());
            PageCache pageCache = PageCaches.open(config, site != null ? scope.publicRoot() : null);
            if (pageCache != null) {
                closer.add(pageCache, PageCache::close);
            }
            Crawler crawler = new Crawler(
                    config,
                    fetcher,
                    workers,
                    scope,
                    display,
                    site != null,
                    direct != null ? direct::answersAtOnce : uri -> false,
                    cached,
                    files,
                    privateAddresses,
                    projectLinks,
                    PageExtraction.through(pageCache, direct));
            // what the last check of the site left that still holds: its files are walked to tell what changed
            CheckSnapshots snapshots = site != null && pageCache != null
                    ? CheckSnapshots.open(config, served, site.origin(), snapshotIo)
                    : null;
            CheckSnapshot.Seed seed = snapshots != null ? snapshots.seed() : null;
            if (seed != null) {
                crawler.reuse(seed);
                pageCache.onlyChangedRead();
            }
            ScheduledFuture<?> progress = scheduler.scheduleAtFixedRate(
                    () -> listener.progress(
                            crawler.progress((System.nanoTime() - started) / 1_000_000, base.inFlight())),
                    config.progressInterval().toMillis(),
                    config.progressInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
            CrawlWatchdog watchdog =
                    new CrawlWatchdog(crawler.work(), crawler::unfinished, CrawlWatchdog.limitFor(config));
            ScheduledFuture<?> watching = scheduler.scheduleWithFixedDelay(
                    watchdog, watchdog.period().toMillis(), watchdog.period().toMillis(), TimeUnit.MILLISECONDS);
            try {
                crawler.start(
                                starts,
                                site == null || (seed != null && seed.nothingChanged())
                                        ? null
                                        : () -> (snapshots != null ? snapshots.everyPage() : served.pagePaths())
                                                .stream()
                                                        .map(path -> site.origin() + path)
                                                        .toList())
                        .get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CrawlWatchdog.CrawlStalledException stalled) {
                    throw new IllegalStateException(stalled.getMessage(), stalled);
                }
                throw new IllegalStateException("the crawl failed unexpectedly", e.getCause());
            } finally {
                progress.cancel(false);
                watching.cancel(false);
            }
            if (snapshots != null) {
                snapshots.save(crawler, snapshotIo); // before the results are drawn from the crawl's state
            }
            // after the crawl, and only for the few results that are not OK: the crawl itself needs no sources
            List<LinkResult> links = new SourceLocator(
                            config.sourceFolders(),
                            siteFolders(),
                            files != null ? files.base() : config.filesRoot(),
                            filesAndPoms())
                    .locate(crawler.results());
            List<String> notices = new ArrayList<>(crawler.notices());
            if (cache != null) {
                cache.save();
                notices.addAll(cache.notices());
                if (cached.answered() > 0) {
                    notices.add(cached.answered() + " external links were not fetched: their OK results of the last "
                            + CachedResults.span(config.cacheTtl()) + " came from the result cache " + cache.file()
                            + " (turn the cache off to check them all)");
                }
            }
            if (pageCache != null) {
                pageCache.save();
                notices.addAll(pageCache.notices());
                // verdicts are the same with or without it: the log says what it spared, the reports nothing; a
                // check it spared nothing (a first build, most CI builds) says nothing of it
                if (pageCache.reused() > 0) {
                    listener.info(PageCaches.counts(pageCache));
                }
            }
            if (snapshots != null) {
                snapshots.finish();
                notices.addAll(snapshots.notices());
                String reused = snapshots.reuseCount();
                if (reused != null) {
                    listener.info(reused);
                }
            }
            throttled
                    .slowedHosts()
                    .forEach((host, limit) -> notices.add(
                            host + " answered 429 Too Many Requests: slowed to " + limit + " requests at a time"));
            notices.forEach(listener::notice);
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new CheckResult(
                    whatWasChecked(),
                    checkedAt,
                    Summary.of(crawler.pagesCrawled(), links, millis),
                    links,
                    notices,
                    settings());
        }
    }

    /**
     * The rule on private addresses, which lets through the check's own start: the host of a URL given to check
     * ({@code http://localhost:8080/}), and the origin of the served directory.
     */
    private PrivateAddresses privateAddresses(URI start, SiteServer site) {
        List<String> allowed = new ArrayList<>(config.allowedPrivateHosts());
        ServerAuthority startHost = start == null ? null : ServerAuthority.of(start);
        if (site != null) {
            allowed.add(URI.create(site.origin()).getRawAuthority());
        } else if (startHost != null) {
            allowed.add(startHost.host());
        }
        return new PrivateAddresses(config.checkPrivateAddresses(), allowed);
    }

    /** The checked files and the POMs in the project that declare its URLs: each is its own pages' source. */
    private List<Path> filesAndPoms() {
        List<Path> all = new ArrayList<>(config.files());
        config.pomUrls().stream()
                .map(PomUrl::file)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(all::add);
        return all;
    }

    /** The start as reports name it: the site directory or URL, and the project's files. */
    private String whatWasChecked() {
        List<String> paths = config.siteParts().stream().map(SitePart::path).toList();
        String site = config.directory() != null
                ? config.directory().toString()
                : config.servesSite()
                        ? paths.size() + (paths.size() == 1 ? " module site" : " module sites")
                                + " staged as site:stage lays them out (" + String.join(", ", paths) + ")"
                        : config.url() != null
                                ? UrlDisplay.maskCredentials(config.url().toString())
                                : null;
        if (config.files().isEmpty()) {
            return site != null ? site : "the POM's URLs";
        }
        String files = config.files().size() + (config.files().size() == 1 ? " file" : " files") + " under "
                + config.filesRoot();
        return site == null ? files : site + " and " + files;
    }

    /**
     * The served site's own URLs read from its folders by the rules its server answers with, without an HTTP exchange;
     * all other URLs through the network. The server keeps serving: it is the site's address.
     */
    private Fetcher withDirectSite(DirectSiteFetcher direct, SiteServer site, Fetcher network, UrlDisplay display) {
        return DirectSiteFetcher.routing(
                URI.create(site.origin()),
                listener.wantsRequests() ? new LoggingFetcher(direct, listener, display) : direct,
                network);
    }

    /** The served folders with the sources of their pages (the check's own when a folder names none). */
    private List<SourceLocator.SiteFolder> siteFolders() {
        return config.siteParts().stream()
                .map(part -> new SourceLocator.SiteFolder(
                        part.path(),
                        part.directory(),
                        part.sources() != null ? part.sources() : config.sourceFolders()))
                .toList();
    }

    /** The site to serve, after checking each of its folders can be crawled. */
    private StaticSite staticSite() throws IOException {
        for (SitePart part : config.siteParts()) {
            Path directory = part.directory();
            String name = part.name() == null ? "" : " of " + part.name();
            if (!Files.isDirectory(directory)) {
                throw new IOException(
                        "the site directory" + name + " " + directory + " does not exist or is not a directory");
            }
            if (!Files.isRegularFile(directory.resolve("index.html"))) {
                throw new IOException(
                        "the site directory" + name + " " + directory
                                + " has no index.html to start the crawl from; generate the site first (mvn site) or point directory at it");
            }
        }
        return StaticSite.of(config.siteParts());
    }

    /**
     * The result cache, or null when off. External anchors need the page itself, which the cache does not keep,
     * so checkExternalAnchors turns it off.
     */
    private ResultCache openCache() {
        if (config.cacheDirectory() == null
                || config.checkExternalAnchors()
                || config.skipExternal()
                || config.cacheTtl().isZero()
                || config.cacheTtl().isNegative()) {
            return null;
        }
        return ResultCache.open(config.cacheDirectory(), config.cacheTtl(), config.clock());
    }

    private HttpSettings httpSettings() {
        return new HttpSettings(
                config.timeout(),
                config.userAgent(),
                config.headers(),
                config.maxPageSize(),
                config.insecureHosts(),
                config.proxy(),
                config.proxyAuthenticator());
    }

    /** The settings that change verdicts, for reports. */
    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("timeout", config.timeout().toSeconds() + " s");
        settings.put("retries", String.valueOf(config.retries()));
        settings.put("maxRedirects", String.valueOf(config.maxRedirects()));
        settings.put("acceptedStatusCodes", config.acceptedStatusCodes().toString());
        settings.put("warningStatusCodes", config.warningStatusCodes().toString());
        settings.put("skipExternal", String.valueOf(config.skipExternal()));
        settings.put("checkPrivateAddresses", String.valueOf(config.checkPrivateAddresses()));
        settings.put("checkExternalAnchors", String.valueOf(config.checkExternalAnchors()));
        settings.put("maxConnectionsPerHost", String.valueOf(config.maxConnectionsPerHost()));
        if (config.cacheDirectory() != null) {
            settings.put("cacheTtl", CachedResults.span(config.cacheTtl()));
        }
        if (!config.excludes().isEmpty()) {
            settings.put("excludes", config.excludes().toString());
        }
        if (!config.includes().isEmpty()) {
            settings.put("includes", config.includes().toString());
        }
        if (config.siteUrl() != null) {
            settings.put("siteUrl", config.siteUrl().toString());
        }
        if (config.repository() != null) {
            settings.put("repository", config.repository().webAddress());
        }
        if (!config.remaps().isEmpty()) {
            settings.put("remaps", config.remaps().toString());
        }
        return settings;
    }

    /**
     * Parsing runs here. The queue is bounded; when it is full, a reader of the site's pages waits for room and any
     * other thread that delivered a page parses it itself ({@link FullParseQueue}), which slows the delivery down
     * instead of deadlocking or dropping work.
     */
    private static ThreadPoolExecutor workerPool(int threads) {
        return new ThreadPoolExecutor(
                threads,
                threads,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 256),
                DaemonThreads.named("hydra-worker"),
                new FullParseQueue());
    }

    /** A pool of {@code threads} named threads, whose tasks queue up while all are busy. */
    private static ThreadPoolExecutor fixedPool(int threads, String name) {
        return fixedPool(threads, DaemonThreads.named(name));
    }

    private static ThreadPoolExecutor fixedPool(int threads, ThreadFactory factory) {
        return new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    }
}
