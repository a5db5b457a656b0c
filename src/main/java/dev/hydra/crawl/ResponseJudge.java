package dev.hydra.crawl;

import dev.hydra.http.FailureKind;
import dev.hydra.http.FetchOutcome;
import dev.hydra.http.HttpStatuses;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Turns what a server answered into a verdict, by the user's status policy. */
final class ResponseJudge {

    private final StatusCodes accepted;
    private final StatusCodes warnings;
    private final int retries;

    ResponseJudge(StatusCodes accepted, StatusCodes warnings, int retries) {
        this.accepted = accepted;
        this.warnings = warnings;
        this.retries = retries;
    }

    TargetOutcome judge(FetchOutcome outcome, String notFoundReason) {
        if (outcome instanceof FetchOutcome.Failure failure) {
            URI last = failure.redirects().isEmpty()
                    ? null
                    : failure.redirects().get(failure.redirects().size() - 1);
            Verdict verdict = failure.kind() == FailureKind.INTERRUPTED || failure.kind() == FailureKind.PRIVATE_ADDRESS
                    ? Verdict.SKIPPED
                    : Verdict.BROKEN;
            return new TargetOutcome(verdict, kindOf(failure.kind()), 0, failure.reason(), last, null, false);
        }
        FetchOutcome.Response response = (FetchOutcome.Response) outcome;
        int status = response.status();
        URI finalUri = response.redirects().isEmpty() ? null : response.uri();
        String statusText = StatusText.of(status);
        if (accepted.contains(status)) {
            if (isDowngrade(response.requested(), response.redirects(), response.uri())) {
                return new TargetOutcome(
                        Verdict.WARNING,
                        ResultKind.INSECURE_REDIRECT,
                        status,
                        statusText + " after a redirect from https to http (" + response.uri() + ")",
                        finalUri,
                        null,
                        false);
            }
            return new TargetOutcome(Verdict.OK, null, status, statusText, finalUri, null, false);
        }
        if (HttpStatuses.isNotFound(status) && notFoundReason != null) {
            return new TargetOutcome(
                    Verdict.BROKEN, ResultKind.MISSING_FILE, status, notFoundReason, finalUri, null, false);
        }
        if (HttpStatuses.isForbidden(status) && notFoundReason != null) {
            // the served directory answers 403 only for a file it may not read
            return new TargetOutcome(
                    Verdict.BROKEN,
                    ResultKind.MISSING_FILE,
                    status,
                    "file in site directory cannot be read (permission denied): make it readable, or exclude it",
                    finalUri,
                    null,
                    false);
        }
        if (HttpStatuses.isForbidden(status) && isBotChallenge(response)) {
            return new TargetOutcome(
                    Verdict.WARNING,
                    ResultKind.BOT_WALL,
                    status,
                    statusText + ": a bot challenge (Cloudflare), not a dead page",
                    finalUri,
                    null,
                    false);
        }
        if (warnings.contains(status)) {
            String why = HttpStatuses.isRateLimited(status)
                    ? rateLimitedReason(response, statusText)
                    : statusText + ": the host refuses automated checks";
            ResultKind kind = HttpStatuses.isRateLimited(status) ? ResultKind.RATE_LIMITED : ResultKind.REFUSED_BY_HOST;
            return new TargetOutcome(Verdict.WARNING, kind, status, why, finalUri, null, false);
        }
        String reason = finalUri == null ? statusText : statusText + " (after redirect to " + finalUri + ")";
        return new TargetOutcome(Verdict.BROKEN, ResultKind.HTTP_STATUS, status, reason, finalUri, null, false);
    }

    /** The one mapping from a request's failure to the kind users and machines read. */
    static ResultKind kindOf(FailureKind failure) {
        return switch (failure) {
            case TIMEOUT, CONNECT_TIMEOUT -> ResultKind.TIMEOUT;
            case CONNECTION_REFUSED, CONNECTION_RESET, IO -> ResultKind.CONNECTION;
            case UNKNOWN_HOST -> ResultKind.DNS;
            case TLS -> ResultKind.TLS;
            case TOO_MANY_REDIRECTS -> ResultKind.TOO_MANY_REDIRECTS;
            case REDIRECT_LOOP -> ResultKind.REDIRECT_LOOP;
            case INVALID_URL -> ResultKind.INVALID_URL;
            case MALFORMED_RESPONSE -> ResultKind.MALFORMED_RESPONSE;
            case INTERRUPTED -> ResultKind.NOT_CHECKED;
            case PRIVATE_ADDRESS -> ResultKind.PRIVATE_ADDRESS;
        };
    }

    private String rateLimitedReason(FetchOutcome.Response response, String statusText) {
        String times = retries + (retries == 1 ? " retry" : " retries");
        // a Retry-After beyond maxRetryAfter is not waited for: name both limits, so the user knows which to raise
        return response.header("Retry-After")
                .map(wait -> statusText + ": the host kept rate limiting (it asked to wait Retry-After: " + wait.trim()
                        + "; Hydra waits at most maxRetryAfter, and tries " + times + ")")
                .orElse(statusText + ": the host kept rate limiting after " + times);
    }

    private static boolean isBotChallenge(FetchOutcome.Response response) {
        if (response.header("cf-mitigated")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("challenge"))
                .orElse(false)) {
            return true;
        }
        boolean cloudflare = response.header("Server")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("cloudflare"))
                .orElse(false);
        return cloudflare && response.header("cf-chl-bypass").isPresent();
    }

    private static boolean isDowngrade(URI requested, List<URI> chain, URI last) {
        boolean sawHttps = "https".equals(requested.getScheme());
        for (URI hop : chain) {
            sawHttps |= "https".equals(hop.getScheme());
        }
        return sawHttps && "http".equals(last.getScheme());
    }
}
