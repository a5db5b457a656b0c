package dev.hydra.sources;

import static dev.hydra.sources.Located.broken;
import static dev.hydra.sources.Located.lineOf;
import static dev.hydra.sources.Located.site;
import static dev.hydra.sources.Located.skinned;
import static dev.hydra.sources.Located.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links of a skin's menus, banner and breadcrumbs come from a site descriptor: the project's own
 * {@code site.xml} line when it declares them, else a note that they are inherited; never a content page. The
 * regressions are modelled on a real Apache site (maven-doxia-sitetools), whose menus come from its parents.
 */
class SiteDescriptorSourcesTest {

    @TempDir
    Path root;

    private void descriptor(String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<site xmlns=\"http://maven.apache.org/SITE/2.0.0\">",
                "  <skin><groupId>org.apache.maven.skins</groupId><artifactId>maven-fluido-skin</artifactId></skin>"));
        lines.addAll(List.of(body));
        lines.add("</site>");
        write(root, "src/site/site.xml", lines.toArray(new String[0]));
    }

    /** A root page whose source is an xdoc that writes a link with the same last part as the menu's. */
    private void sitetoolsLikeRoot() {
        List<String> xdoc = new ArrayList<>();
        xdoc.add("<document>");
        while (xdoc.size() < 34) {
            xdoc.add("  <!-- about the sitetools -->");
        }
        xdoc.add("      <p>Used by <a href=\"../doxia\">Doxia</a>.</p>"); // line 35
        while (xdoc.size() < 42) {
            xdoc.add("  <!-- about the modules -->");
        }
        xdoc.add("      <li><a href=\"doxia-site-renderer/index.html\">Site Renderer</a></li>"); // line 43
        while (xdoc.size() < 48) {
            xdoc.add("      <p>Text.</p>");
        }
        xdoc.add(
                "      <p>The <b>current</b> stable version of doxia is <a href=\"../doxia/doxia-core/\">Core</a>.</p>");
        xdoc.add("</document>");
        write(root, "src/site/xdoc/index.xml", xdoc.toArray(new String[0]));
        List<String> content = new ArrayList<>();
        while (content.size() < 120) {
            content.add("<p>Text.</p>");
        }
        content.add("<p>Used by <a href=\"../doxia\">Doxia</a>.</p>");
        content.add("<li><a href=\"doxia-site-renderer/index.html\">Site Renderer</a></li>");
        content.add("<p>The <b>current</b> stable version of doxia is <a href=\"../doxia/doxia-core/\">Core</a>.</p>");
        skinned(
                root,
                "index.html",
                List.of(
                        "<a href=\"../../apache-resource-bundles/index.html\">Resource Bundles</a>",
                        "<a href=\"../../ref/current\">Current API</a>",
                        "<a href=\"https://www.apache.org/\">Apache</a>"),
                content);
    }

    @Test
    void aMenuLinkIsNeverTracedToAContentLinkWithTheSameLastPart() {
        sitetoolsLikeRoot();
        descriptor(
                "  <body>",
                "    <menu name=\"Overview\"><item name=\"Intro\" href=\"index.html\"/></menu>",
                "  </body>");
        String menu = "../../apache-resource-bundles/index.html";
        Source source =
                broken(site(root), "/apache-resource-bundles/index.html", "/", lineOf(root, "index.html", menu, 1));
        assertNull(source.sourceFile(), "not src/site/xdoc/index.xml:43, which holds doxia-site-renderer/index.html");
        assertEquals(Source.INHERITED, source.sourceNote());
        assertEquals("/:" + source.line() + " (" + Source.INHERITED + ")", source.withSourceText());
    }

    @Test
    void aMenuLinkIsNeverTracedToAWordOfTheContent() {
        sitetoolsLikeRoot();
        Source source = broken(site(root), "/ref/current", "/", lineOf(root, "index.html", "../../ref/current", 1));
        assertNull(source.sourceFile(), "not the line that says the current stable version");
        assertEquals(Source.INHERITED, source.sourceNote(), "no site.xml: the menus are all inherited");
    }

    @Test
    void aContentLinkIsOnTheLineThatWritesItNotTheNearestThatMentionsIt() {
        sitetoolsLikeRoot();
        int line = lineOf(root, "index.html", "href=\"../doxia\"", 1);
        Source source = broken(site(root), "/doxia", "/", line);
        assertEquals("src/site/xdoc/index.xml", source.sourceFile());
        assertEquals(35, source.sourceLine(), "line 49 links ../doxia/doxia-core/, which is another link");
    }

    @Test
    void menuBannerAndBreadcrumbLinksDeclaredInTheProjectsSiteXmlNameItsLine() {
        descriptor(
                "  <bannerLeft name=\"Org\" href=\"../../org/\"/>", // line 4
                "  <body>",
                "    <breadcrumbs><item name=\"Docs\" href=\"https://gone.example.invalid/docs/\"/></breadcrumbs>",
                "    <menu name=\"Docs\">",
                "      <item name=\"Home\" href=\"index.html\"/>",
                "      <item name=\"FAQ\" href=\"faq.html\"/>", // line 9
                "      <item name=\"Old FAQ\" href=\"guide/faq.html\"/>",
                "    </menu>",
                "  </body>");
        write(root, "src/site/markdown/guide/usage.md", "# Usage", "See the [faq](../faq.html).");
        skinned(
                root,
                "guide/usage.html",
                List.of(
                        "<a href=\"../../../org/\">Org</a>",
                        "<a href=\"https://gone.example.invalid/docs/\">Docs</a>",
                        "<a href=\"../index.html\">Home</a>",
                        "<a href=\"../faq.html\">FAQ</a>",
                        "<a href=\"faq.html\">Old FAQ</a>"),
                List.of("<p>See the <a href=\"../faq.html\">faq</a>.</p>"));
        String page = "guide/usage.html";
        Source menu = broken(site(root), "/faq.html", "/guide/usage.html", lineOf(root, page, "FAQ</a>", 1));
        assertEquals("src/site/site.xml", menu.sourceFile());
        assertEquals(9, menu.sourceLine(), "the skin writes the item faq.html as ../faq.html one folder down");
        Source content = broken(site(root), "/faq.html", "/guide/usage.html", lineOf(root, page, ">faq</a>", 1));
        assertEquals("src/site/markdown/guide/usage.md:2", content.sourceText(), "the same link in the content");
        Source old = broken(site(root), "/guide/faq.html", "/guide/usage.html", lineOf(root, page, "Old FAQ", 1));
        assertEquals("src/site/site.xml:10", old.sourceText());
        Source banner = broken(site(root), "/org/", "/guide/usage.html", lineOf(root, page, "org/", 1));
        assertEquals("src/site/site.xml:4", banner.sourceText(), "a link above the site's root");
        Source crumb = broken(site(root), "https://gone.example.invalid/docs/", "/guide/usage.html", 0);
        assertEquals("src/site/site.xml:6", crumb.sourceText(), "a place without a line is found by its link");
    }

    @Test
    void theSiteXml1FormWithElementsIsRead() {
        write(
                root,
                "src/site/site.xml",
                "<project name=\"Old\">",
                "  <bannerLeft>",
                "    <name>Org</name>",
                "    <href>https://gone.example.invalid/org/</href>",
                "  </bannerLeft>",
                "</project>");
        skinned(root, "index.html", List.of("<a href=\"https://gone.example.invalid/org/\">Org</a>"), List.of());
        Source source =
                broken(site(root), "https://gone.example.invalid/org/", "/", lineOf(root, "index.html", "/org/", 1));
        assertEquals("src/site/site.xml:4", source.sourceText());
    }

    @Test
    void aModulesInheritedMenuIsTheReactorParentsSiteXmlLine() {
        descriptor(
                "  <body>",
                "    <menu name=\"Docs\" inherit=\"top\">",
                "      <item name=\"Home\" href=\"index.html\"/>",
                "      <item name=\"Gone\" href=\"gone.html\"/>", // line 7
                "    </menu>",
                "  </body>");
        write(root, "module-a/src/site/markdown/usage.md", "# Usage");
        skinned(
                root,
                "module-a/usage.html",
                List.of("<a href=\"../index.html\">Home</a>", "<a href=\"../gone.html\">Gone</a>"),
                List.of("<p>Usage.</p>"));
        SourceFolders parent = new SourceFolders(root, root.resolve("src/site"), List.of(), List.of());
        SourceFolders module = new SourceFolders(root, root.resolve("module-a/src/site"), List.of(), List.of());
        SourceLocator locator = new SourceLocator(
                parent,
                List.of(
                        new SourceLocator.SiteFolder("/", root.resolve("target/site"), parent),
                        new SourceLocator.SiteFolder("/module-a/", root.resolve("target/site/module-a"), module)),
                null,
                List.of());
        Source source = broken(
                locator, "/gone.html", "/module-a/usage.html", lineOf(root, "module-a/usage.html", "Gone</a>", 1));
        assertEquals("src/site/site.xml:7", source.sourceText(), "the parent declares the menu the module inherits");
    }

    @Test
    void aMenuLinkOfASiteNotGeneratedHereHasNoNote() {
        skinned(root, "index.html", List.of("<a href=\"gone.html\">Gone</a>"), List.of());
        SourceFolders none = new SourceFolders(root, null, List.of(), List.of());
        SourceLocator locator = new SourceLocator(
                none, List.of(new SourceLocator.SiteFolder("/", root.resolve("target/site"), none)), null, List.of());
        Source source = broken(locator, "/gone.html", "/", lineOf(root, "index.html", "Gone</a>", 1));
        assertNull(source.sourceFile());
        assertNull(source.sourceNote(), "nothing is known of where that site's menus come from");
    }

    @Test
    void theDescriptorsSpellingIsFromTheRootOfItsSite() {
        assertEquals("faq.html", SiteDescriptors.spelling("../faq.html", "/guide/usage.html", "/"));
        assertEquals("../../org/", SiteDescriptors.spelling("../../org/", "/", "/"));
        assertEquals("../../org/", SiteDescriptors.spelling("../../../org/", "/guide/a.html", "/"));
        assertEquals("index.html", SiteDescriptors.spelling("../index.html", "/module-a/usage.html", "/"));
        assertEquals("../index.html", SiteDescriptors.spelling("../index.html", "/module-a/usage.html", "/module-a/"));
        assertEquals("guide/b.html#x", SiteDescriptors.spelling("./b.html#x", "/guide/", "/"));
        assertEquals("https://example.org/", SiteDescriptors.spelling("https://example.org/", "/a/b.html", "/"));
        assertEquals("./", SiteDescriptors.spelling("..", "/guide/a.html", "/"));
    }
}
