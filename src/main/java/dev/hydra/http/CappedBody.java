package dev.hydra.http;

/** A response body read up to a limit. {@code bytes} is null when the body was not wanted. */
record CappedBody(byte[] bytes, boolean truncated) {

    static final CappedBody NONE = new CappedBody(null, false);
}
