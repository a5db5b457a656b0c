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
 * UTF-8; only where that search cannot change how the bytes read (see {@link #isPlainAscii}) is it left out. jsoup decodes the bytes as it reads them (no second copy of the page as a String), and tracks source
 * positions for the links' line numbers.
 */
final class PageParser {

    private PageParser() {}

    /** The names of charsets in which ASCII bytes mean what they mean in ASCII, as pages declare them (lower case). */
    private static final String[] ASCII_COMPATIBLE = {
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-", "iso8859", "iso_8859", "latin1", "windows-125", "cp125"
    };

    /**
     * Whether jsoup's detection can only find a charset that reads these bytes as they read in UTF-8, so that it can
     * be skipped: it parses the first 5 KB of the page once more to look for a {@code <meta>} charset. That holds
     * for a page of ASCII bytes alone (no byte order mark, no NUL) in which every charset declaration ({@code
     * charset=} in a {@code <meta>}, {@code encoding=} in an XML declaration) names an ASCII-compatible charset: all
     * of those decode ASCII bytes alike. A page that declares anything else (UTF-16, EBCDIC, UTF-7) is left to jsoup.
     */
    static boolean isPlainAscii(byte[] body) {
        int searched = Math.min(body.length, SEARCHED);
        for (int i = 0; i < searched; i++) {
            int b = body[i];
            if (b <= 0) {
                return false;
            }
            int lower = b | 0x20; // a letter in lower case; what it does to other bytes matters not here
            if (lower == 'c' && matches(body, i, "charset") && !namesAsciiCompatible(body, i + "charset".length())) {
                return false;
            }
            if (lower == 'e' && matches(body, i, "encoding") && !namesAsciiCompatible(body, i + "encoding".length())) {
                return false;
            }
        }
        for (int i = searched; i < body.length; i++) {
            if (body[i] <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How far declarations are looked for: jsoup looks in the first 5 KB only (a {@code <meta>} further down does not
     * count for it); a little more is read here, to stay on the safe side of that.
     */
    private static final int SEARCHED = 8 * 1024;

    /**
     * Whether what follows the word {@code charset} or {@code encoding} is no declaration ({@code =} does not follow)
     * or one that names an ASCII-compatible charset.
     */
    private static boolean namesAsciiCompatible(byte[] body, int afterWord) {
        int at = skip(body, afterWord, " \t\r\n\f");
        if (at >= body.length || body[at] != '=') {
            return true; // the word in text, not a declaration
        }
        at = skip(body, at + 1, " \t\r\n\f\"'");
        for (String charset : ASCII_COMPATIBLE) {
            if (matches(body, at, charset)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case ASCII {@code text} is at {@code from}, in any case. */
    private static boolean matches(byte[] body, int from, String text) {
        if (from + text.length() > body.length) {
            return false;
        }
        for (int j = 0; j < text.length(); j++) {
            int c = body[from + j];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != text.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static int skip(byte[] body, int from, String characters) {
        int at = from;
        while (at < body.length && characters.indexOf(body[at]) >= 0) {
            at++;
        }
        return at;
    }

    /** @param charset the charset from the Content-Type header, or null to detect it from a BOM or {@code <meta>} */
    static Document parse(byte[] body, Charset charset, String baseUri) {
        String name = charset != null ? charset.name() : isPlainAscii(body) ? "UTF-8" : null;
        try {
            return Jsoup.parse(
                    new ByteArrayInputStream(body),
                    name,
                    baseUri,
                    Parser.htmlParser().setTrackPosition(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
    }
}
