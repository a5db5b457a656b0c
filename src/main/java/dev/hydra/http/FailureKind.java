package dev.hydra.http;

/** Why a request got no usable answer. */
public enum FailureKind {
    TIMEOUT(true),
    /** No connection was made in time: the host did not answer at all. */
    CONNECT_TIMEOUT(true),
    CONNECTION_REFUSED(false),
    UNKNOWN_HOST(false),
    CONNECTION_RESET(true),
    TLS(false),
    IO(true),
    TOO_MANY_REDIRECTS(false),
    REDIRECT_LOOP(false),
    INVALID_URL(false),
    MALFORMED_RESPONSE(false),
    INTERRUPTED(false),
    /** Not requested: the host is, or resolves to, an address {@link PrivateAddresses} keeps checks off. */
    PRIVATE_ADDRESS(false);

    private final boolean transientFailure;

    FailureKind(boolean transientFailure) {
        this.transientFailure = transientFailure;
    }

    /** Whether the host was never reached: its name did not resolve, or no connection could be made. */
    public boolean isUnreached() {
        return this == UNKNOWN_HOST || this == CONNECTION_REFUSED || this == CONNECT_TIMEOUT;
    }

    /** Whether trying again later may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }
}
