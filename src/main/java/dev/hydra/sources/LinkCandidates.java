package dev.hydra.sources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The texts a link's {@code href} may have been written as in the source, derived from its resolved URL (results keep
 * no raw attribute): most specific first, so that a short form only counts when no longer one is found. A site link
 * {@code /guide/b.html#x} on the page {@code /guide/a.html} may be written {@code /guide/b.html#x},
 * {@code b.html#x}, {@code b.html} or (on its own page) {@code #x}; in Markdown {@code ](} before any of them is
 * surer still.
 */
final class LinkCandidates {

    private LinkCandidates() {}

    static List<String> of(String url, String page, Origin.Syntax syntax) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(url);
        if (url.endsWith("/")
                && url.indexOf("://") > 0
                && url.indexOf('/', url.indexOf("://") + 3) == url.length() - 1) {
            forms.add(url.substring(0, url.length() - 1)); // https://example.org/ is often written without the slash
        }
        int hash = url.indexOf('#');
        String withoutFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (url.startsWith("/") && !url.startsWith("//")) {
            String relative = relativeTo(withoutFragment, page);
            if (relative != null) {
                forms.add(relative + fragment);
                forms.add(relative);
            }
        }
        String last = withoutFragment.substring(withoutFragment.lastIndexOf('/') + 1);
        if (!last.isEmpty()) {
            forms.add(last + fragment);
            forms.add(last);
        }
        if (fragment.length() > 1) {
            forms.add(fragment);
        }
        List<String> decoded = new ArrayList<>();
        for (String form : forms) {
            String plain = decode(form);
            if (plain != null && !plain.equals(form)) {
                decoded.add(plain); // a space or a non-ASCII letter is written as it is, and reported encoded
            }
        }
        forms.addAll(decoded);
        forms.removeIf(String::isBlank);
        if (syntax != Origin.Syntax.MARKDOWN) {
            return List.copyOf(forms);
        }
        List<String> markdown = new ArrayList<>();
        forms.forEach(form -> markdown.add("](" + form));
        forms.forEach(form -> markdown.add("<" + form + ">"));
        markdown.addAll(forms);
        return List.copyOf(markdown);
    }

    /** {@code /img/a.png} from the page {@code /guide/b.html} as {@code ../img/a.png}; null when no such form helps. */
    static String relativeTo(String target, String page) {
        if (!page.startsWith("/")) {
            return null;
        }
        int cut = SitePaths.firstOf(page, '?', '#');
        String pagePath = cut < 0 ? page : page.substring(0, cut);
        String[] from = pagePath.substring(1, pagePath.lastIndexOf('/') + 1).split("/", -1); // folders, then ""
        String[] to = target.substring(1).split("/", -1);
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder relative = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            relative.append("../");
        }
        for (int i = common; i < to.length; i++) {
            relative.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return relative.isEmpty() ? "./" : relative.toString();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
