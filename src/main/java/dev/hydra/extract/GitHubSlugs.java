package dev.hydra.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns Markdown heading texts into the ids GitHub gives them, as github-slugger does: the text is lower-cased, every
 * punctuation, symbol, separator, control, format, private-use and unassigned character and every "other number"
 * (such as {@code ²}) is dropped unless it is alphabetic, a space or {@code -}, and each space becomes {@code -}.
 * Letters of any script, digits, marks and {@code _} stay, and runs of {@code -} are not collapsed: "C++ &amp; Java"
 * is {@code c--java}.
 *
 * <p>One instance slugs one document: a slug already given gets {@code -1}, {@code -2}, ... appended, counting per
 * original slug and skipping any suffixed slug already taken, exactly as github-slugger's occurrence counter does.
 *
 * <p>GitHub renders the ids with a {@code user-content-} prefix and its page script makes {@code #foo} and
 * {@code #user-content-foo} both work; the slugs here are the plain ids, and {@link #withoutUserContentPrefix} gives
 * the id a {@code #user-content-foo} fragment names.
 */
public final class GitHubSlugs {

    private static final String USER_CONTENT = "user-content-";

    /** The number of times each original slug was asked for beyond the first, and every slug already given. */
    private final Map<String, Integer> occurrences = new HashMap<>();

    /** The unique id of a heading whose rendered text content is {@code text}. */
    public String slug(String text) {
        String original = plainSlug(text);
        String slug = original;
        while (occurrences.containsKey(slug)) {
            int count = occurrences.merge(original, 1, Integer::sum);
            slug = original + "-" + count;
        }
        occurrences.put(slug, 0);
        return slug;
    }

    /** The slug of {@code text} without the uniqueness suffix. */
    public static String plainSlug(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (cp == ' ') {
                slug.append('-');
            } else if (cp == '-' || Character.isAlphabetic(cp) || !isDropped(Character.getType(cp))) {
                slug.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return slug.toString();
    }

    /** The id a fragment names on GitHub: {@code user-content-foo} is {@code foo}; any other fragment is itself. */
    public static String withoutUserContentPrefix(String fragment) {
        return fragment.startsWith(USER_CONTENT) ? fragment.substring(USER_CONTENT.length()) : fragment;
    }

    /** The general categories github-slugger removes. */
    private static boolean isDropped(int type) {
        return switch (type) {
            case Character.OTHER_NUMBER,
                    Character.END_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.OTHER_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL,
                    Character.CONTROL,
                    Character.PRIVATE_USE,
                    Character.FORMAT,
                    Character.UNASSIGNED,
                    Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
