package dev.hydra.sources;

import java.util.List;

/** Which lines of a Java file lie in a doc comment ({@code /** ... *}{@code /}), where Javadoc takes links from. */
final class DocComments {

    private DocComments() {}

    /** For each line (0-based), whether any of it is inside a doc comment. */
    static boolean[] lines(List<String> lines) {
        boolean[] inside = new boolean[lines.size()];
        boolean open = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = 0;
            boolean touched = open;
            while (at < line.length()) {
                if (open) {
                    int end = line.indexOf("*/", at);
                    if (end < 0) {
                        break;
                    }
                    open = false;
                    at = end + 2;
                } else {
                    int start = line.indexOf("/**", at);
                    if (start < 0) {
                        break;
                    }
                    open = true;
                    touched = true;
                    at = start + 2; // so that "/**/", an empty comment, closes again
                }
            }
            inside[i] = touched;
        }
        return inside;
    }
}
