package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Leaving out jsoup's charset search only where it cannot change how a page reads. */
class PageParserTest {

    private static final List<String> ASCII_PAGES = List.of(
            "<!DOCTYPE html><meta charset=\"utf-8\"><title>t</title><a href=\"a.html#x\">a</a>",
            "<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\"></head>"
                    + "<body><p id=x>&eacute; <a href='b.html'>b</a>",
            "<meta charset = 'windows-1252'><p>the charset is told above</p>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html><body><a href=c.html>c</a></body></html>",
            "<p>no declaration at all <a href=\"d.html\">d</a>",
            "<p>charset in prose, and encoding too</p>");

    /** Pages that are not ASCII throughout, but declare UTF-8 or nothing, or begin with a byte order mark. */
    private static final List<byte[]> UTF_8_PAGES = List.of(
            "<meta charset=\"UTF-8\"><p>caf\u00e9 \u2603".getBytes(StandardCharsets.UTF_8),
            "<meta http-equiv=content-type content='text/html; charset=utf8'><p>\u00fcber"
                    .getBytes(StandardCharsets.UTF_8),
            "<p>caf\u00e9, no declaration".getBytes(StandardCharsets.UTF_8),
            "<p>caf\u00e9 in Latin-1, no declaration: UTF-8 by default".getBytes(StandardCharsets.ISO_8859_1),
            "\ufeff<p>bom".getBytes(StandardCharsets.UTF_8),
            ("<meta charset=utf-8><p>" + "x".repeat(10_000) + "<meta charset=iso-8859-1>\u00e9")
                    .getBytes(StandardCharsets.UTF_8));

    @Test
    void aPageThatCanOnlyReadAsUtf8SkipsTheSearch() {
        for (String page : ASCII_PAGES) {
            assertTrue(PageParser.readsAsUtf8(page.getBytes(StandardCharsets.US_ASCII)), page);
        }
        for (byte[] page : UTF_8_PAGES) {
            assertTrue(PageParser.readsAsUtf8(page), new String(page, StandardCharsets.UTF_8));
        }
    }

    @Test
    void skippingTheSearchReadsThePageAsJsoupsOwnSearchDoes() {
        for (String page : ASCII_PAGES) {
            byte[] body = page.getBytes(StandardCharsets.US_ASCII);
            String searched = parse(body, null);
            assertEquals(searched, PageParser.parse(body, null, "http://h/").outerHtml(), page);
        }
        for (byte[] page : UTF_8_PAGES) {
            assertEquals(
                    parse(page, null), PageParser.parse(page, null, "http://h/").outerHtml());
        }
    }

    @Test
    void anyOtherPageIsLeftToJsoupsSearch() {
        List<byte[]> pages = List.of(
                "<meta charset=\"utf-16\"><p>x".getBytes(StandardCharsets.US_ASCII),
                "<meta http-equiv=content-type content=\"text/html;charset=IBM037\"><p>x"
                        .getBytes(StandardCharsets.US_ASCII),
                "<?xml version='1.0' encoding='UTF-16'?><p>x".getBytes(StandardCharsets.US_ASCII),
                "<meta charset=\"&#117;tf-8\"><p>x".getBytes(StandardCharsets.US_ASCII),
                "<meta charset=\"iso-8859-1\"><p>caf\u00e9".getBytes(StandardCharsets.ISO_8859_1),
                ("<meta charset=windows-1252><p>" + "x".repeat(10_000) + "caf\u00e9")
                        .getBytes(StandardCharsets.ISO_8859_1),
                "<meta charset=\"utf-8\"><meta charset=\"koi8-r\"><p>\u00e9".getBytes(StandardCharsets.UTF_8),
                "<p>nul\u0000".getBytes(StandardCharsets.US_ASCII));
        for (byte[] page : pages) {
            assertFalse(PageParser.readsAsUtf8(page), new String(page, StandardCharsets.ISO_8859_1));
            assertEquals(
                    parse(page, null), PageParser.parse(page, null, "http://h/").outerHtml());
        }
    }

    private static String parse(byte[] body, String charset) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, "http://h/", Parser.htmlParser())
                    .outerHtml();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
