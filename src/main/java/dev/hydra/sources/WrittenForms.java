package dev.hydra.sources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms a link of a generated page may be written as in its source, from the link as the page writes it (its
 * {@code href}): always the whole link inside its syntax ({@code ](gone.html)}, {@code {{{gone.html}text}}},
 * {@code href="gone.html"}), never a part of it, so that a line is named only when it holds the link. Groups come
 * most exact first: the link as the page writes it, then as Doxia may have changed it (a Markdown {@code gone.md} or
 * an APT {@code ./gone} for {@code gone.html}), then percent-decoded.
 */
final class WrittenForms {

    private WrittenForms() {}

    /** The markers of a link written with the Doxia extension of its source, which Doxia may write as {@code .html}. */
    private static final List<String> MARKDOWN_EXTENSIONS = List.of(".md", ".markdown");

    /**
     * One spelling of a link and the patterns of the syntax around it, compiled when a line first holds the spelling:
     * most lines of most sources do not, and a site's skipped links are many.
     */
    static final class Form {

        private final String spelling;
        private final Origin.Syntax syntax;
        private List<Pattern> patterns;

        Form(String spelling, Origin.Syntax syntax) {
            this.spelling = spelling;
            this.syntax = syntax;
        }

        /** The link's text, which a line must hold for any pattern to match. */
        String spelling() {
            return spelling;
        }

        /** The link inside the syntax of a link. */
        List<Pattern> patterns() {
            if (patterns == null) {
                patterns = WrittenForms.patterns(spelling, syntax);
            }
            return patterns;
        }
    }

    /**
     * @param href the link as the generated page writes it
     * @param syntax the source's syntax
     * @return groups of forms, most exact first; a form's patterns find the link where it is written
     */
    static List<List<Form>> of(String href, Origin.Syntax syntax) {
        List<Set<String>> spellings = new ArrayList<>();
        spellings.add(exact(href, syntax));
        spellings.add(rewritten(href, syntax));
        Set<String> decoded = new LinkedHashSet<>();
        spellings.forEach(group -> group.forEach(spelling -> {
            String plain = decode(spelling);
            if (plain != null && !plain.equals(spelling)) {
                decoded.add(plain); // a space or a non-ASCII letter is written as it is, and shown encoded
            }
        }));
        spellings.add(decoded);
        List<List<Form>> groups = new ArrayList<>();
        for (Set<String> group : spellings) {
            List<Form> forms = group.stream()
                    .filter(spelling -> !spelling.isBlank())
                    .map(spelling -> new Form(spelling, syntax))
                    .toList();
            if (!forms.isEmpty()) {
                groups.add(forms);
            }
        }
        return List.copyOf(groups);
    }

    /**
     * Where a source writes a link: the 1-based line of each occurrence (a line twice when it holds the link twice), in
     * the order written, of the first group of forms found at all.
     *
     * @param lines the source's lines
     * @param allowed which lines may hold a link (a Java file's doc comments), or null for all
     * @param groups the forms of {@link #of}
     */
    static List<Integer> lines(List<String> lines, boolean[] allowed, List<List<Form>> groups) {
        for (List<Form> group : groups) {
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (allowed != null && !allowed[i]) {
                    continue;
                }
                // one occurrence found by two patterns ("](<x>)" and "<x>") is one: it is where the link starts
                Set<Integer> columns = new HashSet<>();
                for (Form form : group) {
                    if (!line.contains(form.spelling())) {
                        continue;
                    }
                    for (Pattern pattern : form.patterns()) {
                        Matcher matcher = pattern.matcher(line);
                        while (matcher.find()) {
                            columns.add(matcher.start(LINK));
                        }
                    }
                }
                for (int k = 0; k < columns.size(); k++) {
                    found.add(i + 1);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static Set<String> exact(String href, Origin.Syntax syntax) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(href);
        if (syntax != Origin.Syntax.APT && href.contains("&")) {
            spellings.add(href.replace("&", "&amp;")); // an XML or HTML attribute escapes it
        }
        if (syntax == Origin.Syntax.APT && href.startsWith("#")) {
            spellings.add(href.substring(1)); // APT writes a link inside the document without its '#'
        }
        return spellings;
    }

    /** The spellings Doxia turns into the page's {@code .html} link, or {@code ./} link, in some versions. */
    private static Set<String> rewritten(String href, Origin.Syntax syntax) {
        Set<String> spellings = new LinkedHashSet<>();
        int cut = SitePaths.firstOf(href, '?', '#');
        String path = cut < 0 ? href : href.substring(0, cut);
        String rest = cut < 0 ? "" : href.substring(cut);
        if (syntax == Origin.Syntax.MARKDOWN && path.endsWith(".html") && !isAbsolute(path)) {
            String name = path.substring(0, path.length() - ".html".length());
            MARKDOWN_EXTENSIONS.forEach(extension -> spellings.add(name + extension + rest));
        }
        if (syntax == Origin.Syntax.APT && !isAbsolute(path)) {
            List<String> paths = new ArrayList<>(List.of(path));
            if (path.endsWith(".html")) {
                String name = path.substring(0, path.length() - ".html".length());
                paths.add(name);
                paths.add(name + ".apt");
            }
            for (String written : paths) {
                spellings.add(written + rest);
                spellings.add(written.startsWith("./") ? written.substring(2) + rest : "./" + written + rest);
            }
            spellings.remove(href);
        }
        return spellings;
    }

    /** The name of the group of each pattern that is the link itself. */
    private static final String LINK = "link";

    private static List<Pattern> patterns(String spelling, Origin.Syntax syntax) {
        String q = "(?<" + LINK + ">" + Pattern.quote(spelling) + ")";
        String attribute = "([\"'])" + q + "\\1";
        return switch (syntax) {
            case MARKDOWN -> {
                List<Pattern> markdown = new ArrayList<>(List.of(
                        Pattern.compile("\\]\\(\\s*<?" + q + ">?(?=[\\s)])"),
                        Pattern.compile("^\\s{0,3}\\[[^\\]]+\\]:\\s*<?" + q + ">?(?=\\s|$)"),
                        Pattern.compile("<" + q + ">"),
                        Pattern.compile("\\b(?i:href|src)\\s*=\\s*" + attribute)));
                if (isAbsolute(spelling) && !spelling.startsWith("/")) {
                    // an autolink: a URL in the text, between spaces, parentheses or emphasis, before punctuation
                    markdown.add(Pattern.compile("(?<![^\\s(*_])" + q + "(?=$|[\\s)*_]|[.,;:!?](?:\\s|$))"));
                }
                yield markdown;
            }
            case APT -> List.of(Pattern.compile("\\{\\{\\{" + q + "}"), Pattern.compile("\\{\\{" + q + "}}"));
            case MARKUP, JAVA -> List.of(Pattern.compile("\\b(?i:href|src|data|poster)\\s*=\\s*" + attribute));
            case SITE_DESCRIPTOR ->
                List.of(
                        Pattern.compile("\\b(?i:href|img|src)\\s*=\\s*" + attribute),
                        Pattern.compile("<(?i:href|img|src)>\\s*" + q + "\\s*</"));
        };
    }

    /** Whether a link names its scheme ({@code https:}, {@code mailto:}) or starts at the root. */
    static boolean isAbsolute(String href) {
        return href.startsWith("/") || href.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
