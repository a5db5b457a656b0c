package dev.hydra.sources;

import static dev.hydra.sources.Located.broken;
import static dev.hydra.sources.Located.lineOf;
import static dev.hydra.sources.Located.page;
import static dev.hydra.sources.Located.site;
import static dev.hydra.sources.Located.skinned;
import static dev.hydra.sources.Located.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.model.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content of a page a skin laid out is traced to its Doxia source, in each format Doxia reads. */
class DoxiaSourcesTest {

    @TempDir
    Path root;

    /** The place of the {@code occurrence}-th line of the generated page that holds {@code written}. */
    private Source at(String url, String page, String file, String written, int occurrence) {
        return broken(site(root), url, page, lineOf(root, file, written, occurrence));
    }

    @Test
    void markdownLinksOnOneLineAndTheSameTargetInManyPlacesAreEachOnTheirLine() {
        write(
                root,
                "src/site/markdown/guide/usage.md",
                "# Usage",
                "",
                "See [a](gone.html), then [b](other.html#setup) and [a again](gone.html).",
                "",
                "Text about gone.html that is no link.",
                "",
                "Last, [gone](gone.html \"a title\").");
        skinned(
                root,
                "guide/usage.html",
                List.of("<a href=\"../index.html\">Home</a>"),
                List.of(
                        "<h1>Usage</h1>",
                        "<p>See <a href=\"gone.html\">a</a>, then <a href=\"other.html#setup\">b</a> and",
                        "<a href=\"gone.html\">a again</a>.</p>",
                        "<p>Text about gone.html that is no link.</p>",
                        "<p>Last, <a href=\"gone.html\" title=\"a title\">gone</a>.</p>"));
        Source setup = at("/guide/other.html#setup", "/guide/usage.html", "guide/usage.html", "other.html#setup", 1);
        assertEquals("src/site/markdown/guide/usage.md", setup.sourceFile());
        assertEquals(3, setup.sourceLine());
        assertEquals(
                3,
                at("/guide/gone.html", "/guide/usage.html", "guide/usage.html", "href=\"gone.html\"", 1)
                        .sourceLine());
        assertEquals(
                3,
                at("/guide/gone.html", "/guide/usage.html", "guide/usage.html", "href=\"gone.html\"", 2)
                        .sourceLine(),
                "the second on the page is the second in the source, on the same line");
        assertEquals(
                7,
                at("/guide/gone.html", "/guide/usage.html", "guide/usage.html", "href=\"gone.html\"", 3)
                        .sourceLine(),
                "the third, not the words on line 5");
    }

    @Test
    void markdownAutolinksReferencesAndLinksToMarkdownFilesAreFound() {
        write(
                root,
                "src/site/markdown/index.md",
                "# Home",
                "Visit <https://gone.example.invalid/a> or https://gone.example.invalid/b today.",
                "",
                "[ref]: https://gone.example.invalid/c",
                "See [the notes](notes.md).");
        skinned(
                root,
                "index.html",
                List.of(),
                List.of(
                        "<p>Visit <a href=\"https://gone.example.invalid/a\">https://gone.example.invalid/a</a> or",
                        "<a href=\"https://gone.example.invalid/b\">https://gone.example.invalid/b</a> today.</p>",
                        "<p><a href=\"https://gone.example.invalid/c\">ref</a></p>",
                        "<p>See <a href=\"notes.html\">the notes</a>.</p>"));
        assertEquals(
                2,
                at("https://gone.example.invalid/a", "/", "index.html", "invalid/a\"", 1)
                        .sourceLine());
        assertEquals(
                2,
                at("https://gone.example.invalid/b", "/", "index.html", "invalid/b\"", 1)
                        .sourceLine());
        assertEquals(
                4,
                at("https://gone.example.invalid/c", "/", "index.html", "invalid/c\"", 1)
                        .sourceLine());
        assertEquals(
                5,
                at("/notes.html", "/", "index.html", "notes.html", 1).sourceLine(),
                "Doxia writes a link to notes.md as notes.html");
    }

    @Test
    void aVelocityMarkdownSourceIsFound() {
        write(
                root,
                "src/site/markdown/release.md.vm",
                "# Release ${project.version}",
                "",
                "Download it from <https://downloads.example.invalid/hydra>.");
        skinned(
                root,
                "release.html",
                List.of(),
                List.of("<p>Download it from <a href=\"https://downloads.example.invalid/hydra\">here</a>.</p>"));
        Source source = at("https://downloads.example.invalid/hydra", "/release.html", "release.html", "hydra\"", 1);
        assertEquals("src/site/markdown/release.md.vm", source.sourceFile());
        assertEquals(3, source.sourceLine());
    }

    @Test
    void aptLinksAreFoundAsAptWritesThem() {
        write(
                root,
                "src/site/apt/intro.apt",
                "  ---",
                "  Intro",
                "  ---",
                "",
                "  See {{{./gone.html}the gone page}} and {{{./other.html}another}}.",
                "",
                "  Then {{{https://gone.example.invalid/}the web}}, or {{Setup}} below.",
                "",
                "  Again {{{./gone.html}the gone page}}.");
        skinned(
                root,
                "intro.html",
                List.of(),
                List.of(
                        "<p>See <a href=\"./gone.html\">the gone page</a> and",
                        "<a href=\"./other.html\">another</a>.</p>",
                        "<p>Then <a class=\"externalLink\" href=\"https://gone.example.invalid/\">the web</a>,",
                        "or <a href=\"#Setup\">Setup</a> below.</p>",
                        "<p>Again <a href=\"./gone.html\">the gone page</a>.</p>"));
        Source gone = at("/gone.html", "/intro.html", "intro.html", "./gone.html", 1);
        assertEquals("src/site/apt/intro.apt", gone.sourceFile());
        assertEquals(5, gone.sourceLine());
        assertEquals(
                9,
                at("/gone.html", "/intro.html", "intro.html", "./gone.html", 2).sourceLine());
        assertEquals(
                5,
                at("/other.html", "/intro.html", "intro.html", "./other.html", 1)
                        .sourceLine());
        assertEquals(
                7,
                at("https://gone.example.invalid/", "/intro.html", "intro.html", "the web", 1)
                        .sourceLine());
        assertEquals(
                7,
                at("/intro.html#Setup", "/intro.html", "intro.html", "#Setup", 1)
                        .sourceLine(),
                "an APT link inside the document is written without its '#'");
    }

