package dev.hydra.extract;

import static dev.hydra.extract.MarkdownLinksTest.resource;
import static dev.hydra.extract.MarkdownLinksTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The links and anchors of AsciiDoc files, as Asciidoctor reads them. */
class AsciiDocLinksTest {

    private static final URI GUIDE = URI.create("file:///repo/docs/guide.adoc");

    private static PageLinks extract(String asciidoc) {
        return AsciiDocLinks.extract(asciidoc, GUIDE);
    }

    @Test
    void guideLinksAreListedWithTheLineToEdit() {
        PageLinks page = AsciiDocLinks.extract(resource("guide.adoc"), GUIDE);
        assertEquals(
                List.of(
                        "7 ../README.md -> file:///repo/README.md",
                        "8 https://hydra.example/docs -> https://hydra.example/docs",
                        "8 https://hydra.example/faq -> https://hydra.example/faq",
                        "9 https://hydra.example/paren -> https://hydra.example/paren",
                        "9 https://hydra.example/bold -> https://hydra.example/bold",
                        "11 images/logo.png -> file:///repo/docs/images/logo.png",
                        "15 https://github.example/hydra/releases -> https://github.example/hydra/releases",
                        "15 {undefined-attr}/x.html -> invalid (undefined attribute {undefined-attr})",
                        "16 #configuration -> file:///repo/docs/guide.adoc#configuration",
                        "16 #configuration -> file:///repo/docs/guide.adoc#configuration",
                        // a natural cross reference names the first section with that title
                        "16 #Getting Started -> file:///repo/docs/guide.adoc#_getting_started",
                        "17 reference.adoc#_goals -> file:///repo/docs/reference.adoc#_goals",
                        "17 faq.adoc -> file:///repo/docs/faq.adoc",
                        "17 other.adoc#setup -> file:///repo/docs/other.adoc#setup",
                        "18 mailto:team@hydra.example -> mailto:team@hydra.example",
                        "18 mailto:help@hydra.example -> mailto:help@hydra.example",
                        "23 images/icons/tip.png -> file:///repo/docs/images/icons/tip.png",
                        "23 https://cdn.example/badge.svg -> https://cdn.example/badge.svg",
                        // the preprocessor reads an include inside a listing; nothing else in the verbatim blocks is a
                        // link
                        "29 snippets/pom.xml -> file:///repo/docs/snippets/pom.xml",
                        "68 chapters/appendix.adoc -> file:///repo/docs/chapters/appendix.adoc"),
                rows(page));
    }

    @Test
    void guideAnchorsAreSectionIdsAndInlineAnchors() {
        PageLinks page = AsciiDocLinks.extract(resource("guide.adoc"), GUIDE);
        assertEquals(
                Set.of(
                        "_getting_started",
                        "configuration",
                        "tips",
                        "inline-anchor",
                        "labelled",
                        "macro-anchor",
                        "role-anchor",
                        "_getting_started_2",
                        "custom-ids-here"),
                page.anchors());
    }

    @Test
    void generatedIdsFollowAsciidoctor() {
        PageLinks page = extract("""
                = Document Title

                == API (v2) — Usage
                == Tips & Tricks
                == Version 2.0 -- Why?
                == Über uns
                == 日本語の見出し
                == The _emphasis_ and *strong* and `code`
                == See link:x.html[the link text]
                ## Markdown Style
                """);
        assertEquals(
                Set.of(
                        "_api_v2_usage",
                        "_tips_tricks",
                        "_version_2_0_why",
                        "_über_uns",
                        "_日本語の見出し",
                        "_the_emphasis_and_strong_and_code",
                        "_see_the_link_text",
                        "_markdown_style"),
                page.anchors());
        assertEquals(List.of("9 x.html -> file:///repo/docs/x.html"), rows(page));
    }

    @Test
    void idPrefixAndSeparatorApplyFromTheirLineOn() {
        PageLinks page = extract("""
                == Before Change
                :idprefix: id-
                :idseparator: .
                == After Change
                :idprefix:
                :idseparator:
                == No Separator
                """);
        // as in Asciidoctor, the prefix's own dash becomes the separator too
        assertEquals(Set.of("_before_change", "id.after.change", "noseparator"), page.anchors());
    }

