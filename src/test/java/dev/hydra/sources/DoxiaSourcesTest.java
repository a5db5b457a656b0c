package dev.hydra.sources;

import static dev.hydra.sources.Located.broken;
import static dev.hydra.sources.Located.page;
import static dev.hydra.sources.Located.site;
import static dev.hydra.sources.Located.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.model.Source;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoxiaSourcesTest {

    @TempDir
    Path root;

    @Test
    void aMarkdownPageNamesItsSourceAndTheLineOfTheLink() {
        write(
                root,
                "src/site/markdown/guide/usage.md",
                "# Usage",
                "",
                "Intro.",
                "",
                "More.",
                "",
                "See [the other page](other.html#setup) first.");
        page(root, "guide/usage.html", 40);
        Source source = broken(site(root), "/guide/other.html#setup", "/guide/usage.html", 20);
        assertEquals("src/site/markdown/guide/usage.md", source.sourceFile());
        assertEquals(7, source.sourceLine());
        assertEquals("/guide/usage.html", source.page());
        assertEquals(20, source.line());
    }

    @Test
    void aFolderPageComesFromItsIndexAndALinkUpAFolderIsFound() {
        write(root, "src/site/markdown/guide/index.markdown", "# Guide", "![logo](../img/logo.png)");
        Source source = broken(site(root), "/img/logo.png", "/guide/", 3);
        assertEquals("src/site/markdown/guide/index.markdown", source.sourceFile());
        assertEquals(2, source.sourceLine());
    }

    @Test
    void aVelocityMarkdownSourceIsFound() {
        write(
                root,
                "src/site/markdown/release.md.vm",
                "# Release ${project.version}",
                "",
                "Download it from <https://downloads.example.invalid/hydra>.");
        Source source = broken(site(root), "https://downloads.example.invalid/hydra", "/release.html", 0);
        assertEquals("src/site/markdown/release.md.vm", source.sourceFile());
        assertEquals(3, source.sourceLine());
    }

    @Test
    void anAptSourceIsFound() {
        write(root, "src/site/apt/intro.apt", "  ---", "  Intro", "  ---", "", "  See {{{./gone.html}the gone page}}.");
        Source source = broken(site(root), "/gone.html", "/intro.html", 0);
        assertEquals("src/site/apt/intro.apt", source.sourceFile());
        assertEquals(5, source.sourceLine());
    }

    @Test
    void anXdocSourceIsFoundForTheRootPage() {
        write(
                root,
                "src/site/xdoc/index.xml",
                "<document>",
                "  <body>",
                "    <section name=\"Home\">",
                "      <p>Text.</p>",
                "      <p><a href=\"https://example.invalid/\">Example</a></p>",
                "    </section>",
                "  </body>",
                "</document>");
        Source source = broken(site(root), "https://example.invalid/", "/", 0);
        assertEquals("src/site/xdoc/index.xml", source.sourceFile());
        assertEquals(5, source.sourceLine());
    }

    @Test
    void ofSeveralLinesWithTheLinkTheOneAtTheSamePlaceOfItsPageWins() {
        write(
                root,
                "src/site/markdown/twice.md",
                "[a](gone.html)",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "[again](gone.html)");
        page(root, "twice.html", 100);
        SourceLocator locator = site(root);
        assertEquals(10, broken(locator, "/gone.html", "/twice.html", 90).sourceLine());
        assertEquals(1, broken(locator, "/gone.html", "/twice.html", 12).sourceLine());
    }

    @Test
    void aSourceWithoutTheLinkIsNotNamed() {
        // the link came from elsewhere (the skin's menu, say): the page and its line are what is known
        write(root, "src/site/markdown/other.md", "# Other", "Generated text only.");
        Source source = broken(site(root), "/gone.html", "/other.html", 4);
        assertNull(source.sourceFile());
        assertEquals("/other.html:4", source.withSourceText());
    }

    @Test
    void aPageWithoutASourceNamesNone() {
        write(root, "src/site/markdown/other.md", "[x](gone.html)");
        Source source = broken(site(root), "/gone.html", "/project-info.html", 4);
        assertNull(source.sourceFile());
        assertEquals(0, source.sourceLine());
    }

    @Test
    void aResourceCopiedAsItIsIsItsOwnSource() {
        write(root, "src/site/resources/legacy/old.html", "<html>", "<a href=\"../gone.html\">gone</a>", "</html>");
        Source source = broken(site(root), "/gone.html", "/legacy/old.html", 2);
        assertEquals("src/site/resources/legacy/old.html", source.sourceFile());
        assertEquals(2, source.sourceLine());
    }
}
