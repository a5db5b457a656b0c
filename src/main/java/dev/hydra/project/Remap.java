package dev.hydra.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code remaps} entry, {@code REGEX REPLACEMENT} as lychee's {@code --remap} reads it: a link whose URL the
 * expression is found in is judged as the replacement, another URL or, when the replacement is no absolute URL, a
 * path relative to the project's folder ({@code ^https://mirror\.example\.net/lib/(.*)$ $1}).
 *
 * @param pattern the regular expression, found anywhere in the URL unless anchored
 * @param replacement what the first match is replaced with; {@code $1} names a group
 */
public record Remap(Pattern pattern, String replacement) {

    private static final Pattern ABSOLUTE_URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** Reads {@code REGEX REPLACEMENT}: the two are separated by the first run of white space. */
    public static Remap parse(String text) {
        String entry = text.strip();
        int space = 0;
        while (space < entry.length() && !Character.isWhitespace(entry.charAt(space))) {
            space++;
        }
        if (space == entry.length()) {
            throw new IllegalArgumentException("remaps: '" + text
                    + "' needs a regular expression and a replacement separated by a space, such as"
                    + " '^https://mirror\\.example\\.net/lib/(.*)$ $1'");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(entry.substring(0, space));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "remaps: '" + entry.substring(0, space) + "' is not a regular expression: " + e.getDescription());
        }
        String replacement = entry.substring(space).strip();
        Matcher groups = GROUP_REFERENCE.matcher(replacement);
        int count = pattern.matcher("").groupCount();
        while (groups.find()) {
            if (Integer.parseInt(groups.group(1)) > count) {
                throw new IllegalArgumentException("remaps: the replacement '" + replacement + "' names group $"
                        + groups.group(1) + ", but '" + pattern + "' has " + count + " (escape a literal $ as \\$)");
            }
        }
        return new Remap(pattern, replacement);
    }

    /** A {@code $1} in a replacement, not preceded by a backslash. */
    private static final Pattern GROUP_REFERENCE = Pattern.compile("(?<!\\\\)\\$(\\d)");

    /** What the URL is rewritten to, or null when the expression is not found in it. */
    public String apply(String url) {
        Matcher matcher = pattern.matcher(url);
        if (!matcher.find()) {
            return null;
        }
        try {
            return matcher.replaceFirst(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException(
                    "remaps: the replacement '" + replacement + "' does not fit '" + pattern + "': " + e.getMessage(),
                    e);
        }
    }

    /** Whether a rewritten link is another URL rather than a path of the project. */
    public static boolean isAbsoluteUrl(String rewritten) {
        return ABSOLUTE_URL.matcher(rewritten).find();
    }

    @Override
    public String toString() {
        return pattern + " " + replacement;
    }
}
