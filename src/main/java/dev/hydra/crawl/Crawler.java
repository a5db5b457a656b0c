package dev.hydra.crawl;

import dev.hydra.extract.Anchors;
import dev.hydra.extract.ExtractedLink;
import dev.hydra.extract.LinkExtractor;
import dev.hydra.extract.LinkTarget;
import dev.hydra.extract.PageLinks;
import dev.hydra.extract.UrlNormalizer;
import dev.hydra.http.FetchOutcome;
import dev.hydra.http.FetchRequest;
import dev.hydra.http.Fetcher;
import dev.hydra.http.ThrottledFetcher;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crawl itself: fetches each URL once, parses the site's own HTML pages on the worker pool, checks
 * every link found, and knows it is over only when no fetch and no parse is pending.
 */
final class Crawler {

    /**
     * One URL without fragment: fetched once, whatever number of links point at it. Kept as text, not as a
     * {@link URI}: a parsed URI holds half a dozen strings of its own, and a large site has a million targets.
     */
    private static final class Target {
        final String url;
        final int depth;
        volatile TargetOutcome outcome;

        Target(String url, int depth) {
            this.url = url;
            this.depth = depth;
        }
    }

    /** One unique link as written (with its fragment), and the places that hold it. */
    private static final class Link {
        final String fetchKey; // the target's URL; null when the link is not fetched (invalid, unsupported scheme)
        final String fragment;
        final String shownUrl;
        final TargetOutcome fixedOutcome; // the verdict of a link that is never fetched
        final Places sources = new Places();

        Link(String fetchKey, String fragment, String shownUrl, TargetOutcome fixedOutcome) {
            this.fetchKey = fetchKey;
            this.fragment = fragment;
            this.shownUrl = shownUrl;
            this.fixedOutcome = fixedOutcome;
        }
    }

    private final CheckConfig config;
    private final Fetcher fetcher;
    private final Executor workers;
    private final CheckListener listener;
    private final SiteScope scope;
    private final UrlDisplay display;
    private final ResponseJudge judge;
    private final String notFoundReason;
    private final CachedResults cache;
    private final HostLanes lanes;

    private final ConcurrentHashMap<String, Target> targets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Link> links = new ConcurrentHashMap<>();
    private final Set<String> notices = ConcurrentHashMap.newKeySet();
    /** Pages whose body came in an encoding Hydra cannot undo, with the reason: their anchors are unknown. */
    private final ConcurrentHashMap<String, String> undecodable = new ConcurrentHashMap<>();
    /** For each crawl bound reached, its notice and the shortest URL that reached it, which names the trap. */
    private final ConcurrentHashMap<String, String> boundsReached = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger pagesCrawled = new AtomicInteger();
    private final AtomicInteger pagesAdmitted = new AtomicInteger();
    private final AtomicInteger targetsDone = new AtomicInteger();
    private final AtomicInteger brokenSoFar = new AtomicInteger();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    Crawler(CheckConfig config, Fetcher fetcher, Executor workers, CheckListener listener, SiteScope scope,
            UrlDisplay display, boolean servedDirectory, CachedResults cache) {
        this.config = config;
        this.fetcher = fetcher;
        this.workers = workers;
        this.listener = listener;
        this.scope = scope;
        this.display = display;
        this.judge = new ResponseJudge(config.acceptedStatusCodes(), config.warningStatusCodes(), config.retries());
        this.notFoundReason = servedDirectory ? "file not found in site directory" : null;
        this.cache = cache;
        this.lanes = new HostLanes(config.maxConnectionsPerHost());
    }

    /** Starts the crawl at {@code start}; the returned future completes when nothing is pending. */
    CompletableFuture<Void> start(URI start) {
        begin();
        try {
            // keyed like every other link (site-absolute for a served directory), so a link back to the start is one entry
            Link seed = links.computeIfAbsent(display.show(start), shown -> new Link(start.toString(), null, shown, null));
            seed.sources.add("(start)", 0);
            schedule(start, 0);
        } finally {
            end();
        }
        return finished;
    }

    Progress progress(long elapsedMillis, int inFlight) {
        return new Progress(pagesCrawled.get(), targetsDone.get(), inFlight, brokenSoFar.get(), elapsedMillis);
    }

    int pagesCrawled() {
        return pagesCrawled.get();
    }

