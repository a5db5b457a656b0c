package dev.hydra.http;

/** Why a request got no usable answer. */
public enum FailureKind {
    TIMEOUT(true),
    CONNECTION_REFUSED(false),
    UNKNOWN_HOST(false),
    CONNECTION_RESET(true),
    TLS(false),
    IO(true),
    TOO_MANY_REDIRECTS(false),
    REDIRECT_LOOP(false),
    INVALID_URL(false),
    MALFORMED_RESPONSE(false),
    INTERRUPTED(false);

    private final boolean transientFailure;

    FailureKind(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Whether trying again later may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }
}
