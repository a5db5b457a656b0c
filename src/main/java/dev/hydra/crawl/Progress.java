package dev.hydra.crawl;

/** A snapshot of a running check. */
public record Progress(int pagesCrawled, int linksChecked, int inFlight, int brokenSoFar, long elapsedMillis) {

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT,
                "%d pages crawled, %d links checked, %d in flight, %d broken so far (%d s)",
                pagesCrawled,
                linksChecked,
                inFlight,
                brokenSoFar,
                elapsedMillis / 1000);
    }
}
