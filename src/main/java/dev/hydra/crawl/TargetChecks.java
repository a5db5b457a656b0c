package dev.hydra.crawl;

import dev.hydra.cache.PageCache;
import dev.hydra.extract.LinkExtractor;
import dev.hydra.extract.PageLinks;
import dev.hydra.extract.UrlNormalizer;
import dev.hydra.http.FetchOutcome;
import dev.hydra.http.FetchRequest;
import dev.hydra.http.Fetcher;
import dev.hydra.model.Verdict;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * How each kind of target is checked, once the crawl has decided to send requests for it: a page of the site (GET,
 * then parsed on the workers for its anchors and, when the crawl admits it, its links), an external page whose
 * anchors are wanted (GET, parsed for anchors only), and any other external link (HEAD, which the fetcher asks again
 * with GET where it is refused; remembered by the result cache).
 */
final class TargetChecks {

    /** The crawl's side of a site page: whether to follow its links, and what to do with them. */
    interface Pages {

        /** Whether the links of this page are followed: it lies within the crawl's bounds and is no alias. */
        boolean admit(Target page, URI uri);

        /** Checks where a page of the site redirects to, as a link found on it would be. */
        void follow(Target page, URI end);

        /** Takes the links of an admitted page. Runs on a worker. */
        void crawl(Target page, URI uri, PageLinks links);

        /**
         * The outcome of the page this one is an alias of (the same served file under another URL, such as with a
         * query), once that page's anchors are known; else null.
         */
        TargetOutcome sameFile(Target page);
    }

    private final Fetcher fetcher;
    private final Executor workers;
    private final Verdicts verdicts;
    private final CrawlState state;
    private final RedirectSharing redirects;
    private final CachedResults cache;
    private final SiteScope scope;
    private final UrlDisplay display;
    private final boolean externalAnchors;
    private final Pages pages;
    private final Consumer<String> notices;
    private final NetworkReach reach;
    private final PageExtraction extraction;

    TargetChecks(
            Fetcher fetcher,
            Executor workers,
            Verdicts verdicts,
            CrawlState state,
            CachedResults cache,
            SiteScope scope,
            UrlDisplay display,
            boolean externalAnchors,
            Pages pages,
            Consumer<String> notices,
            NetworkReach reach,
            PageExtraction extraction) {
        this.fetcher = fetcher;
        this.workers = workers;
        this.verdicts = verdicts;
        this.state = state;
        this.redirects = new RedirectSharing(state, verdicts, scope);
        this.cache = cache;
        this.scope = scope;
        this.display = display;
        this.externalAnchors = externalAnchors;
        this.pages = pages;
        this.notices = notices;
        this.reach = reach;
        this.extraction = extraction;
    }

    /**
     * Sends a target's requests; {@code judged} completes with its verdict. Returns what holds its host's place: its
     * requests, not the parsing of a page after them.
     */
    CompletableFuture<FetchOutcome> start(Target target, boolean inside, CompletableFuture<TargetOutcome> judged) {
        URI uri = URI.create(target.url);
        CompletableFuture<FetchOutcome> fetched;
        CompletableFuture<TargetOutcome> verdict;
        if (inside) {
            // an alias of a page already parsed needs no body: its anchors are that page's
            TargetOutcome sameFile = pages.sameFile(target);
            PageExtraction.SitePage known = sameFile == null ? extraction.sitePage(uri, scope.publicUrl(uri)) : null;
            if (known != null && known.reused() != null) {
                // unchanged since the last check: its links come from the page cache, and its file is not read
                fetched = CompletableFuture.completedFuture(known.head());
                verdict = afterSitePage(target, uri, known.head(), null, known);
            } else {
                fetched = fetcher.fetch(FetchRequest.get(uri, sameFile == null));
                verdict = fetched.thenCompose(outcome -> afterSitePage(target, uri, outcome, sameFile, known));
            }
        } else if (externalAnchors) {
            fetched = fetcher.fetch(FetchRequest.get(uri, true));
            verdict = fetched.thenApplyAsync(
                    outcome -> {
                        reach.record(target.url, uri, outcome);
                        TargetOutcome withAnchors = withAnchors(verdicts.ofExternal(outcome), outcome);
                        redirects.shareFromExternal(outcome, withAnchors);
                        return withAnchors;
                    },
                    workers);
        } else {
            fetched = fetcher.fetch(FetchRequest.head(uri)); // HEAD, and GET where HEAD is refused or breaks
            verdict = fetched.thenApply(outcome -> {
                reach.record(target.url, uri, outcome);
                redirects.shareFromExternal(outcome, null);
                return cache.remember(uri, verdicts.ofExternal(outcome));
            });
        }
        verdict.whenComplete((outcome, error) -> {
            if (error != null) {
                judged.completeExceptionally(error);
            } else {
                judged.complete(outcome);
            }
        });
        return fetched;
    }

