package dev.hydra.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Finds the links and anchors of an AsciiDoc file, line by line, as Asciidoctor would read them.
 *
 * <p>Links are {@code link:target[text]}, {@code mailto:} macros, URLs with or without {@code [text]} (a bare URL
 * ends before whitespace, {@code [}, {@code <}, and trailing {@code . , ? ! )}), {@code xref:} and {@code <<...>>}
 * cross references, {@code image:} and {@code image::} (under {@code :imagesdir:}) and {@code include::}. A reference
 * to an id in the same file is a link to {@code #id}; {@code <<Section Title>>} names the section with that title;
 * {@code other.adoc#id} and {@code other#id} (read as {@code other.adoc#id}) are links to the other file, kept with
 * its {@code .adoc} name as the repository holds it. A link's raw text is that target after attribute references
 * are replaced and {@code :imagesdir:} is put before an image's relative path.
 *
 * <p>Nothing in listing, literal, fenced, passthrough and comment blocks, indented literal paragraphs, paragraphs
 * styled {@code [source]}, {@code [listing]}, {@code [literal]}, {@code [pass]} or {@code [comment]}, line comments,
 * attribute entries, inline passthroughs ({@code +text+}, {@code pass:[...]}) or after a backslash is a link, except
 * that an {@code include::} inside a listing is one, as Asciidoctor's preprocessor reads it there.
 *
 * <p>A link is marked ignored (not to be checked) after a line comment {@code // hydra-ignore} (the next link, on the
 * line after it) and between {@code // hydra-ignore-start} and {@code // hydra-ignore-end}.
 *
 * <p>Attribute entries ({@code :name: value}, {@code :name!:}) apply from their line on. An attribute reference
 * that is still undefined makes the link {@link LinkTarget.Invalid}, with why {@code undefined attribute {name}}.
 *
 * <p>Anchors are section ids (explicit with {@code [[id]]} or {@code [#id]} on the line before the title or
 * {@code [[id]]} at its end, or generated as Asciidoctor does, honouring {@code :idprefix:} and
 * {@code :idseparator:}: "Getting Started" is {@code _getting_started}, a duplicate {@code _getting_started_2};
 * none while {@code :sectids!:} is in force), and {@code [[id]]}, {@code [[id,label]]}, {@code anchor:id[]},
 * {@code [#id]} block anchors and {@code [#id]#text#} anywhere. Conditional preprocessor directives are ignored:
 * the lines of both branches are read, so an attribute set in both has the later value.
 *
 * <p>Not read: bare e-mail addresses, {@code video::} and {@code audio::} macros, an image's {@code link=}
 * attribute, attribute values continued on the next line, and setext (underlined) section titles.
 */
public final class AsciiDocLinks {

    private AsciiDocLinks() {}

    /** Reads {@code body} as UTF-8, malformed bytes replaced; {@code fileUri} is the base of relative links. */
    public static PageLinks extract(byte[] body, URI fileUri) {
        return extract(new String(body, StandardCharsets.UTF_8), fileUri);
    }

    /** Parses {@code asciidoc}; a leading byte order mark is ignored. */
    public static PageLinks extract(String asciidoc, URI fileUri) {
        String text = asciidoc.startsWith("\uFEFF") ? asciidoc.substring(1) : asciidoc;
        AsciiDocScanner scanner = new AsciiDocScanner(fileUri);
        int lineNumber = 1;
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            scanner.line(text.substring(start, end), lineNumber++);
            if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return scanner.result();
    }
}