    List<String> notices() {
        List<String> sorted = new ArrayList<>();
        notices.forEach(notice -> sorted.add(UrlDisplay.maskCredentials(notice)));
        boundsReached.forEach((notice, url) -> sorted.add(UrlDisplay.maskCredentials(notice + "; for example " + url)));
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * The verdict on every unique link, fragments judged against the anchors of their pages. Called once, at the end:
     * each link leaves the crawl's state as its result is made, so that the two are not both held in full.
     */
    List<LinkResult> results() {
        List<LinkResult> results = new ArrayList<>(links.size());
        for (Iterator<Link> remaining = links.values().iterator(); remaining.hasNext(); ) {
            Link link = remaining.next();
            remaining.remove();
            TargetOutcome outcome = link.fixedOutcome;
            if (outcome == null) {
                Target target = targets.get(link.fetchKey);
                outcome = target == null || target.outcome == null
                        ? TargetOutcome.of(Verdict.SKIPPED, ResultKind.NOT_CHECKED, "not checked: the check was stopped")
                        : target.outcome;
            }
            results.add(resultOf(link, outcome));
        }
        Collections.sort(results);
        return results;
    }

    /** Credentials written into a link never reach a report, whichever text holds them. */
    private LinkResult resultOf(Link link, TargetOutcome outcome) {
        LinkResult result = judgeFragment(link, outcome);
        return new LinkResult(UrlDisplay.maskCredentials(result.url()), result.verdict(), result.kind(), result.status(),
                UrlDisplay.maskCredentials(result.reason()),
                result.finalUrl() == null ? null : UrlDisplay.maskCredentials(result.finalUrl()), result.sources());
    }

    private LinkResult judgeFragment(Link link, TargetOutcome outcome) {
        List<Source> sources = link.sources.sorted();
        String finalUrl = outcome.finalUri() == null ? null : display.show(outcome.finalUri());
        String undecoded = link.fetchKey == null ? null : undecodable.get(link.fetchKey);
        if (outcome.verdict() == Verdict.OK && link.fragment != null && outcome.anchors() == null && undecoded != null
                && !Anchors.isSatisfied(link.fragment, java.util.Set.of())) {
            return new LinkResult(link.shownUrl, Verdict.WARNING, ResultKind.ANCHOR_NOT_CHECKED, outcome.status(), "page could not be decoded ("
                    + undecoded + "): anchor #" + Anchors.percentDecode(link.fragment) + " not checked", finalUrl, sources);
        }
        if (outcome.verdict() == Verdict.OK && link.fragment != null && outcome.anchors() != null
                && !Anchors.isSatisfied(link.fragment, outcome.anchors())) {
            String shownFragment = Anchors.percentDecode(link.fragment);
            if (outcome.truncated()) {
                return new LinkResult(link.shownUrl, Verdict.WARNING, ResultKind.ANCHOR_NOT_CHECKED, outcome.status(),
                        "anchor #" + shownFragment + " not found in the first " + (config.maxPageSize() / 1024)
                                + " KB of the page (raise maxPageSize to read more)", finalUrl, sources);
            }
            return new LinkResult(link.shownUrl, Verdict.BROKEN, ResultKind.MISSING_ANCHOR, outcome.status(),
                    "anchor #" + shownFragment + " not found on the page", finalUrl, sources);
        }
        return new LinkResult(link.shownUrl, outcome.verdict(), outcome.kind(), outcome.status(), outcome.reason(), finalUrl, sources);
    }

    private void begin() {
        pending.incrementAndGet();
    }

    private void end() {
        if (pending.decrementAndGet() == 0) {
            finished.complete(null);
        }
    }

    /** Records one link found on a page (shown as {@code shownPage}) and schedules its URL if it is new. */
    private void discover(String shownPage, int pageDepth, ExtractedLink found) {
        int line = found.line();
        LinkTarget target = found.target();
        if (target instanceof LinkTarget.Unfetchable unfetchable) {
            addSource(unfetchable.url(), shownPage, line, null, null,
                    TargetOutcome.of(Verdict.SKIPPED, ResultKind.UNSUPPORTED_SCHEME, unfetchable.scheme() + ": links are not checked"));
            return;
        }
        if (target instanceof LinkTarget.Invalid invalid) {
            addSource(invalid.url(), shownPage, line, null, null,
                    TargetOutcome.of(Verdict.BROKEN, ResultKind.INVALID_URL, "invalid URL"
                            + (invalid.why().equals("invalid URL") ? "" : " (" + invalid.why() + ")")
                            + ": " + found.raw().strip() + " (fix the link, or exclude it)"));
            return;
        }
        URI uri = scope.remap(((LinkTarget.Web) target).uri());
        URI key = UrlNormalizer.withoutFragment(uri);
        String fragment = uri.getRawFragment();
        String shown = display.show(uri);
        if ("file".equals(uri.getScheme())) {
            addSource(shown, shownPage, line, null, null, TargetOutcome.of(Verdict.BROKEN, ResultKind.FILE_URL,
                    "file: link on a web page: a visitor's browser cannot open it, and Hydra does not read local files"));
            return;
        }
        if (shown.length() > config.maxUrlLength()) {
            addSource(shown.substring(0, Math.min(shown.length(), 200)) + "...", shownPage, line, null, null,
                    TargetOutcome.of(Verdict.WARNING, ResultKind.URL_TOO_LONG, "URL longer than maxUrlLength (" + config.maxUrlLength()
                            + " characters): not checked, possibly a crawler trap"));
            boundReached("maxUrlLength (" + config.maxUrlLength() + ") reached: longer URLs were not checked",
                    shown.length() > 200 ? shown.substring(0, 200) + "..." : shown);
            return;
        }
        if (fragment != null && config.matchesAnExclude(uri.toString(), shown)) {
            // an exclude written for one anchor (as the failure message shows the link) leaves its page checked
            addSource(shown, shownPage, line, null, null, TargetOutcome.of(Verdict.EXCLUDED, ResultKind.EXCLUDED, "excluded by configuration"));
            schedule(key, pageDepth + 1);
            return;
        }
        String url = schedule(key, pageDepth + 1);
        // one string for the link and its target where they read the same (an external link without fragment)
        addSource(shown.equals(url) ? url : shown, shownPage, line, url, fragment, null);
    }

    private void addSource(String shownUrl, String page, int line, String fetchKey, String fragment, TargetOutcome fixed) {
        links.computeIfAbsent(shownUrl, url -> new Link(fetchKey, fragment, url, fixed)).sources.add(page, line);
    }

    /** Schedules the target's check unless it is known; returns its URL as the target holds it, to be shared. */
    private String schedule(URI key, int depth) {
        String url = key.toString();
        Target known = targets.get(url);
        if (known != null) {
            return known.url;
        }
        Target target = new Target(url, depth);
        Target raced = targets.putIfAbsent(url, target);
        if (raced != null) {
            return raced.url;
        }
        begin();
        try {
            check(target, key);
        } catch (RuntimeException e) {
            finish(target, null, e);
        }
        return url;
    }

    /** A target's verdict is in: count it, and end the crawl when it was the last thing under way. */
    private void finish(Target target, TargetOutcome outcome, Throwable error) {
        target.outcome = outcome != null ? outcome
                : TargetOutcome.of(Verdict.BROKEN, ResultKind.INTERNAL_ERROR, "internal error while checking: " + error
                        + " (please report it; exclude the link to go on)");
        targetsDone.incrementAndGet();
        if (target.outcome.verdict() == Verdict.BROKEN) {
            brokenSoFar.incrementAndGet();
        }
        end();
    }

    /**
     * Checks a target, now or when its host has room, and {@link #finish finishes} it. A link waiting for its host
     * is a queue entry holding its target and nothing more: its URL is parsed again and its chain of futures built
     * when it starts, since a parsed URI and a chain cost several hundred bytes, and a large site queues tens of
     * thousands of links at once.
     */
    private void check(Target target, URI uri) {
        boolean inside = scope.isInside(uri);
        TargetOutcome decided = decidedWithoutRequest(uri, inside);
        if (decided != null) {
            finish(target, decided, null);
            return;
        }
        lanes.submit(ThrottledFetcher.hostKey(uri), () -> start(target, inside));
    }

    /** The verdicts that need no request: excluded, external links not checked, external links the cache knows. */
    private TargetOutcome decidedWithoutRequest(URI uri, boolean inside) {
        if (config.isExcluded(uri.toString(), display.show(uri))) {
            return TargetOutcome.of(Verdict.EXCLUDED, ResultKind.EXCLUDED, "excluded by configuration");
        }
        if (inside) {
            return null;
        }
        if (config.skipExternal()) {
            return TargetOutcome.of(Verdict.SKIPPED, ResultKind.EXTERNAL_NOT_CHECKED, "external link not checked (skipExternal, or Maven is offline)");
        }
        return cache.lookup(uri);
    }

    /**
     * Sends a target's requests and finishes it with their verdict. Returns what holds its host's place: its
     * requests, not the parsing of a page after them.
     */
    private CompletableFuture<FetchOutcome> start(Target target, boolean inside) {
        CompletableFuture<FetchOutcome> fetched;
        CompletableFuture<TargetOutcome> judged;
        try {
            URI uri = URI.create(target.url);
            if (inside) {
                fetched = fetcher.fetch(FetchRequest.get(uri, true));
                judged = fetched.thenCompose(outcome -> afterPageFetch(target, uri, outcome));
            } else if (config.checkExternalAnchors()) {
                fetched = fetcher.fetch(FetchRequest.get(uri, true));
                judged = fetched.thenApplyAsync(outcome -> {
                    TargetOutcome withAnchors = withAnchors(judge.judge(outcome, null), outcome);
                    shareExternalRedirectTarget(outcome, withAnchors);
                    return withAnchors;
                }, workers);
            } else {
                fetched = fetcher.fetch(FetchRequest.head(uri)); // HEAD, and GET where HEAD is refused or breaks
                judged = fetched.thenApply(outcome -> {
                    shareExternalRedirectTarget(outcome, null);
                    return cache.remember(uri, judge.judge(outcome, null));
                });
            }
        } catch (RuntimeException e) {
            finish(target, null, e);
            return CompletableFuture.failedFuture(e);
        }
        judged.whenComplete((outcome, error) -> finish(target, outcome, error));
        return fetched;
    }

    private CompletableFuture<TargetOutcome> afterPageFetch(Target target, URI uri, FetchOutcome outcome) {
        TargetOutcome judged = judge.judge(outcome, notFoundReason);
        if (noteUndecodable(outcome, judged)) {
            notices.add("a page could not be decoded, so its links and anchors were not checked: "
                    + display.show(uri) + " (" + undecodable.get(target.url) + ")");
            return CompletableFuture.completedFuture(judged);
        }
        if (!(outcome instanceof FetchOutcome.Response response) || judged.verdict() == Verdict.BROKEN
                || !response.isHtml() || response.body() == null) {
            return CompletableFuture.completedFuture(judged);
        }
        Target alias = shareWithRedirectTarget(response, notFoundReason);
        boolean crawl = scope.isInside(response.uri()) && !isAliasOfStaticPage(target) && admitPage(target, uri);
        CompletableFuture<TargetOutcome> parsed = new CompletableFuture<>();
        Runnable parse = () -> {
            try {
                TargetOutcome withAnchors = parse(target, uri, response, judged, crawl);
                if (alias != null) {
                    alias.outcome = alias.outcome.withAnchors(withAnchors.anchors(), withAnchors.truncated());
                }
                parsed.complete(withAnchors);
            } catch (RuntimeException | StackOverflowError e) {
                parsed.complete(judged.withAnchors(null, false));
                notices.add("a page could not be parsed: " + display.show(uri) + " (" + e + ")");
            }
        };
        try {
            workers.execute(parse);
        } catch (RejectedExecutionException e) {
            parsed.complete(TargetOutcome.of(Verdict.SKIPPED, ResultKind.NOT_CHECKED, "not checked: the check was stopped"));
        }
        return parsed;
    }

    private TargetOutcome parse(Target target, URI uri, FetchOutcome.Response response, TargetOutcome judged, boolean crawl) {
        PageLinks page = LinkExtractor.extract(response.body(), response.charset(), response.uri());
        if (crawl) {
            pagesCrawled.incrementAndGet();
            String shownPage = display.show(uri); // one string for every link of the page
            for (ExtractedLink link : page.links()) {
                discover(shownPage, target.depth, link);
            }
        }
        return judged.withAnchors(page.anchors(), response.truncated());
    }

    /** Remembers a page whose HTML body came in an encoding Hydra cannot undo; true when it is one. */
    private boolean noteUndecodable(FetchOutcome outcome, TargetOutcome judged) {
        if (outcome instanceof FetchOutcome.Response response && response.undecodable() != null
                && judged.verdict() != Verdict.BROKEN) {
            undecodable.put(UrlNormalizer.withoutFragment(response.requested()).toString(), response.undecodable());
            return true;
        }
        return false;
    }

    private TargetOutcome withAnchors(TargetOutcome judged, FetchOutcome outcome) {
        noteUndecodable(outcome, judged);
        if (outcome instanceof FetchOutcome.Response response && judged.verdict() == Verdict.OK
                && response.isHtml() && response.body() != null) {
            try {
                PageLinks page = LinkExtractor.extract(response.body(), response.charset(), response.uri());
                return judged.withAnchors(page.anchors(), response.truncated());
            } catch (RuntimeException | StackOverflowError e) {
                return judged; // a page the parser chokes on still answered: its anchors are unknown
            }
        }
        return judged;
    }

    /**
     * A served directory ignores query strings and serves {@code dir/index.html} for {@code dir/}: such a URL is the
     * same file as its plain form. Its anchors are read, but its links are followed once, through the plain form,
     * so that one file never appears as two pages in the report.
     */
    private boolean isAliasOfStaticPage(Target target) {
        if (notFoundReason == null) {
            return false;
        }
        String text = target.url;
        int query = text.indexOf('?');
        String plain = query < 0 ? text : text.substring(0, query);
        if (plain.endsWith("/index.html")) {
            plain = plain.substring(0, plain.length() - "index.html".length());
        }
        if (plain.equals(text)) {
            return false;
        }
        begin();
        try {
            schedule(URI.create(plain), target.depth);
        } finally {
            end();
        }
        return true;
    }

    /** Whether a page's links may be followed, within maxPages and maxDepth. */
    private boolean admitPage(Target target, URI uri) {
        if (config.maxDepth() >= 0 && target.depth > config.maxDepth()) {
            boundReached("maxDepth (" + config.maxDepth() + ") reached: pages deeper than that were checked but not crawled",
                    display.show(uri));
            return false;
        }
        if (pagesAdmitted.incrementAndGet() > config.maxPages()) {
            boundReached("maxPages (" + config.maxPages() + ") reached: further pages were checked but not crawled"
                    + " (a crawler trap, such as endless generated URLs, or raise maxPages)",
                    display.show(uri));
            return false;
        }
        return true;
    }

    /** Keeps the shortest URL per bound (then the first in order), so that the notice is the same in every run. */
    private void boundReached(String notice, String url) {
        boundsReached.merge(notice, url, (a, b) -> a.length() != b.length()
                ? (a.length() < b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b));
    }

    /**
     * Where a link's redirects ended is a target of its own, answered already: a link straight to it gets the same
     * answer, judged as if asked directly, and fetching it again would only cost a request (an {@code http://} link
     * and its {@code https://} form on one site, say). Returns the new target, or null when that URL is known.
     */
    private Target shareWithRedirectTarget(FetchOutcome.Response response, String notFoundForIt) {
        if (response.redirects().isEmpty()) {
            return null;
        }
        String finalKey = UrlNormalizer.withoutFragment(response.uri()).toString();
        if (targets.containsKey(finalKey)) {
            return null;
        }
        Target alias = new Target(finalKey, Integer.MAX_VALUE);
        alias.outcome = judge.judge(response.redirectedFrom(response.uri(), List.of()), notFoundForIt);
        return targets.putIfAbsent(finalKey, alias) == null ? alias : null;
    }

    /**
     * An external link's redirect target is shared only outside the site: a page of the site must be fetched with
     * GET and crawled, not taken as checked because a HEAD from elsewhere reached it.
     */
    private void shareExternalRedirectTarget(FetchOutcome outcome, TargetOutcome withAnchors) {
        if (outcome instanceof FetchOutcome.Response response && !response.redirects().isEmpty()
                && !scope.isInside(response.uri())) {
            Target alias = shareWithRedirectTarget(response, null);
            if (alias != null && withAnchors != null) {
                alias.outcome = alias.outcome.withAnchors(withAnchors.anchors(), withAnchors.truncated());
            }
        }
    }

}
