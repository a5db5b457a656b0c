package dev.hydra.output;

import dev.hydra.extract.DocumentFormat;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * A link from a page of a site to another page of the same site, written relative to the first page's folder
 * ({@code ../module-b/notes.html}), so that it works wherever the site is published.
 */
final class RelativeHref {

    private RelativeHref() {}

    /**
     * @param fromFolder the folder of the linking page, site-absolute, starting and ending with {@code /}
     * @param page a site-absolute page as reports show it ({@code /guide.html#install})
     * @return the relative link, or null for a page that is no page of the site: not site-absolute (the start, a
     *     live site's URL), a project file ({@code /README.md}), or no valid URI reference
     */
    static String of(String fromFolder, String page) {
        if (!page.startsWith("/") || page.startsWith("//")) {
            return null;
        }
        int cut = firstOf(page, '?', '#');
        String path = cut < 0 ? page : page.substring(0, cut);
        String suffix = cut < 0 ? "" : page.substring(cut);
        if (DocumentFormat.of(path)
                .filter(format -> format != DocumentFormat.HTML)
                .isPresent()) {
            return null;
        }
        String[] from = fromFolder.substring(1).split("/", -1); // "a/b/" gives a, b and a last empty name
        String[] to = path.substring(1).split("/", -1);
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder("../".repeat(from.length - 1 - common));
        href.append(String.join("/", java.util.Arrays.copyOfRange(to, common, to.length)));
        if (href.length() == 0) {
            href.append("./");
        } else if (href.charAt(0) != '.' && href.indexOf(":") >= 0 && href.indexOf(":") < firstSlash(href)) {
            href.insert(0, "./"); // "a:b.html" would read as a link with the scheme "a"
        }
        href.append(suffix);
        try {
            new URI(href.toString());
            return href.toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int firstSlash(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '/') {
                return i;
            }
        }
        return text.length();
    }

    private static int firstOf(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }
}