    @Test
    void xdocFmlAndXhtmlLinksAreFoundInTheirAttributes() {
        write(
                root,
                "src/site/xdoc/index.xml",
                "<document>",
                "  <body>",
                "    <section name=\"Home\">",
                "      <p><a href=\"https://example.invalid/?a=1&amp;b=2\">Example</a>,",
                "        <a href='gone.html'>gone</a> and <img src=\"img/gone.png\"/></p>",
                "    </section>",
                "  </body>",
                "</document>");
        skinned(
                root,
                "index.html",
                List.of(),
                List.of(
                        "<p><a href=\"https://example.invalid/?a=1&amp;b=2\">Example</a>,",
                        "<a href=\"gone.html\">gone</a> and <img src=\"img/gone.png\" /></p>"));
        Source query = at("https://example.invalid/?a=1&b=2", "/", "index.html", "Example", 1);
        assertEquals("src/site/xdoc/index.xml", query.sourceFile());
        assertEquals(4, query.sourceLine());
        assertEquals(5, at("/gone.html", "/", "index.html", "gone.html", 1).sourceLine());
        assertEquals(5, at("/img/gone.png", "/", "index.html", "gone.png", 1).sourceLine());

        write(
                root,
                "src/site/fml/faq.fml",
                "<faqs title=\"FAQ\">",
                "  <part id=\"general\">",
                "    <faq id=\"where\">",
                "      <question>Where?</question>",
                "      <answer><p>See <a href=\"gone.html\">here</a>.</p></answer>",
                "    </faq>",
                "  </part>",
                "</faqs>");
        skinned(root, "faq.html", List.of(), List.of("<dd><p>See <a href=\"gone.html\">here</a>.</p></dd>"));
        Source faq = at("/gone.html", "/faq.html", "faq.html", "gone.html", 1);
        assertEquals("src/site/fml/faq.fml", faq.sourceFile());
        assertEquals(5, faq.sourceLine());

        write(
                root,
                "src/site/xhtml/page.xhtml",
                "<html><body>",
                "<p><a href=\"other.html\">other</a></p>",
                "<p><a href=\"gone.html\">gone</a></p>",
                "</body></html>");
        skinned(
                root,
                "page.html",
                List.of(),
                List.of("<p><a href=\"other.html\">other</a></p>", "<p><a href=\"gone.html\">gone</a></p>"));
        Source page = at("/gone.html", "/page.html", "page.html", "gone.html", 1);
        assertEquals("src/site/xhtml/page.xhtml", page.sourceFile());
        assertEquals(3, page.sourceLine());
    }

    @Test
    void aContentLinkTheSourceDoesNotWriteNamesNothing() {
        // a macro wrote it, or the page was built from another version of the source: no line is guessed
        write(root, "src/site/markdown/other.md", "# Other", "Generated text about gone.html only.");
        skinned(root, "other.html", List.of(), List.of("<p><a href=\"gone.html\">gone</a></p>"));
        Source source = at("/gone.html", "/other.html", "other.html", "gone.html", 1);
        assertNull(source.sourceFile());
        assertNull(source.sourceNote());
        assertEquals("/other.html:" + source.line(), source.withSourceText());
    }

    @Test
    void aPlaceWhereThePageHoldsNoSuchLinkNamesNothing() {
        write(root, "src/site/markdown/other.md", "[x](gone.html)");
        skinned(root, "other.html", List.of(), List.of("<p><a href=\"gone.html\">x</a></p>"));
        assertNull(broken(site(root), "/gone.html", "/other.html", 1).sourceFile());
        assertNull(broken(site(root), "/gone.html", "/project-info.html", 4).sourceFile());
    }

    @Test
    void aResourceCopiedAsItIsIsItsOwnSource() {
        write(
                root,
                "src/site/resources/legacy/old.html",
                "<html>",
                "<a href=\"../other.html\">other</a>",
                "<a href=\"../gone.html\">gone</a>",
                "</html>");
        page(
                root,
                "legacy/old.html",
                "<html>",
                "<a href=\"../other.html\">other</a>",
                "<a href=\"../gone.html\">gone</a>",
                "</html>");
        Source source = broken(site(root), "/gone.html", "/legacy/old.html", 3);
        assertEquals("src/site/resources/legacy/old.html", source.sourceFile());
        assertEquals(3, source.sourceLine());
    }

    @Test
    void aRelativeLinkUpAFolderIsTracedFromAFolderPage() {
        write(root, "src/site/markdown/guide/index.markdown", "# Guide", "![logo](../img/logo.png)");
        skinned(root, "guide/index.html", List.of(), List.of("<p><img src=\"../img/logo.png\" alt=\"logo\" /></p>"));
        Source source = at("/img/logo.png", "/guide/", "guide/index.html", "logo.png", 1);
        assertEquals("src/site/markdown/guide/index.markdown", source.sourceFile());
        assertEquals(2, source.sourceLine());
    }
}
