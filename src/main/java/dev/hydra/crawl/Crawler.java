package dev.hydra.crawl;

import dev.hydra.extract.ExtractedLink;
import dev.hydra.extract.LinkTarget;
import dev.hydra.extract.PageLinks;
import dev.hydra.extract.UrlNormalizer;
import dev.hydra.http.FetchOutcome;
import dev.hydra.http.Fetcher;
import dev.hydra.http.PrivateAddresses;
import dev.hydra.http.ThrottledFetcher;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.project.PomUrl;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The crawl: each link found is recorded with its place; each new target is checked once, now or when its host has
 * room; each admitted page of the site has its links found in turn; and the crawl is over when no check is open.
 * How a target is checked, how a link is judged, and where the crawl stops each live in a class of their own.
 */
final class Crawler implements TargetChecks.Pages {

    /** The project's files share one lane: it bounds how many are read at once, as a host's lane bounds requests. */
    private static final String FILES_LANE = "file:";

    /**
     * The page the POM's URLs are found on: like a start page, its links lie one step from the start, and it is no
     * file of the project, so a {@code file:} URL in it opens nothing for its reader.
     */
    private static final String POM_PAGE = "pom:";

    private final CheckConfig config;
    private final SiteScope scope;
    private final UrlDisplay display;
    private final CachedResults cache;
    private final boolean servedDirectory;
    private final Predicate<URI> answeredAtOnce;
    private final PrivateAddresses privateAddresses;
    private final CrawlState state = new CrawlState();
    private final OpenWork work = new OpenWork();
    private final CrawlBounds bounds;
    private final NetworkReach reach = new NetworkReach();
    private final Verdicts verdicts;
    private final TargetChecks checks;
    private final HostLanes lanes;
    private final RepositoryFiles files;
    private final FileChecks fileChecks;
    private final ProjectLinks projectLinks;
    private final Set<String> notices = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pagesCrawled = new AtomicInteger();
    private final AtomicInteger targetsDone = new AtomicInteger();
    private final AtomicInteger brokenSoFar = new AtomicInteger();
    /** Whether a page of the site left a notice: its pages' results are then not kept for the next check. */
    private volatile boolean sitePageNoticed;
    /** What this crawl takes over from the last check of the site, or null. */
    private CheckSnapshot.Seed seed;

    /**
     * @param answeredAtOnce whether the served site answers a URL of its own without reading a page (a missing file,
     *     an image): such a check starts at once instead of waiting in the site's lane behind its pages
     * @param files the project's own files to check, or null
     * @param privateAddresses the rule on private addresses, applied here to hosts that are addresses (before the
     *     result cache, which may hold them from a check that allowed them) and by the fetcher to names it resolves
     * @param projectLinks the links to the project itself judged on this checkout, or null; needs {@code files}
     * @param extraction how pages and files are parsed: each time, or through the page cache
     */
    Crawler(
            CheckConfig config,
            Fetcher fetcher,
            Executor workers,
            SiteScope scope,
            UrlDisplay display,
            boolean servedDirectory,
            Predicate<URI> answeredAtOnce,
            CachedResults cache,
            RepositoryFiles files,
            PrivateAddresses privateAddresses,
            ProjectLinks projectLinks,
            PageExtraction extraction) {
        this.config = config;
        this.scope = scope;
        this.display = display;
        this.cache = cache;
        this.servedDirectory = servedDirectory;
        this.answeredAtOnce = answeredAtOnce;
        this.privateAddresses = privateAddresses;
        this.bounds =
                new CrawlBounds(config.maxPages(), config.maxDepth(), config.maxChainLength(), config.maxUrlLength());
        this.verdicts = new Verdicts(
                new ResponseJudge(config.acceptedStatusCodes(), config.warningStatusCodes(), config.retries()),
                servedDirectory ? "file not found in site directory" : null,
                config.maxPageSize(),
                display);
        this.checks = new TargetChecks(
                fetcher,
                workers,
                verdicts,
                state,
                cache,
                scope,
                display,
                config.checkExternalAnchors(),
                this,
                notice -> {
                    sitePageNoticed = true;
                    notices.add(notice);
                },
                reach,
                extraction);
        this.lanes = new HostLanes(config.maxConnectionsPerHost());
        this.files = files;
        this.projectLinks = files == null ? null : projectLinks;
        this.fileChecks =
                files == null ? null : new FileChecks(files, workers, this, notices::add, display, extraction);
    }