    /**
     * @param sameFile the outcome of the page this one is an alias of, when its anchors were known: no body was read
     * @param known what the page cache knew of the page before it was read (its extraction, when it holds in place of
     *     the body), or null
     */
    private CompletableFuture<TargetOutcome> afterSitePage(
            Target target, URI uri, FetchOutcome outcome, TargetOutcome sameFile, PageExtraction.SitePage known) {
        PageCache.Reused reused = known != null ? known.reused() : null;
        TargetOutcome judged = verdicts.ofSitePage(outcome);
        String undecodable = undecodable(outcome, judged);
        if (undecodable != null) {
            notices.accept("a page could not be decoded, so its links and anchors were not checked: "
                    + display.show(uri) + " (" + undecodable + ")");
            return CompletableFuture.completedFuture(judged);
        }
        if (!(outcome instanceof FetchOutcome.Response response)
                || judged.verdict() == Verdict.BROKEN
                || !response.isHtml()
                || (response.body() == null && sameFile == null && reused == null)) {
            return CompletableFuture.completedFuture(judged);
        }
        Target redirectEnd = redirects.shareFromSitePage(response);
        boolean redirectedOnTheSite = !response.redirects().isEmpty() && scope.isInside(response.uri());
        if (redirectedOnTheSite) {
            // the page is crawled under the URL it is served at, as a target of its own, whichever link reaches it
            // first: its links' places then name one page, in every run
            pages.follow(target, response.uri());
        }
        boolean crawl = !redirectedOnTheSite && scope.isInside(response.uri()) && pages.admit(target, uri);
        TargetOutcome same = sameFile != null ? sameFile : crawl ? null : pages.sameFile(target);
        if (same != null) {
            // the same bytes as a page already parsed: its anchors are these, without parsing them again
            if (redirectEnd != null) {
                redirectEnd.outcome = redirectEnd.outcome.withAnchors(same.anchors(), same.truncated());
            }
            return CompletableFuture.completedFuture(judged.withAnchors(same.anchors(), same.truncated()));
        }
        CompletableFuture<TargetOutcome> parsed = new CompletableFuture<>();
        Runnable parse = () -> {
            try {
                // against the page's public URL, as a browser on the published site resolves them
                PageLinks page = reused != null
                        ? new PageLinks(reused.page().links(), reused.page().anchors())
                        : extraction.page(
                                response.body(),
                                response.charset(),
                                scope.publicUrl(response.uri()),
                                known != null ? known.stamp() : null,
                                response.truncated());
                boolean truncated = reused != null ? reused.truncated() : response.truncated();
                if (crawl) {
                    pages.crawl(target, uri, page);
                }
                TargetOutcome withAnchors = judged.withAnchors(page.anchors(), truncated);
                if (crawl && truncated) {
                    withAnchors = withAnchors.crawledInPart();
                }
                if (redirectEnd != null) {
                    redirectEnd.outcome = redirectEnd.outcome.withAnchors(page.anchors(), truncated);
                }
                parsed.complete(withAnchors);
            } catch (RuntimeException | StackOverflowError e) {
                parsed.complete(judged.withAnchors(null, false));
                notices.accept("a page could not be parsed: " + display.show(uri) + " (" + e + ")");
            }
        };
        try {
            workers.execute(parse);
        } catch (RejectedExecutionException e) {
            parsed.complete(Verdicts.STOPPED);
        }
        return parsed;
    }

    /** An external page's anchors, for links with a fragment; a page the parser chokes on keeps them unknown. */
    private TargetOutcome withAnchors(TargetOutcome judged, FetchOutcome outcome) {
        undecodable(outcome, judged);
        if (outcome instanceof FetchOutcome.Response response
                && judged.verdict() == Verdict.OK
                && response.isHtml()
                && response.body() != null) {
            try {
                PageLinks page = LinkExtractor.extract(response.body(), response.charset(), response.uri());
                return judged.withAnchors(page.anchors(), response.truncated());
            } catch (RuntimeException | StackOverflowError e) {
                return judged;
            }
        }
        return judged;
    }

    /** Remembers a page whose HTML body came in an encoding Hydra cannot undo; returns why, or null. */
    private String undecodable(FetchOutcome outcome, TargetOutcome judged) {
        if (outcome instanceof FetchOutcome.Response response
                && response.undecodable() != null
                && judged.verdict() != Verdict.BROKEN) {
            state.noteUndecodable(
                    UrlNormalizer.withoutFragment(response.requested()).toString(), response.undecodable());
            return response.undecodable();
        }
        return null;
    }
}
