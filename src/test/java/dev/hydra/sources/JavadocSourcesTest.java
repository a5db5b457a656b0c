package dev.hydra.sources;

import static dev.hydra.sources.Located.broken;
import static dev.hydra.sources.Located.lineOf;
import static dev.hydra.sources.Located.page;
import static dev.hydra.sources.Located.site;
import static dev.hydra.sources.Located.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.model.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavadocSourcesTest {

    @TempDir
    Path root;

    private void foo() {
        write(
                root,
                "src/main/java/org/example/Foo.java",
                "package org.example;",
                "",
                "/**",
                " * Reads <a href=\"https://specs.example.invalid/format\">the format</a>.",
                " */",
                "public class Foo {",
                "    /** A nested class. */",
                "    public static class Bar {",
                "        static final String SPEC = \"https://specs.example.invalid/format\";",
                "    }",
                "}");
        for (String name : List.of("Foo", "Foo.Bar")) {
            javadocPage("apidocs/org/example/" + name + ".html", "https://specs.example.invalid/format");
        }
    }

    /** A page as Javadoc writes it: its navigation, then the doc comment's text in {@code <main>}. */
    private void javadocPage(String relative, String link) {
        page(
                root,
                relative,
                "<!DOCTYPE HTML>",
                "<html><body>",
                "<header><nav><a href=\"../../index-all.html\">Index</a></nav></header>",
                "<main role=\"main\">",
                "<div class=\"block\">Reads <a href=\"" + link + "\">the format</a>.</div>",
                "</main>",
                "</body></html>");
    }

    private Source at(String url, String relative) {
        return broken(site(root), url, "/" + relative, lineOf(root, relative, "<div class", 1));
    }

    @Test
    void aClassPageNamesTheLineOfTheDocCommentThatHoldsTheLink() {
        foo();
        Source source = at("https://specs.example.invalid/format", "apidocs/org/example/Foo.html");
        assertEquals("src/main/java/org/example/Foo.java", source.sourceFile());
        assertEquals(4, source.sourceLine());
    }

    @Test
    void aNestedClassPageComesFromItsOuterClassAndCodeIsNoDocComment() {
        foo();
        Source source = at("https://specs.example.invalid/format", "apidocs/org/example/Foo.Bar.html");
        assertEquals("src/main/java/org/example/Foo.java", source.sourceFile());
        assertEquals(4, source.sourceLine(), "the string in code on line 9 is not where Javadoc took the link from");
    }

    @Test
    void testApidocsComeFromTheTestSources() {
        write(
                root,
                "src/test/java/org/example/FooTest.java",
                "package org.example;",
                "/** See <a href=\"../../gone.html\">x</a>. */",
                "class FooTest {}");
        javadocPage("testapidocs/org/example/FooTest.html", "../../gone.html");
        Source source = at("/testapidocs/gone.html", "testapidocs/org/example/FooTest.html");
        assertEquals("src/test/java/org/example/FooTest.java", source.sourceFile());
        assertEquals(2, source.sourceLine());
    }

    @Test
    void javadocsOwnPagesHaveNoSource() {
        foo();
        assertNull(broken(site(root), "https://specs.example.invalid/format", "/apidocs/index-all.html", 3)
                .sourceFile());
        assertNull(
                broken(site(root), "https://specs.example.invalid/format", "/apidocs/org/example/class-use/Foo.html", 3)
                        .sourceFile());
        assertEquals("org/example/package-info.java", JavadocSources.javaFile("org/example/package-summary.html"));
    }

    @Test
    void aClassWithoutASourceNamesNone() {
        Source source = broken(site(root), "https://specs.example.invalid/format", "/apidocs/org/example/Gone.html", 3);
        assertNull(source.sourceFile());
    }
}
