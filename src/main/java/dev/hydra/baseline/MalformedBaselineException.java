package dev.hydra.baseline;

import java.io.IOException;

/** A line of a baseline file is not an entry; the message names the file, the line and what a line must be. */
public final class MalformedBaselineException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedBaselineException(String message) {
        super(message);
    }
}
