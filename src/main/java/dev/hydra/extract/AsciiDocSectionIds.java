package dev.hydra.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates a section id from its title as Asciidoctor's {@code Section.generate_id} does: the title's text is
 * lower-cased, HTML tags, character references and every character that is not a word character (letter, mark,
 * decimal digit, connector punctuation), space, {@code -} or {@code .} are dropped, the prefix is put in front, and
 * each run of spaces, separators, dots and dashes becomes one separator; a trailing separator is dropped, and so is a
 * leading one when the prefix is empty. An id already taken gets the separator and 2, 3, ... appended.
 */
final class AsciiDocSectionIds {

    /** Inline macros whose text is what the title shows: {@code link:x[text]}, {@code https://x[text]}, ... */
    private static final Pattern MACRO_TEXT =
            Pattern.compile("(?:link:|xref:|mailto:|(?:https?|ftp|irc|file)://)[^\\s\\[]*\\[([^\\]]*)\\]");

    private static final Pattern IMAGE = Pattern.compile("image::?[^\\s\\[][^\\[]*\\[[^\\]]*\\]");
    private static final Pattern REFERENCE_TEXT = Pattern.compile("<<[^,>]*,\\s*([^>]*)>>");
    private static final Pattern REFERENCE = Pattern.compile("<<([^,>]*)>>");
    private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[[^\\]]*\\]\\]");
    /** Formatting marks of bold, italic, monospace and highlight that Asciidoctor turns into tags. */
    private static final Pattern FORMATTING = Pattern.compile("(?<![\\p{L}\\p{N}])[_*`#]+|[_*`#]+(?![\\p{L}\\p{N}])");
    /** Asciidoctor's InvalidSectionIdCharsRx: tags, character references, and what is not a word, space, - or . */
    private static final Pattern INVALID = Pattern.compile("<[^>]+>"
            + "|&(?:[a-z][a-z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-f][\\da-f][\\da-f]{0,3});"
            + "|[^ \\p{L}\\p{M}\\p{Nd}\\p{Pc}\\-.]+");

    private AsciiDocSectionIds() {}

    /**
     * @param title the title as written, attribute references already replaced
     * @param prefix the {@code idprefix} attribute ({@code _} unless set)
     * @param separator the {@code idseparator} attribute ({@code _} unless set; only its first character counts)
     * @param taken the ids already defined before this section
     */
    static String generate(String title, String prefix, String separator, Set<String> taken) {
        String text = MACRO_TEXT.matcher(title).replaceAll("$1");
        text = IMAGE.matcher(text).replaceAll("");
        text = REFERENCE_TEXT.matcher(text).replaceAll("$1");
        text = REFERENCE.matcher(text).replaceAll("$1");
        text = INLINE_ANCHOR.matcher(text).replaceAll("");
        text = FORMATTING.matcher(text).replaceAll("");
        String id = prefix + INVALID.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        String sep = separator.isEmpty() ? "" : separator.substring(0, 1);
        if (sep.isEmpty()) {
            id = id.replace(" ", "");
        } else {
            id = squeeze(id, sep.charAt(0));
            if (id.endsWith(sep)) {
                id = id.substring(0, id.length() - 1);
            }
            if (prefix.isEmpty() && id.startsWith(sep)) {
                id = id.substring(1);
            }
        }
        if (taken.contains(id)) {
            int count = 2;
            while (taken.contains(id + sep + count)) {
                count++;
            }
            id = id + sep + count;
        }
        return id;
    }

    /** Ruby's {@code tr_s}: each run of spaces, dots, dashes and separators becomes one separator. */
    private static String squeeze(String id, char sep) {
        StringBuilder out = new StringBuilder(id.length());
        boolean inRun = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == ' ' || c == '.' || c == '-' || c == sep) {
                if (!inRun) {
                    out.append(sep);
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }
}
