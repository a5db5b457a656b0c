package dev.hydra.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file or folder of the checkout that a link to the project's repository names.
 *
 * @param path the path from the repository's root, decoded, with {@code /} separators and no trailing slash; empty
 *     for the root
 * @param fragment the link's fragment as written, or null without one
 */
public record RepositoryPath(String path, String fragment) {

    /**
     * The last line a fragment names in a repository's file view ({@code L10}, {@code L10-L20}, {@code L10C2-L12C5},
     * GitLab's {@code L10-20}, Bitbucket's {@code lines-10:20}), or 0 when the fragment names no line.
     */
    public int lastLine() {
        if (fragment == null) {
            return 0;
        }
        Matcher lines = LINES.matcher(fragment);
        if (!lines.matches()) {
            return 0;
        }
        String last = lines.group(4) != null
                ? lines.group(4)
                : lines.group(3) != null ? lines.group(3) : lines.group(2) != null ? lines.group(2) : lines.group(1);
        try {
            return Math.max(1, Integer.parseInt(last));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // more digits than an int holds: past the end of any file
        }
    }

    private static final Pattern LINES =
            Pattern.compile("(?:L(\\d+)(?:C\\d+)?(?:-L?(\\d+)(?:C\\d+)?)?|lines-(\\d+)(?::(\\d+))?)");
}