    @Test
    void sectionsGetNoGeneratedIdWhileSectidsIsUnset() {
        PageLinks page = extract("""
                :sectids!:
                == Without Id
                [[explicit]]
                == With Explicit Id
                :sectids:
                == With Id Again
                """);
        assertEquals(Set.of("explicit", "_with_id_again"), page.anchors());
    }

    @Test
    void attributesAreReplacedUntilUnset() {
        PageLinks page = extract("""
                :base: https://hydra.example
                link:{base}/a.html[a] and image:{base}/b.png[b]
                :base!:
                link:{base}/c.html[c] and \\{base}
                """);
        assertEquals(
                List.of(
                        "2 https://hydra.example/a.html -> https://hydra.example/a.html",
                        "2 https://hydra.example/b.png -> https://hydra.example/b.png",
                        "4 {base}/c.html -> invalid (undefined attribute {base})"),
                rows(page));
    }

    @Test
    void otherDocumentsWithoutExtensionAreAdocFiles() {
        PageLinks page = extract("<<other#setup>>, <<sub/other.adoc#x,X>>, <<#local>> and xref:other.adoc[].");
        assertEquals(
                List.of(
                        "1 other.adoc#setup -> file:///repo/docs/other.adoc#setup",
                        "1 sub/other.adoc#x -> file:///repo/docs/sub/other.adoc#x",
                        "1 #local -> file:///repo/docs/guide.adoc#local",
                        "1 other.adoc -> file:///repo/docs/other.adoc"),
                rows(page));
    }

    @Test
    void verbatimBlocksOfEveryKindHoldNoLinks() {
        PageLinks page = extract("""
                ```java
                // https://fenced.example
                ```

                [source,java]
                --
                link:open.html[x]
                --

                [literal]
                https://literal.example

                [comment]
                ====
                https://comment.example
                ====

                ------
                ----
                https://still-listing.example
                ------

                after https://after.example
                """);
        assertEquals(List.of("23 https://after.example -> https://after.example/"), rows(page));
    }

    @Test
    void indentedListItemsAreNotLiteralParagraphs() {
        PageLinks page = extract("""
                * item

                  * nested https://nested.example
                  continued https://continued.example
                """);
        assertEquals(
                List.of(
                        "3 https://nested.example -> https://nested.example/",
                        "4 https://continued.example -> https://continued.example/"),
                rows(page));
    }

    @Test
    void bareUrlsEndAsInAsciidoctor() {
        PageLinks page = extract("""
                Go to https://a.example/x. Or https://b.example/y, or (https://c.example/z)!
                <https://d.example/w> and `https://e.example/v` and "https://f.example/u?".
                """);
        assertEquals(
                List.of(
                        "1 https://a.example/x -> https://a.example/x",
                        "1 https://b.example/y -> https://b.example/y",
                        "1 https://c.example/z -> https://c.example/z",
                        "2 https://d.example/w -> https://d.example/w",
                        "2 https://e.example/v -> https://e.example/v",
                        "2 https://f.example/u -> https://f.example/u"),
                rows(page));
    }

    @Test
    void linkTextIsNotScannedForMoreLinks() {
        PageLinks page = extract("https://a.example[see https://b.example] and link:++my file.html++[spaced]");
        assertEquals(
                List.of(
                        "1 https://a.example -> https://a.example/",
                        "1 my file.html -> file:///repo/docs/my%20file.html"),
                rows(page));
    }

    @Test
    void linesCountEveryKindOfLineEnd() {
        PageLinks page = extract("a\r\nb\rlink:c.html[c]\n\r\nlink:d.html[d]");
        assertEquals(
                List.of("3 c.html -> file:///repo/docs/c.html", "5 d.html -> file:///repo/docs/d.html"), rows(page));
    }

    @Test
    void aLargeFileIsReadInLinearTime() {
        StringBuilder asciidoc = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            asciidoc.append("== Section ")
                    .append(i)
                    .append("\n\nText link:page")
                    .append(i)
                    .append(".adoc[link] and <<_section_")
                    .append(i)
                    .append(">>.\n\n");
        }
        long start = System.nanoTime();
        PageLinks page = extract(asciidoc.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(50_000, page.links().size());
        assertEquals(25_000, page.anchors().size());
        assertEquals(
                "99999 #_section_24999 -> file:///repo/docs/guide.adoc#_section_24999",
                rows(page).get(49_999));
        // a few seconds on an idle machine; the bound is loose for a busy one yet catches quadratic steps
        assertTrue(millis < 120_000, millis + " ms");
    }
}
