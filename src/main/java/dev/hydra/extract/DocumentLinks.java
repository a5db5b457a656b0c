package dev.hydra.extract;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The links and anchors of one repository document (Markdown, AsciiDoc or HTML file), and what was wrong with its
 * bytes, if anything. A document that is not UTF-8 is still read, each malformed sequence replaced, so that its other
 * links are checked; a binary file (a NUL byte in its first 8 KiB) has no links.
 *
 * @param links the links in document order
 * @param anchors the ids the document defines
 * @param problem what makes the file's bytes suspect ("binary file", "not UTF-8 (byte 0xE9 at offset 1234)"), or
 *     null when nothing does
 */
public record DocumentLinks(List<ExtractedLink> links, Set<String> anchors, String problem) {

    /** How many bytes are searched for a NUL: as much as git looks at to call a file binary. */
    private static final int SNIFFED_BYTES = 8 * 1024;

    public DocumentLinks {
        links = List.copyOf(links);
        anchors = Set.copyOf(anchors);
    }

    /**
     * Reads a document with the parser its file name calls for ({@link DocumentFormat#of}).
     *
     * @param body the file's bytes
     * @param fileUri the file's URL ({@code file:///repo/docs/guide.md}, {@code http://127.0.0.1:8080/docs/guide.md}):
     *     its path's extension chooses the format, and it is the base of relative links
     * @throws IllegalArgumentException if the file is not of a {@link DocumentFormat}
     */
    public static DocumentLinks extract(byte[] body, URI fileUri) {
        String path = fileUri.getPath();
        DocumentFormat format = DocumentFormat.of(path == null ? "" : path)
                .orElseThrow(() -> new IllegalArgumentException("not a Markdown, AsciiDoc or HTML file: " + fileUri));
        if (isBinary(body)) {
            return new DocumentLinks(List.of(), Set.of(), "binary file");
        }
        if (format == DocumentFormat.HTML) {
            // HTML names its own charset, in a <meta> or a byte order mark
            PageLinks page = LinkExtractor.extract(body, null, fileUri);
            return new DocumentLinks(page.links(), page.anchors(), null);
        }
        Utf8Text decoded = Utf8Text.decode(body);
        PageLinks page = format == DocumentFormat.MARKDOWN
                ? MarkdownLinks.extract(decoded.text(), fileUri)
                : AsciiDocLinks.extract(decoded.text(), fileUri);
        return new DocumentLinks(page.links(), page.anchors(), decoded.problem());
    }

    private static boolean isBinary(byte[] body) {
        for (int i = 0; i < Math.min(body.length, SNIFFED_BYTES); i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