    /**
     * Starts the crawl at the site's starts (none when there is no site; one per folder of a site of several) and at
     * the project's files; the returned future completes when nothing is open.
     */
    CompletableFuture<Void> start(List<URI> starts) {
        return start(starts, null);
    }

    /**
     * {@link #start(List)}, then, once nothing that links reach is open, the pages no link reached ({@code
     * download.html} reached only from another site's menu): a local site is judged on every page, as html-proofer and
     * lychee judge a folder. A page the crawl knows is not read again.
     *
     * @param everyPage every page of the site, or null
     */
    CompletableFuture<Void> start(List<URI> starts, Supplier<List<String>> everyPage) {
        if (everyPage != null) {
            work.whenIdle(() -> everyPage.get().forEach(page -> schedule(page, null)));
        }
        work.begin();
        try {
            if (seed != null) {
                takeOver(seed);
            }
            for (URI start : starts) {
                // keyed like every other link (site-absolute for a served directory): a link back to it is one entry
                state.addPlace(display.show(start), "(start)", 0, start.toString(), null, null);
                schedule(start.toString(), null);
            }
            if (files != null) {
                files.starts().forEach(file -> schedule(file.toString(), null));
            }
            // a POM's URLs are absolute: a relative one resolves against no page, and is invalid
            Target pom = new Target(POM_PAGE, 0, 1);
            for (PomUrl pomUrl : config.pomUrls()) {
                discover(
                        pomUrl.place(),
                        pom,
                        new ExtractedLink(pomUrl.url(), UrlNormalizer.resolve(pomUrl.url(), null), pomUrl.line()));
            }
        } finally {
            work.end();
        }
        return work.finished();
    }

    /**
     * Takes over what the last check of the site knew and still holds, before {@link #start}: its outcomes of the
     * site's URLs, and its links with their places on the pages not crawled again.
     */
    void reuse(CheckSnapshot.Seed earlier) {
        this.seed = earlier;
    }

    private void takeOver(CheckSnapshot.Seed earlier) {
        state.seed(earlier.targets(), earlier.links());
        targetsDone.addAndGet(earlier.targets().size());
        pagesCrawled.addAndGet(earlier.pagesReused());
        bounds.admitted(earlier.pagesReused());
        // what the site's files do not decide (external links, the project's files) and the site's URLs whose files
        // changed are judged again, as the links found now on the pages crawled again are
        for (Link link : earlier.links().values()) {
            if (link.fetchKey != null && state.target(link.fetchKey) == null) {
                Target again = earlier.again().get(link.fetchKey);
                checkAgain(again != null ? again : new Target(link.fetchKey, 1, 1));
            }
        }
        // a page crawled again whose file did not change (its links were judged on the checkout) is checked even when
        // no link reaches it: the crawl asks only for the pages whose files changed
        earlier.again().values().forEach(this::checkAgain);
    }

    private void checkAgain(Target target) {
        if (!state.claim(target).isNew()) {
            return;
        }
        work.begin();
        try {
            URI uri = URI.create(target.url);
            check(target, uri, scope.isInside(uri));
        } catch (RuntimeException e) {
            finish(target, null, e);
        }
    }

    /**
     * What this crawl knew at its end, for the next check of the site; null when it may not be taken over (a limit of
     * the crawl was reached, a page of the site left a notice). Called once the crawl is over and before {@link
     * #results()}.
     */
    CheckSnapshot.Content snapshot() {
        if (sitePageNoticed || !bounds.notices().isEmpty()) {
            return null;
        }
        List<Target> targets = new ArrayList<>();
        state.forEachTarget(targets::add);
        Set<String> otherPages = new HashSet<>();
        for (Target target : targets) {
            if (target.crawledAs != null && RepositoryFiles.isRepositoryFile(target.url)) {
                otherPages.add(target.crawledAs);
            }
        }
        return new CheckSnapshot.Content(targets, state.linksForSnapshot(), otherPages);
    }

