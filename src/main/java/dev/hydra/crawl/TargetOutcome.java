package dev.hydra.crawl;

import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import java.net.URI;
import java.util.Set;

/**
 * The verdict on one fetched URL (without fragment), before fragments are judged.
 *
 * @param verdict the verdict of the URL itself
 * @param kind why it is not OK, null when it is
 * @param status the HTTP status, 0 when none
 * @param reason words for the user
 * @param finalUri where redirects ended, or null without redirects
 * @param anchors the anchors of the page when it was parsed, or null when unknown
 * @param truncated whether the anchors come from a page cut at the size limit
 * @param readInPart whether the page was crawled cut at the size limit: links past the cut were not found
 */
record TargetOutcome(
        Verdict verdict,
        ResultKind kind,
        int status,
        String reason,
        URI finalUri,
        Set<String> anchors,
        boolean truncated,
        boolean readInPart) {

    TargetOutcome(
            Verdict verdict,
            ResultKind kind,
            int status,
            String reason,
            URI finalUri,
            Set<String> anchors,
            boolean truncated) {
        this(verdict, kind, status, reason, finalUri, anchors, truncated, false);
    }

    static TargetOutcome of(Verdict verdict, ResultKind kind, String reason) {
        return new TargetOutcome(verdict, kind, 0, reason, null, null, false);
    }

    /** The same answer, judged otherwise (a fragment that names no anchor of an OK page). */
    TargetOutcome judged(Verdict newVerdict, ResultKind newKind, String newReason) {
        return new TargetOutcome(newVerdict, newKind, status, newReason, finalUri, anchors, truncated, readInPart);
    }

    TargetOutcome withAnchors(Set<String> pageAnchors, boolean cut) {
        return new TargetOutcome(verdict, kind, status, reason, finalUri, pageAnchors, cut, readInPart);
    }

    /** The same answer, for a page whose links were followed only as far as the size limit let it be read. */
    TargetOutcome crawledInPart() {
        return new TargetOutcome(verdict, kind, status, reason, finalUri, anchors, truncated, true);
    }
}
