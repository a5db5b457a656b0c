package dev.hydra.output;

/**
 * Escaping for text from crawled pages inside a Markdown table cell: nothing in it may start a link,
 * an image, emphasis, a code span, raw HTML or a new cell or line.
 */
final class Markdown {

    private Markdown() {}

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '!', '#' ->
                    out.append('\\').append(c);
                case '\n', '\r', '\t' -> out.append(' ');
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