    Progress progress(long elapsedMillis, int inFlight) {
        return new Progress(
                pagesCrawled.get(),
                state.linkCount(),
                targetsDone.get(),
                state.targetCount(),
                inFlight,
                brokenSoFar.get(),
                elapsedMillis);
    }

    int pagesCrawled() {
        return pagesCrawled.get();
    }

    OpenWork work() {
        return work;
    }

    /** Up to {@code max} targets still without a verdict. */
    List<String> unfinished(int max) {
        return state.unfinished(max);
    }

    List<String> notices() {
        List<String> sorted = new ArrayList<>();
        notices.forEach(notice -> sorted.add(UrlDisplay.maskCredentials(notice)));
        bounds.notices().forEach(notice -> sorted.add(UrlDisplay.maskCredentials(notice)));
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * The verdict on every unique link. Called once, at the end, and before {@link #notices()}: when no external host
     * was reached at all, the links to them are told as the machine being offline, once, not as dead links.
     */
    List<LinkResult> results() {
        if (reach.looksUnreachable()) {
            notices.add(reach.notice());
            for (String url : reach.unreachedTargets()) {
                Target target = state.target(url);
                if (target != null && target.outcome != null) {
                    target.outcome = Verdicts.noNetwork(target.outcome);
                }
            }
        }
        return state.drainResults(verdicts);
    }

    @Override
    public boolean admit(Target page, URI uri) {
        // one file is one page: its anchors are read here, its links through its plain form (no query, no
        // index.html), or through its real URL when a symbolic link to a folder leads to it
        String plain = ServedAliases.plainForm(page.url, servedDirectory);
        String alias = plain != null ? plain : scope.realForm(uri);
        if (alias != null) {
            work.begin();
            try {
                schedule(alias, page);
            } finally {
                work.end();
            }
            return false;
        }
        return bounds.admit(page, display.show(uri));
    }

    @Override
    public void follow(Target page, URI end) {
        work.begin();
        try {
            schedule(UrlNormalizer.withoutFragment(end).toString(), page);
        } finally {
            work.end();
        }
    }

    @Override
    public TargetOutcome sameFile(Target page) {
        String plain = ServedAliases.plainForm(page.url, servedDirectory);
        Target same = plain == null ? null : state.target(plain);
        TargetOutcome outcome = same == null ? null : same.outcome;
        return outcome == null || outcome.anchors() == null ? null : outcome;
    }

    @Override
    public void crawl(Target page, URI uri, PageLinks links) {
        pagesCrawled.incrementAndGet();
        String shownPage = display.show(uri); // one string for every link of the page
        page.crawledAs = shownPage;
        for (ExtractedLink link : links.links()) {
            discover(shownPage, page, link);
        }
    }

    /** Records one link found on a page and schedules its target if it is new. */
    private void discover(String shownPage, Target page, ExtractedLink found) {
        int line = found.line();
        LinkTarget target = found.target();
        if (found.ignored()) {
            state.addIgnoredPlace(ignoredUrl(target), shownPage, line);
            return;
        }
        String placeholder = Placeholders.in(found.raw());
        if (placeholder != null) {
            state.addPlace(
                    found.raw().strip(), shownPage, line, null, null, Verdicts.unresolvedPlaceholder(placeholder));
            return;
        }
        String written = null;
        ProjectLinks.Rewrite rewrite = null;
        if (projectLinks != null && target instanceof LinkTarget.Web web) {
            rewrite = projectLinks.rewrite(web.url());
            if (rewrite != null) {
                written = display.show(web.url());
                target = rewrite.target();
                page.judgedOnCheckout = true;
            }
        }
        if (target instanceof LinkTarget.Unfetchable unfetchable) {
            state.addPlace(unfetchable.url(), shownPage, line, null, null, Verdicts.unfetchable(unfetchable.scheme()));
            return;
        }
        if (target instanceof LinkTarget.Invalid invalid) {
            state.addPlace(invalid.url(), shownPage, line, null, null, Verdicts.invalid(invalid.why(), found.raw()));
            return;
        }
        // as text: most links point at a target already known by its text, which needs no URI
        String resolved = ((LinkTarget.Web) target).url();
        String aboveRoot = scope.aboveRoot(resolved);
        if (aboveRoot != null) {
            state.addPlace(
                    aboveRoot,
                    shownPage,
                    line,
                    null,
                    null,
                    config.isExcluded(aboveRoot) ? Verdicts.EXCLUDED : Verdicts.outsideSite(aboveRoot));
            return;
        }
        String url = scope.remap(resolved);
        String shown = display.show(url);
        if (written != null) {
            discoverRewritten(written, shown, url, rewrite.lastLine(), shownPage, page, line);
            return;
        }
        TargetOutcome fileUrl = RepositoryFiles.isRepositoryFile(url) ? fileUrlVerdict(page, found) : null;
        if (fileUrl != null) {
            state.addPlace(shown, shownPage, line, null, null, fileUrl);
            return;
        }
        if (bounds.isTooLong(shown)) {
            state.addPlace(
                    shown.substring(0, Math.min(shown.length(), 200)) + "...",
                    shownPage,
                    line,
                    null,
                    null,
                    Verdicts.tooLong(bounds.maxUrlLength()));
            return;
        }
        int hash = url.indexOf('#');
        String key = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        if (fragment != null && config.matchesAnExclude(url, shown)) {
            // an exclude written for one anchor (as the failure message shows the link) leaves its page checked
            state.addPlace(shown, shownPage, line, null, null, Verdicts.EXCLUDED);
            schedule(key, page);
            return;
        }
        String scheduled = schedule(key, page);
        // one string for the link and its target where they read the same (an external link without fragment)
        state.addPlace(shown.equals(scheduled) ? scheduled : shown, shownPage, line, scheduled, fragment, null);
    }

    /**
     * Records a link that a remap or the project's repository rewrote: it is shown as written and judged as
     * {@code url}; an exclude matches either form.
     *
     * @param lastLine the last line the link names in a repository's file view, or 0
     */
    private void discoverRewritten(
            String written, String shown, String url, int lastLine, String shownPage, Target page, int line) {
        if (config.matchesAnExclude(written)) {
            state.addPlace(written, shown, shownPage, line, null, null, Verdicts.EXCLUDED);
            return;
        }
        int hash = url.indexOf('#');
        String key = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        if (lastLine > 0 && RepositoryFiles.isRepositoryFile(key)) {
            // a line of the file view: the file's length decides, not its anchors
            fragment = null;
            long lines = files.lineCount(URI.create(key));
            if (lines >= 0 && lines < lastLine) {
                state.addPlace(written, shown, shownPage, line, null, null, Verdicts.missingLine(lastLine, lines));
                return;
            }
        }
        state.addPlace(written, shown, shownPage, line, schedule(key, page), fragment, null);
    }

    /** How an ignored link is shown: as a checked one would be, without being checked or crawled. */
    private String ignoredUrl(LinkTarget target) {
        if (target instanceof LinkTarget.Unfetchable unfetchable) {
            return unfetchable.url();
        }
        if (target instanceof LinkTarget.Invalid invalid) {
            return invalid.url();
        }
        String resolved = ((LinkTarget.Web) target).url();
        String aboveRoot = scope.aboveRoot(resolved);
        return aboveRoot != null ? aboveRoot : display.show(scope.remap(resolved));
    }

    /**
     * The verdict on a {@code file:} URL that is no file of the project, or null for one that is: only a relative link
     * in one of the project's own files is (a web page's file: link, or one written as file: anywhere, opens nothing
     * for its reader).
     */
    private static TargetOutcome fileUrlVerdict(Target page, ExtractedLink found) {
        if (!page.url.startsWith("file:")) {
            return Verdicts.FILE_URL_ON_WEB_PAGE;
        }
        return found.raw().strip().regionMatches(true, 0, "file:", 0, 5) ? Verdicts.FILE_URL_IN_DOCUMENT : null;
    }

    /**
     * Schedules the target's check unless it is known; returns its URL as the target holds it, to be shared.
     *
     * @param foundOn the page the link is on, or null for the start
     */
    private String schedule(String url, Target foundOn) {
        Target known = state.target(url);
        if (known != null) {
            return known.url; // most links: no URI is made for them
        }
        URI key = URI.create(url);
        boolean inside = scope.isInside(key);
        int depth = foundOn == null ? 0 : foundOn.depth + 1;
        CrawlState.Claim claim = state.claim(new Target(url, depth, inside ? bounds.chainAfter(foundOn, url) : 1));
        if (!claim.isNew()) {
            return claim.target().url;
        }
        work.begin();
        try {
            check(claim.target(), key, inside);
        } catch (RuntimeException e) {
            finish(claim.target(), null, e);
        }
        return url;
    }

    /**
     * Checks a target, now or when its host has room. A target waiting for its host is a queue entry holding its
     * target and nothing more: its URL is parsed again and its chain of futures built when it starts, since a
     * parsed URI and a chain cost several hundred bytes, and a large site queues tens of thousands of links at once.
     */
    private void check(Target target, URI uri, boolean inside) {
        TargetOutcome decided = decidedWithoutRequest(uri, inside);
        if (decided != null) {
            finish(target, decided, null);
            return;
        }
        if (RepositoryFiles.isRepositoryFile(uri)) {
            lanes.submit(
                    FILES_LANE,
                    () -> fileChecks.check(target).whenComplete((outcome, error) -> {
                        work.progressed();
                        finish(target, outcome, error);
                    }));
            return;
        }
        if (inside && answeredAtOnce.test(uri)) {
            start(target, true); // no request to pace and nothing to read: it ends before this returns
            return;
        }
        lanes.submit(ThrottledFetcher.hostKey(uri), () -> start(target, inside));
    }

    /**
     * The verdicts that need no request: excluded, links into module sites this build did not make, pages the site
     * generator writes later, external links not checked, external links the cache knows.
     */
    private TargetOutcome decidedWithoutRequest(URI uri, boolean inside) {
        if (config.isExcluded(uri.toString(), display.show(uri))) {
            return Verdicts.EXCLUDED;
        }
        if (inside && scope.isNotBuilt(uri)) {
            return Verdicts.siteNotBuilt(display.show(uri), scope.builtPaths());
        }
        if (inside && config.isRenderedLater(display.show(uri))) {
            return Verdicts.renderedLater(display.show(uri));
        }
        if (inside || RepositoryFiles.isRepositoryFile(uri)) {
            return null;
        }
        if (config.skipExternal()) {
            return Verdicts.EXTERNAL_NOT_CHECKED;
        }
        String privateAddress = privateAddresses.refusalWithoutLookup(uri);
        if (privateAddress != null) {
            return Verdicts.privateAddress(privateAddress);
        }
        return cache.lookup(uri);
    }

    private CompletableFuture<FetchOutcome> start(Target target, boolean inside) {
        CompletableFuture<TargetOutcome> judged = new CompletableFuture<>();
        judged.whenComplete((outcome, error) -> finish(target, outcome, error));
        try {
            CompletableFuture<FetchOutcome> fetched = checks.start(target, inside, judged);
            fetched.whenComplete((outcome, error) -> work.progressed());
            return fetched;
        } catch (RuntimeException e) {
            judged.completeExceptionally(e);
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A target's verdict is in: count it, and end the crawl when it was the last thing open. */
    private void finish(Target target, TargetOutcome outcome, Throwable error) {
        target.outcome = outcome != null ? outcome : Verdicts.internalError(error);
        targetsDone.incrementAndGet();
        boolean broken = target.outcome.verdict() == Verdict.BROKEN;
        if (broken) {
            brokenSoFar.incrementAndGet();
        }
        if ((broken || target.outcome.readInPart())
                && target.depth == 0
                && RepositoryFiles.isRepositoryFile(target.url)) {
            // a start file is no link of any page: without a place of its own, its result would pass unseen
            state.addPlace(display.show(target.url), "(start)", 0, target.url, null, null);
        }
        work.end();
    }
}
