package dev.hydra.http;

import java.io.IOException;

/** Hydra's own reading of an answer found it broken (a Content-Length that is not a number). */
final class MalformedResponseException extends IOException {

    private static final long serialVersionUID = 1L;

    MalformedResponseException(String problem) {
        super(problem);
    }
}
