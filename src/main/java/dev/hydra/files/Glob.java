package dev.hydra.files;

import java.util.regex.Pattern;

/**
 * A file pattern as Maven users write them (Ant style), matched against a path relative to the project's base
 * directory with {@code /} separators: {@code *} and {@code ?} stay within one folder, {@code **} spans folders,
 * and {@code **}{@code /} also matches no folder at all, so {@code **}{@code /*.md} matches {@code README.md} too.
 * A pattern that ends with {@code /} matches everything below that folder.
 */
public final class Glob {

    private final String text;
    private final Pattern regex;

    private Glob(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * @throws IllegalArgumentException for an empty pattern, or one that leaves the base directory
     */
    public static Glob of(String pattern) {
        String text = pattern.trim().replace('\\', '/');
        while (text.startsWith("./")) {
            text = text.substring(2);
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty file pattern");
        }
        if (text.startsWith("/") || text.equals("..") || text.startsWith("../") || text.contains("/../")) {
            throw new IllegalArgumentException("the file pattern '" + pattern.trim()
                    + "' leaves the project's base directory; patterns are relative to it, such as docs/**/*.md");
        }
        if (text.endsWith("/")) {
            text = text + "**";
        }
        return new Glob(pattern.trim(), Pattern.compile(toRegex(text)));
    }

    /** Whether a path relative to the base directory, with {@code /} separators, matches. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean folders = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(folders ? "(?:.*/)?" : ".*");
                i += folders ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
