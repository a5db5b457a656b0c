package dev.hydra.model;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one unique link (its URL including any fragment) and every place that holds it.
 *
 * @param url the link as shown in reports: site-absolute for links into a served directory
 * @param verdict what Hydra concluded
 * @param kind why the link is not OK, as a stable id; null exactly when the verdict is OK
 * @param status the last HTTP status seen, or 0 when no response was received
 * @param reason why, in words a person understands ({@code 404 Not Found}, {@code timed out after 10 s})
 * @param finalUrl where redirects ended, or null when there was no redirect
 * @param sources the pages and lines that hold the link, sorted
 */
public record LinkResult(
        String url, Verdict verdict, ResultKind kind, int status, String reason, String finalUrl, List<Source> sources)
        implements Comparable<LinkResult> {

    public LinkResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(verdict, "verdict");
        if ((verdict == Verdict.OK) != (kind == null)) {
            throw new IllegalArgumentException(
                    "a result has a kind exactly when it is not OK: " + verdict + ", " + kind);
        }
        reason = reason == null ? "" : reason;
        sources = List.copyOf(sources);
    }

    /** This result with other places (some of them, or with their sources named). */
    public LinkResult withSources(List<Source> places) {
        return new LinkResult(url, verdict, kind, status, reason, finalUrl, places);
    }

    /** Whether the HTTP status is known. */
    public boolean hasStatus() {
        return status > 0;
    }

    @Override
    public int compareTo(LinkResult other) {
        return url.compareTo(other.url);
    }
}
