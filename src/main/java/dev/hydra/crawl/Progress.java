package dev.hydra.crawl;

/**
 * A snapshot of a running check, counted as the final summary counts: pages crawled, and unique links found (each
 * link as written, with its fragment: the summary's "links"); apart from them, the URLs those links lead to, each
 * checked once.
 */
public record Progress(
        int pagesCrawled,
        int linksFound,
        int urlsChecked,
        int urlsFound,
        int inFlight,
        int brokenUrlsSoFar,
        long elapsedMillis) {

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%d pages crawled, %d links found; %d of %d URLs checked, %d in flight, %d broken so far (%d s)",
                pagesCrawled,
                linksFound,
                urlsChecked,
                urlsFound,
                inFlight,
                brokenUrlsSoFar,
                elapsedMillis / 1000);
    }
}
