package dev.hydra.files;

import java.util.regex.Pattern;

/**
 * A file pattern as Maven users write them (Ant style), matched against a path relative to the project's base
 * directory with {@code /} separators: {@code *} and {@code ?} stay within one folder, {@code **} spans folders,
 * and {@code **}{@code /} also matches no folder at all, so {@code **}{@code /*.md} matches {@code README.md} too.
 * {@code [abc]} is one of these characters ({@code [!abc]} none of them, {@code [a-z]} a range), and {@code {md,adoc}}
 * one of these texts, as in Java's and the shells' globs. A pattern that ends with {@code /} matches everything below
 * that folder.
 */
public final class Glob {

    private final String text;
    private final Pattern regex;

    private Glob(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * @throws IllegalArgumentException for an empty pattern, one that leaves the base directory, or one that cannot
     *     be read (a {@code [} or {@code {} that is not closed)
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
        return new Glob(pattern.trim(), Pattern.compile(toRegex(text, pattern.trim())));
    }

    /** Whether a path relative to the base directory, with {@code /} separators, matches. */
    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String glob, String written) {
        StringBuilder regex = new StringBuilder();
        boolean inAlternatives = false;
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
            } else if (c == '[') {
                i = characterClass(glob, i, regex, written);
            } else if (c == '{' && !inAlternatives) {
                if (glob.indexOf('}', i) < 0) {
                    throw unreadable(written, "a '{' without its closing '}'", "{md,adoc}");
                }
                regex.append("(?:");
                inAlternatives = true;
            } else if (c == ',' && inAlternatives) {
                regex.append('|');
            } else if (c == '}' && inAlternatives) {
                regex.append(')');
                inAlternatives = false;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** Appends the class that starts at {@code open}; returns the index of its closing bracket. */
    private static int characterClass(String glob, int open, StringBuilder regex, String written) {
        int i = open + 1;
        boolean negated = i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^');
        if (negated) {
            i++;
        }
        int first = i;
        StringBuilder members = new StringBuilder();
        // a ']' right after the opening bracket is a member, as in the shells
        while (i < glob.length() && (glob.charAt(i) != ']' || i == first)) {
            char c = glob.charAt(i);
            if (c == '/') {
                throw unreadable(written, "a '/' inside [ ], which matches within one folder name", "[abc]");
            }
            boolean range = c == '-' && i > first && i + 1 < glob.length() && glob.charAt(i + 1) != ']';
            // a backslash makes any character but a letter or digit itself inside a class
            members.append(range || Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c);
            i++;
        }
        if (i >= glob.length()) {
            throw unreadable(written, "a '[' without its closing ']'", "[abc]");
        }
        regex.append(negated ? "[^/" : "[").append(members).append(']');
        return i;
    }

    private static IllegalArgumentException unreadable(String written, String problem, String example) {
        return new IllegalArgumentException("the file pattern '" + written + "' cannot be read: it has " + problem
                + " (" + example + " matches one of these; to match the character itself, write it inside [ ], as"
                + " [[] or [{])");
    }
}
