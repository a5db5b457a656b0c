package dev.hydra.extract;

import java.util.Locale;

/**
 * The comments by which a Markdown or AsciiDoc file leaves links unchecked where they are written:
 * {@code hydra-ignore} ignores the next link, on the comment's line or the one after it, and
 * {@code hydra-ignore-start} to {@code hydra-ignore-end} ignores every link between them. Only the next line counts
 * so that a comment whose link was moved away does not silently ignore another one further down.
 */
final class IgnoreComments {

    static final String IGNORE = "hydra-ignore";
    static final String START = "hydra-ignore-start";
    static final String END = "hydra-ignore-end";

    /** The line of a {@code hydra-ignore} still waiting for its link, or 0. */
    private int pendingLine;

    private boolean inBlock;

    /**
     * Reads the text of a comment (without its delimiters) on {@code line}.
     *
     * @return whether it was one of Hydra's comments
     */
    boolean comment(String text, int line) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case IGNORE -> pendingLine = Math.max(line, 1);
            case START -> inBlock = true;
            case END -> inBlock = false;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Whether the link on {@code line}, the next one found, is ignored; a {@code hydra-ignore} is used up by it. */
    boolean ignores(int line) {
        if (pendingLine > 0 && (line == pendingLine || line == pendingLine + 1)) {
            pendingLine = 0;
            return true;
        }
        if (pendingLine > 0 && line > pendingLine + 1) {
            pendingLine = 0; // its link was not on the next line: it ignores nothing
        }
        return inBlock;
    }
}
