package dev.hydra.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkResult;

/**
 * Finds the links and anchors of a Markdown file as GitHub renders it: CommonMark with GFM tables and autolinks.
 *
 * <p>Links are inline links and images, reference links (full, collapsed and shortcut, at the line where they are
 * used), {@code <https://...>} autolinks, bare {@code https://}, {@code www.} (as {@code http://www.}) and e-mail
 * addresses (as {@code mailto:}), and the URL attributes of raw HTML, blocks and inline tags alike, read by
 * {@link LinkExtractor}. A reference definition that no link uses is still reported, at its own line: GitHub does not
 * render it, but the dead URL is in the file for anyone to copy. Code spans and code blocks hold no links.
 *
 * <p>A link's raw text is its destination as GitHub puts it in the {@code href}, before percent-encoding: escapes and
 * entities decoded, {@code <angle brackets>} removed (so {@code [x](<my file.md>)} is a link to {@code my%20file.md},
 * while {@code [x](my file.md)} is no link at all, as on GitHub), autolinks completed with their scheme.
 *
 * <p>Anchors are the headings' ids (see {@link GitHubSlugs}: the plain id, which a {@code #user-content-}
 * fragment also names on GitHub) and the {@code id} and {@code <a name>} of raw HTML.
 *
 * <p>A link is marked ignored (not to be checked) when an HTML comment {@code <!-- hydra-ignore -->} stands before it
 * on its line or the line above, when it lies between {@code <!-- hydra-ignore-start -->} and
 * {@code <!-- hydra-ignore-end -->}, or when its raw HTML carries {@code data-hydra-ignore}.
 *
 * <p>Links are listed in document order: by line, and in the order they are written on a line, except that the links
 * of one line of raw HTML come in {@link LinkExtractor}'s order.
 */
public final class MarkdownLinks {

    /** An HTML comment, its text in group 1; Hydra's own are {@code <!-- hydra-ignore -->} and its block pair. */
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private MarkdownLinks() {}

    /** Reads {@code body} as UTF-8, malformed bytes replaced; {@code fileUri} is the base of relative links. */
    public static PageLinks extract(byte[] body, URI fileUri) {
        return extract(new String(body, StandardCharsets.UTF_8), fileUri);
    }

    /** Parses {@code markdown}; a leading byte order mark is ignored, as GitHub does. */
    public static PageLinks extract(String markdown, URI fileUri) {
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        Set<LinkReferenceDefinition> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Parser parser = Parser.builder()
                .extensions(EXTENSIONS)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .linkProcessor((info, scanner, context) -> {
                    if (info.destination() == null) {
                        // a reference link: full [text][label], or collapsed [text][] and shortcut [text]
                        String label =
                                info.label() == null || info.label().isEmpty() ? info.text(scanner) : info.label();
                        LinkReferenceDefinition definition =
                                context.getDefinition(LinkReferenceDefinition.class, label);
                        if (definition != null) {
                            used.add(definition);
                        }
                    }
                    return LinkResult.none(); // commonmark's own processing makes the link
                })
                .build();
        Collector collector = new Collector(fileUri, used);
        parser.parse(text).accept(collector);
        return collector.result();
    }

    /** One walk over the parsed document, gathering links and anchors. */
    private static final class Collector extends AbstractVisitor {

        private final URI fileUri;
        private final Set<LinkReferenceDefinition> usedDefinitions;
        private final List<ExtractedLink> links = new ArrayList<>();
        private final Set<String> anchors = new HashSet<>();
        private final GitHubSlugs slugs = new GitHubSlugs();
        private final IgnoreComments ignoreComments = new IgnoreComments();

        Collector(URI fileUri, Set<LinkReferenceDefinition> usedDefinitions) {
            this.fileUri = fileUri;
            this.usedDefinitions = usedDefinitions;
        }

        PageLinks result() {
            // raw HTML and unused definitions may list links out of line order; the sort is stable
            links.sort(Comparator.comparingInt(ExtractedLink::line));
            return new PageLinks(links, anchors);
        }

        @Override
        public void visit(Link link) {
            add(link.getDestination(), lineOf(link));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            add(image.getDestination(), lineOf(image));
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            if (!usedDefinitions.contains(definition)) {
                add(definition.getDestination(), lineOf(definition));
            }
        }

        @Override
        public void visit(HtmlBlock block) {
            html(block.getLiteral(), lineOf(block));
        }

        @Override
        public void visit(HtmlInline inline) {
            html(inline.getLiteral(), lineOf(inline));
        }

        @Override
        public void visit(Heading heading) {
            StringBuilder text = new StringBuilder();
            appendText(heading, text);
            anchors.add(slugs.slug(text.toString()));
            visitChildren(heading);
        }

        @Override
        public void visit(Code code) {
            // a code span's text is never a link
        }

        @Override
        public void visit(FencedCodeBlock block) {
            // nor is a code block's
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            // nor an indented one's
        }

        private void add(String raw, int line) {
            add(new ExtractedLink(raw, UrlNormalizer.resolve(raw, fileUri), line));
        }

        /** Every link goes through here, in document order, so that {@code hydra-ignore} comments meet their link. */
        private void add(ExtractedLink link) {
            boolean ignored = ignoreComments.ignores(link.line()) || link.ignored();
            links.add(new ExtractedLink(link.raw(), link.target(), link.line(), ignored));
        }

        /** Reads a piece of raw HTML starting at {@code line} for its links and anchors. */
        private void html(String literal, int line) {
            Matcher comment = HTML_COMMENT.matcher(literal);
            while (comment.find()) {
                ignoreComments.comment(comment.group(1), line + lineBreaks(literal, comment.start()));
            }
            if (literal.indexOf('=') < 0) {
                return; // no attribute: a closing tag, a comment, a bare element
            }
            PageLinks fragment =
                    LinkExtractor.extract(literal.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, fileUri);
            for (ExtractedLink link : fragment.links()) {
                int within = Math.max(link.line(), 1);
                add(new ExtractedLink(link.raw(), link.target(), line == 0 ? 0 : line + within - 1, link.ignored()));
            }
            anchors.addAll(fragment.anchors());
        }

        /**
         * The text content of a heading as GitHub renders it: text, code and link text kept, line breaks as
         * {@code \n}, images (their alt text) and HTML tags dropped.
         */
        private static void appendText(Node parent, StringBuilder text) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text plain) {
                    text.append(plain.getLiteral());
                } else if (node instanceof Code code) {
                    text.append(code.getLiteral());
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    text.append('\n');
                } else if (!(node instanceof Image) && !(node instanceof HtmlInline)) {
                    appendText(node, text);
                }
            }
        }

        private static int lineBreaks(String text, int end) {
            int count = 0;
            for (int i = 0; i < end; i++) {
                count += text.charAt(i) == '\n' ? 1 : 0;
            }
            return count;
        }

        private static int lineOf(Node node) {
            return node.getSourceSpans().isEmpty()
                    ? 0
                    : node.getSourceSpans().get(0).getLineIndex() + 1;
        }
    }
}
