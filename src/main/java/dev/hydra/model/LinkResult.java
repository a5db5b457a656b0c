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
 * @param judgedAs what the link was judged as when that is not the link itself: the file of this checkout a link to
 *     the project's repository or a remapped link stands for ({@code /docs/guide.md#setup}), or the URL a remap
 *     rewrote it to; null otherwise
 * @param sources the pages and lines that hold the link, sorted
 */
public record LinkResult(
        String url,
        Verdict verdict,
        ResultKind kind,
        int status,
        String reason,
        String finalUrl,
        String judgedAs,
        List<Source> sources)
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

    /** A link judged as written. */
    public LinkResult(
            String url,
            Verdict verdict,
            ResultKind kind,
            int status,
            String reason,
            String finalUrl,
            List<Source> sources) {
        this(url, verdict, kind, status, reason, finalUrl, null, sources);
    }

    /** The same result, held by these places. */
    public LinkResult withSources(List<Source> places) {
        return new LinkResult(url, verdict, kind, status, reason, finalUrl, judgedAs, places);
    }

    /** The link as a person reads it in a report: {@code https://... (judged as /docs/guide.md)} when remapped. */
    public String shownWithJudgedAs() {
        return judgedAs == null ? url : url + " (judged as " + judgedAs + ")";
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
