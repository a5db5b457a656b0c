package dev.hydra.crawl;

import dev.hydra.cache.ResultCache;
import dev.hydra.model.Verdict;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crawler's view of the {@link ResultCache}: answers external URLs whose OK result is fresh, remembers
 * new OK results and forgets URLs that are no longer OK. Internal links never come here.
 */
final class CachedResults {

    /** No cache: every lookup misses, nothing is remembered. One per check, as each counts what it answered. */
    static CachedResults none() {
        return new CachedResults(null, null, Clock.systemUTC());
    }

    private final ResultCache cache;
    private final StatusCodes accepted;
    private final Clock clock;
    private final AtomicInteger answered = new AtomicInteger();

    CachedResults(ResultCache cache, StatusCodes accepted, Clock clock) {
        this.cache = cache;
        this.accepted = accepted;
        this.clock = clock;
    }

    /**
     * The remembered outcome, marked as cached, or null to fetch. A status no longer accepted is fetched again, and
     * so is an entry that cannot be used as it is: a cache never makes a link broken.
     */
    TargetOutcome lookup(URI uri) {
        if (cache == null) {
            return null;
        }
        ResultCache.Entry entry = cache.lookup(uri.toString()).orElse(null);
        if (entry == null || !accepted.contains(entry.status())) {
            return null;
        }
        URI finalUri;
        try {
            finalUri = entry.finalUrl() == null ? null : new URI(entry.finalUrl());
        } catch (URISyntaxException e) {
            return null;
        }
        answered.incrementAndGet();
        return Verdicts.cached(
                entry.status(), entry.reason(), age(Duration.between(entry.checkedAt(), clock.instant())), finalUri);
    }

    /** How many links were answered from the cache, not fetched. */
    int answered() {
        return answered.get();
    }

    /** Records a freshly fetched outcome and hands it back unchanged. */
    TargetOutcome remember(URI uri, TargetOutcome outcome) {
        if (cache != null && outcome.verdict() != Verdict.SKIPPED) {
            if (outcome.verdict() == Verdict.OK) {
                cache.remember(new ResultCache.Entry(
                        uri.toString(),
                        outcome.status(),
                        outcome.reason(),
                        outcome.finalUri() == null ? null : outcome.finalUri().toString(),
                        clock.instant()));
            } else {
                cache.forget(uri.toString());
            }
        }
        return outcome;
    }

    /** A time to live as users write it: {@code 1 d}, {@code 12 h}, {@code 30 min}, {@code 45 s}. */
    static String span(Duration span) {
        long seconds = span.toSeconds();
        if (seconds >= 86400 && seconds % 86400 == 0) {
            return seconds / 86400 + " d";
        }
        if (seconds >= 3600 && seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return span.toMillis() % 1000 == 0 ? seconds + " s" : span.toMillis() + " ms";
    }

    /** "just now", "12 min ago", "3 h ago", "2 d ago": precise enough to judge whether to trust it. */
    static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 60) {
            return "just now";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min ago";
        }
        if (seconds < 2 * 86400) {
            return seconds / 3600 + " h ago";
        }
        return seconds / 86400 + " d ago";
    }
}
