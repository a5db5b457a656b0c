package dev.hydra.crawl;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Turns a hang into a bug report. Every wait in a check is bounded (a request by its timeout, a retry by its backoff
 * or {@code maxRetryAfter}), so a crawl in which nothing answered for several of those bounds has lost a future
 * somewhere: the check then fails, naming the targets it still waits for, instead of waiting for ever.
 */
final class CrawlWatchdog implements Runnable {

    private final OpenWork work;
    private final IntFunction<List<String>> unfinished;
    private final Duration limit;

    CrawlWatchdog(OpenWork work, IntFunction<List<String>> unfinished, Duration limit) {
        this.work = work;
        this.unfinished = unfinished;
        this.limit = limit;
    }

    /**
     * The longest a healthy crawl goes without any answer, times a margin: a request's timeout, then the longest wait
     * before a retry, for each attempt.
     */
    static Duration limitFor(CheckConfig config) {
        Duration longestBackoff = config.firstBackoff().multipliedBy(3L << Math.min(config.retries(), 16));
        Duration longestWait =
                longestBackoff.compareTo(config.maxRetryAfter()) > 0 ? longestBackoff : config.maxRetryAfter();
        return config.timeout().plus(longestWait).multipliedBy(3).plus(Duration.ofSeconds(1));
    }

    /** How often to look. */
    Duration period() {
        return limit.dividedBy(4);
    }

    @Override
    public void run() {
        if (work.isOver() || work.nanosSinceProgress() < limit.toNanos()) {
            return;
        }
        List<String> waiting = unfinished.apply(10);
        work.abandon(new CrawlStalledException("the crawl made no progress for " + limit.toSeconds()
                + " s while checks were still open, which is a bug in Hydra (please report it with the build log);"
                + " still waiting for: "
                + (waiting.isEmpty() ? "(no target: a page's parsing)" : String.join(", ", waiting))));
    }

    /** A crawl that stopped making progress. */
    static final class CrawlStalledException extends IllegalStateException {
        CrawlStalledException(String message) {
            super(message);
        }
    }
}
