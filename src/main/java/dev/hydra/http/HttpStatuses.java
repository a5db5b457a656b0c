package dev.hydra.http;

/**
 * What HTTP status codes mean to a link checker, each fact named once: every layer that decides by a status (the
 * HEAD fallback, the retries, the redirects, the throttle, the verdicts) asks here.
 */
public final class HttpStatuses {

    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int TOO_MANY_REQUESTS = 429;
    public static final int INTERNAL_SERVER_ERROR = 500;
    /** LinkedIn's answer to clients it takes for bots. */
    public static final int LINKEDIN_BOT_WALL = 999;

    private HttpStatuses() {}

    /** A redirect Hydra follows to its Location: 301, 302, 303, 307, 308. */
    public static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Worth trying again after a wait: 408, 429, and 5xx but 501 (which says the method will never work). */
    public static boolean isWorthARetry(int status) {
        return status == 408 || status == TOO_MANY_REQUESTS || (status >= 500 && status <= 599 && status != 501);
    }

    /**
     * A server refusing HEAD (400, 403, 405, 406, 501, LinkedIn's 999): such servers often serve GET well, so the
     * answer is worth asking again with GET.
     */
    public static boolean isHeadRefused(int status) {
        return status == 400
                || status == FORBIDDEN
                || status == 405
                || status == 406
                || status == 501
                || status == LINKEDIN_BOT_WALL;
    }

    /**
     * A HEAD that crashed the server's HEAD handler (500): GET often works, and is worth asking at once. A 502, 503 or
     * 504 says the server or its gateway is busy, not that HEAD is broken.
     */
    public static boolean isHeadBroken(int status) {
        return status == INTERNAL_SERVER_ERROR;
    }

    /** The host asks the client to slow down: 429. */
    public static boolean isRateLimited(int status) {
        return status == TOO_MANY_REQUESTS;
    }

    /** The page is not there: 404. */
    public static boolean isNotFound(int status) {
        return status == NOT_FOUND;
    }

    /** The host refuses to serve it: 403 (a members-only page, or a bot wall). */
    public static boolean isForbidden(int status) {
        return status == FORBIDDEN;
    }
}
