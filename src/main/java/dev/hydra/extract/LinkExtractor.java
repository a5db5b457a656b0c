package dev.hydra.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Finds the links and anchors of an HTML page with jsoup, with the source line of each link. */
public final class LinkExtractor {

    /** Elements and attributes that hold one URL. */
    private static final String[][] URL_ATTRIBUTES = {
        {"a", "href"}, {"area", "href"}, {"link", "href"}, {"img", "src"}, {"source", "src"}, {"script", "src"},
        {"iframe", "src"}, {"frame", "src"}, {"video", "src"}, {"video", "poster"}, {"audio", "src"},
        {"track", "src"}, {"embed", "src"}, {"object", "data"}, {"input", "src"}
    };

    /** Elements and attributes that hold a list of image candidates. */
    private static final String[][] SRCSET_ATTRIBUTES = {{"img", "srcset"}, {"source", "srcset"}};

    /** {@code <link rel>} values that name a host to warm up, not a resource. */
    private static final Set<String> HINT_RELS = Set.of("preconnect", "dns-prefetch");

    private LinkExtractor() {}

    /**
     * Parses {@code body} as HTML.
     *
     * @param body the page's bytes
     * @param charset the charset from the Content-Type header, or null to detect it from a BOM or {@code <meta>}
     * @param pageUri the page's own URL, the base for relative links unless the page has {@code <base href>}
     */
    public static PageLinks extract(byte[] body, Charset charset, URI pageUri) {
        Document document;
        try {
            document = Jsoup.parse(
                    new ByteArrayInputStream(body),
                    charset == null ? null : charset.name(),
                    pageUri.toString(),
                    Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI base = baseOf(document, pageUri);
        List<ExtractedLink> links = new ArrayList<>();
        for (String[] pair : URL_ATTRIBUTES) {
            for (Element element : document.select(pair[0] + "[" + pair[1] + "]")) {
                if (pair[0].equals("link") && isHint(element)) {
                    continue;
                }
                if (pair[0].equals("input") && !element.attr("type").equalsIgnoreCase("image")) {
                    continue;
                }
                String raw = element.attr(pair[1]);
                links.add(new ExtractedLink(raw, UrlNormalizer.resolve(raw, base), lineOf(element)));
            }
        }
        for (String[] pair : SRCSET_ATTRIBUTES) {
            for (Element element : document.select(pair[0] + "[" + pair[1] + "]")) {
                for (String candidate : SrcsetParser.urls(element.attr(pair[1]))) {
                    links.add(new ExtractedLink(candidate, UrlNormalizer.resolve(candidate, base), lineOf(element)));
                }
            }
        }
        return new PageLinks(links, anchorsOf(document));
    }

    private static URI baseOf(Document document, URI pageUri) {
        Element baseElement = document.selectFirst("base[href]");
        if (baseElement == null) {
            return pageUri;
        }
        LinkTarget target = UrlNormalizer.resolve(baseElement.attr("href"), pageUri);
        return target instanceof LinkTarget.Web web ? web.uri() : pageUri;
    }

    private static boolean isHint(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (HINT_RELS.contains(rel)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> anchorsOf(Document document) {
        Set<String> anchors = new HashSet<>();
        for (Element element : document.select("[id]")) {
            anchors.add(element.id());
        }
        for (Element element : document.select("a[name]")) {
            anchors.add(element.attr("name"));
        }
        return anchors;
    }

    private static int lineOf(Element element) {
        int line = element.sourceRange().start().lineNumber();
        return Math.max(line, 0);
    }
}
