package dev.hydra.http;

/**
 * A response body read up to a limit.
 *
 * @param bytes the body (decoded when it had a Content-Encoding), or null when it was not wanted or could not be decoded
 * @param truncated whether the body was cut at the limit
 * @param undecodable why a wanted body could not be decoded (such as {@code Content-Encoding: br}), else null
 */
record CappedBody(byte[] bytes, boolean truncated, String undecodable) {

    static final CappedBody NONE = new CappedBody(null, false);

    CappedBody(byte[] bytes, boolean truncated) {
        this(bytes, truncated, null);
    }

    static CappedBody undecodable(String why) {
        return new CappedBody(null, false, why);
    }
}
