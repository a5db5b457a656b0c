package dev.hydra.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses a page's bytes with jsoup's own entry point, so that the charset is found exactly as jsoup finds it: a byte
 * order mark first, then the Content-Type header's charset, then a {@code <meta>} charset in the first 5 KB, else
 * UTF-8. jsoup decodes the bytes as it reads them (no second copy of the page as a String), and tracks source
 * positions for the links' line numbers.
 */
final class PageParser {

    private PageParser() {}

    /** @param charset the charset from the Content-Type header, or null to detect it from a BOM or {@code <meta>} */
    static Document parse(byte[] body, Charset charset, String baseUri) {
        try {
            return Jsoup.parse(
                    new ByteArrayInputStream(body),
                    charset == null ? null : charset.name(),
                    baseUri,
                    Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }
}
