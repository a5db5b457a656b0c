package dev.hydra.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Parses a page's bytes into the DOM that {@code Jsoup.parse(InputStream, charset, baseUri, parser)} builds, with less
 * work. jsoup decodes through a stream reader and, when no charset is given, first parses the first 5 KB as UTF-8 only to
 * look for a {@code <meta>} charset, then parses the whole page again. Here the bytes are decoded at once and a page
 * without a charset is parsed as UTF-8 once; jsoup's own way is taken when the page starts with a byte order mark or
 * when its sniffing could find another charset than UTF-8.
 */
final class PageParser {

    /** How many bytes jsoup sniffs for a {@code <meta>} charset (DataUtil's firstReadBufferSize). */
    private static final int SNIFFED_BYTES = 5 * 1024;

    /** The {@code <meta>} elements jsoup reads a charset from (DataUtil's metaCharset). */
    private static final Evaluator CHARSET_META = Selector.evaluatorOf("meta[http-equiv=content-type], meta[charset]");

    /** How jsoup finds the charset in a Content-Type value (DataUtil's charsetPattern). */
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("(?i)\\bcharset=\\s*(?:\"|')?([^\\s,;\"']*)");

    private PageParser() {}

    /** @param charset the charset from the Content-Type header, or null to detect it from a BOM or {@code <meta>} */
    static Document parse(byte[] body, Charset charset, String baseUri) {
        if (startsWithByteOrderMark(body)) {
            return parseWithJsoup(body, charset, baseUri);
        }
        if (charset != null) {
            return parser().parseInput(new String(body, charset), baseUri);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Document document = parser().parseInput(text, baseUri);
        return sniffingFindsUtf8(document, text) ? document : parseWithJsoup(body, null, baseUri);
    }

    private static Parser parser() {
        return Parser.htmlParser().setTrackPosition(true);
    }

    private static Document parseWithJsoup(byte[] body, Charset charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset == null ? null : charset.name(), baseUri, parser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A byte order mark overrides both the header and {@code <meta>} in jsoup. */
    private static boolean startsWithByteOrderMark(byte[] body) {
        return startsWith(body, 0xEF, 0xBB, 0xBF) || startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE)
                || startsWith(body, 0x00, 0x00, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether jsoup's sniffing of {@code document}'s first 5 KB would settle on UTF-8: each charset {@code <meta>} that
     * ends there names UTF-8 or no charset, and the page does not start with what could be an XML declaration. The
     * DOM gives a tag's end in characters; it is known to lie in the first 5 KB when all before it is ASCII, one byte
     * per character, and known to lie past them when it ends past the 5,120th character.
     */
    private static boolean sniffingFindsUtf8(Document document, String text) {
        for (Element meta : document.getElementsByTag("meta")) {
            if (!CHARSET_META.matches(document, meta)) {
                continue;
            }
            int end = meta.sourceRange().end().pos();
            if (end > SNIFFED_BYTES) {
                continue;
            }
            if (!isAscii(text, end) || !namesUtf8OrNoCharset(meta)) {
                return false;
            }
        }
        Node first = document.childNodeSize() > 0 ? document.childNode(0) : null;
        return !(first instanceof Comment || first instanceof XmlDeclaration);
    }

    /** Whether the charset jsoup reads from this {@code <meta>} is UTF-8 or none (the rest is left to jsoup). */
    private static boolean namesUtf8OrNoCharset(Element meta) {
        if (meta.hasAttr("http-equiv")) {
            Matcher charset = CONTENT_TYPE_CHARSET.matcher(meta.attr("content"));
            if (charset.find()) {
                return charset.group(1).equalsIgnoreCase("utf-8");
            }
        }
        return !meta.hasAttr("charset") || meta.attr("charset").equalsIgnoreCase("utf-8");
    }

    private static boolean isAscii(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
