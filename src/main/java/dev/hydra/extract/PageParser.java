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
 * UTF-8; only where that search cannot change how the bytes read (see {@link #readsAsUtf8}) is it left out. jsoup
 * decodes the bytes as it reads them (no second copy of the page as a String), and tracks source positions for the
 * links' line numbers.
 */
final class PageParser {

    private PageParser() {}

    /** The names of UTF-8, as pages declare it (lower case). */
    private static final String[] UTF_8 = {"utf-8", "utf8"};

    /** The names of other charsets in which ASCII bytes mean what they mean in ASCII (lower case). */
    private static final String[] ASCII_COMPATIBLE = {
        "us-ascii", "ascii", "iso-8859-", "iso8859", "iso_8859", "latin1", "windows-125", "cp125"
    };

    /**
     * Whether jsoup's search can only end at a charset that reads these bytes as UTF-8 does, so that it can be left
     * out: it parses the first 5 KB of the page once more to look for a {@code <meta>} charset. A byte order mark
     * decides alike either way. Without one, the search ends at UTF-8 where no declaration ({@code charset=} in a
     * {@code <meta>}, {@code encoding=} in an XML declaration) names another charset; a declaration of an
     * ASCII-compatible charset reads alike too where the page is ASCII throughout. Only the first 8 KB are looked at
     * for declarations, so a page declaring UTF-8 or nothing is not read through: a plugin's first pages run before the
     * JIT compiles anything, and a loop over every byte of a large site then costs seconds. A page with a NUL there,
     * or declaring anything else (UTF-16, EBCDIC, UTF-7, an entity), is left to jsoup.
     */
    static boolean readsAsUtf8(byte[] body) {
        int searched = Math.min(body.length, SEARCHED);
        boolean asciiThroughout = false;
        for (int i = 0; i < searched; i++) {
            int b = body[i];
            if (b == 0) {
                return false;
            }
            int lower = b | 0x20; // a letter in lower case; what it does to other bytes matters not here
            Declared declared = lower == 'c' && matches(body, i, "charset")
                    ? declaration(body, i + "charset".length())
                    : lower == 'e' && matches(body, i, "encoding")
                            ? declaration(body, i + "encoding".length())
                            : Declared.NOTHING;
            if (declared == Declared.OTHER) {
                return false;
            }
            asciiThroughout |= declared == Declared.ASCII_COMPATIBLE;
        }
        return !asciiThroughout || isAscii(body);
    }

    /** What a declaration names. */
    private enum Declared {
        NOTHING,
        UTF_8,
        ASCII_COMPATIBLE,
        OTHER
    }

    /**
     * How far declarations are looked for: jsoup looks in the first 5 KB only (a {@code <meta>} further down does not
     * count for it); a little more is read here, to stay on the safe side of that.
     */
    private static final int SEARCHED = 8 * 1024;

    /**
     * What follows the word {@code charset} or {@code encoding}: no declaration ({@code =} does not follow), one of
     * UTF-8, one of an ASCII-compatible charset, or another.
     */
    private static Declared declaration(byte[] body, int afterWord) {
        int at = skip(body, afterWord, " \t\r\n\f");
        if (at >= body.length || body[at] != '=') {
            return Declared.NOTHING; // the word in text, not a declaration
        }
        at = skip(body, at + 1, " \t\r\n\f\"'");
        if (startsWithAny(body, at, UTF_8)) {
            return Declared.UTF_8;
        }
        return startsWithAny(body, at, ASCII_COMPATIBLE) ? Declared.ASCII_COMPATIBLE : Declared.OTHER;
    }

    private static boolean startsWithAny(byte[] body, int at, String[] names) {
        for (String name : names) {
            if (matches(body, at, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b <= 0) {
                return false;
            }
        }
        return true;
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
        String name = charset != null ? charset.name() : readsAsUtf8(body) ? "UTF-8" : null;
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
