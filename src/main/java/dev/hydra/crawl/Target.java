package dev.hydra.crawl;

/**
 * One URL without fragment: checked once, whatever number of links point at it. Kept as text, not as a
 * {@link java.net.URI}: a parsed URI holds half a dozen strings of its own, and a large site has a million targets.
 */
final class Target {

    /** The depth of a target known only as the end of another target's redirects: never crawled for its depth. */
    static final int UNREACHED = Integer.MAX_VALUE;

    final String url;
    /** How many links were followed from the start to find it. */
    final int depth;
    /** How many pages in a row, ending with this one, were each found on the one before and share its URL pattern. */
    final int chain;

    volatile TargetOutcome outcome;

    /** The page as its links' places name it, once its links were found (it was crawled); else null. */
    volatile String crawledAs;

    /**
     * Whether a link of the page was judged on the project's checkout (a line of a repository's file view): its
     * verdict depends on more than the site's files, so a check that reuses the last one's results crawls it again.
     */
    volatile boolean judgedOnCheckout;

    Target(String url, int depth, int chain) {
        this.url = url;
        this.depth = depth;
        this.chain = chain;
    }
}
