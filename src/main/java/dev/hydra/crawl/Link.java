package dev.hydra.crawl;

/** One unique link as written (with its fragment), and the places that hold it. */
final class Link {

    /** The target's URL; null when the link is never fetched (invalid, unsupported scheme). */
    final String fetchKey;

    final String fragment;
    final String shownUrl;
    /** What the link was judged as when a remap or the project's repository rewrote it, as shown; else null. */
    final String judgedAs;
    /** The verdict of a link that is never fetched, or of one whose fragment settles it alone; else null. */
    final TargetOutcome fixedOutcome;

    final Places sources;

    Link(String fetchKey, String fragment, String shownUrl, TargetOutcome fixedOutcome) {
        this(fetchKey, fragment, shownUrl, null, fixedOutcome);
    }

    Link(String fetchKey, String fragment, String shownUrl, String judgedAs, TargetOutcome fixedOutcome) {
        this(fetchKey, fragment, shownUrl, judgedAs, fixedOutcome, new Places());
    }

    Link(
            String fetchKey,
            String fragment,
            String shownUrl,
            String judgedAs,
            TargetOutcome fixedOutcome,
            Places sources) {
        this.sources = sources;
        this.fetchKey = fetchKey;
        this.fragment = fragment;
        this.shownUrl = shownUrl;
        this.judgedAs = judgedAs;
        this.fixedOutcome = fixedOutcome;
    }
}
