package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parser chosen by a document's file name, and documents whose bytes are not text. */
class DocumentLinksTest {

    private static DocumentLinks extract(String text, String uri) {
        return DocumentLinks.extract(text.getBytes(StandardCharsets.UTF_8), URI.create(uri));
    }

    private static List<String> rows(DocumentLinks document) {
        return MarkdownLinksTest.rows(new PageLinks(document.links(), document.anchors()));
    }

    @Test
    void theExtensionChoosesTheFormat() {
        assertEquals(Optional.of(DocumentFormat.MARKDOWN), DocumentFormat.of("README.md"));
        assertEquals(Optional.of(DocumentFormat.MARKDOWN), DocumentFormat.of("docs/Guide.MARKDOWN"));
        assertEquals(Optional.of(DocumentFormat.ASCIIDOC), DocumentFormat.of("/repo/docs/guide.adoc"));
        assertEquals(Optional.of(DocumentFormat.ASCIIDOC), DocumentFormat.of("notes.asciidoc"));
        assertEquals(Optional.of(DocumentFormat.ASCIIDOC), DocumentFormat.of("notes.asc"));
        assertEquals(Optional.of(DocumentFormat.HTML), DocumentFormat.of("site/index.HTM"));
        assertEquals(Optional.empty(), DocumentFormat.of("pom.xml"));
        assertEquals(Optional.empty(), DocumentFormat.of("docs/.md"));
        assertEquals(Optional.empty(), DocumentFormat.of("docs.md/README"));
    }

    @Test
    void eachFormatIsReadByItsOwnParser() {
        String text = "# Title\n\n[a](a.md) link:b.html[b] <a href=\"c.html\">c</a>\n";
        assertEquals(
                List.of("3 a.md -> file:///repo/a.md", "3 c.html -> file:///repo/c.html"),
                rows(extract(text, "file:///repo/README.md")));
        assertEquals(List.of("3 b.html -> file:///repo/b.html"), rows(extract(text, "file:///repo/README.adoc")));
        assertEquals(
                List.of("3 c.html -> http://127.0.0.1:8080/c.html"),
                rows(extract(text, "http://127.0.0.1:8080/index.html")));
        assertEquals(Set.of("title"), extract(text, "file:///repo/README.md").anchors());
        assertNull(extract(text, "file:///repo/README.md").problem());
    }

    @Test
    void aFileThatIsNotUtf8IsReadWithItsFirstBadByteNamed() {
        byte[] latin1 = "# Café\n\n[menu](menu.md) and [café](café.md)\n".getBytes(StandardCharsets.ISO_8859_1);
        DocumentLinks document = DocumentLinks.extract(latin1, URI.create("file:///repo/README.md"));
        assertEquals("not UTF-8 (byte 0xE9 at offset 5)", document.problem());
        assertEquals(
                List.of("3 menu.md -> file:///repo/menu.md", "3 caf\uFFFD.md -> file:///repo/caf%EF%BF%BD.md"),
                rows(document));
        assertEquals(Set.of("caf"), document.anchors(), "the replacement character is a symbol: not in a slug");
    }

    @Test
    void aSequenceCutShortAtTheEndIsNamedToo() {
        byte[] body = {'[', 'a', ']', '(', 'a', '.', 'a', 'd', 'o', 'c', ')', ' ', (byte) 0xC3};
        DocumentLinks document = DocumentLinks.extract(body, URI.create("file:///repo/README.md"));
        assertEquals("not UTF-8 (byte 0xC3 at offset 12)", document.problem());
        assertEquals(List.of("1 a.adoc -> file:///repo/a.adoc"), rows(document));
    }

    @Test
    void aBinaryFileHasNoLinks() {
        byte[] body = new byte[100];
        byte[] text = "[a](a.md)".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, body, 50, text.length);
        DocumentLinks document = DocumentLinks.extract(body, URI.create("file:///repo/image.md"));
        assertEquals(new DocumentLinks(List.of(), Set.of(), "binary file"), document);
    }

    @Test
    void aNulAfterTheFirst8KiBIsNotBinary() {
        byte[] body = new byte[9000];
        Arrays.fill(body, (byte) ' ');
        byte[] text = "[a](a.md)".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, body, 0, text.length);
        body[8999] = 0;
        DocumentLinks document = DocumentLinks.extract(body, URI.create("file:///repo/README.md"));
        assertEquals(List.of("1 a.md -> file:///repo/a.md"), rows(document));
        assertNull(document.problem());
    }

    @Test
    void anUnknownFormatIsTheCallersMistake() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DocumentLinks.extract(new byte[0], URI.create("file:///repo/pom.xml")));
    }
}
