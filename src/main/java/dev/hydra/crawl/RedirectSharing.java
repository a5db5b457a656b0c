package dev.hydra.crawl;

import dev.hydra.extract.UrlNormalizer;
import dev.hydra.http.FetchOutcome;

/**
 * Where a link's redirects end is a target of its own, answered already: a link straight to it gets the same answer,
 * judged as if asked directly, and fetching it again would only cost a request (an {@code http://} link and its
 * {@code https://} form on one site, say).
 */
final class RedirectSharing {

    private final CrawlState state;
    private final Verdicts verdicts;
    private final SiteScope scope;

    RedirectSharing(CrawlState state, Verdicts verdicts, SiteScope scope) {
        this.state = state;
        this.verdicts = verdicts;
        this.scope = scope;
    }

    /**
     * Shares the end of a site page's redirects when it lies off the site. Returns its new target, whose anchors the
     * caller adds once the page is parsed, or null when that URL is known or lies on the site: a page of the site is
     * crawled as a target of its own.
     */
    Target shareFromSitePage(FetchOutcome.Response response) {
        return scope.isInside(response.uri()) ? null : share(response, true);
    }

    /**
     * Shares the end of an external link's redirects, only outside the site: a page of the site must be fetched with
     * GET and crawled, not taken as checked because a HEAD from elsewhere reached it.
     *
     * @param judged the external link's outcome, whose anchors (if read) the end shares
     */
    void shareFromExternal(FetchOutcome outcome, TargetOutcome judged) {
        if (outcome instanceof FetchOutcome.Response response
                && !response.redirects().isEmpty()
                && !scope.isInside(response.uri())) {
            Target end = share(response, false);
            if (end != null && judged != null && judged.anchors() != null) {
                end.outcome = end.outcome.withAnchors(judged.anchors(), judged.truncated());
            }
        }
    }

    private Target share(FetchOutcome.Response response, boolean onTheSite) {
        if (response.redirects().isEmpty()) {
            return null;
        }
        String endKey = UrlNormalizer.withoutFragment(response.uri()).toString();
        if (state.target(endKey) != null) {
            return null;
        }
        Target end = new Target(endKey, Target.UNREACHED, 1);
        end.outcome = verdicts.ofRedirectEnd(response, onTheSite);
        return state.claim(end).isNew() ? end : null;
    }
}
