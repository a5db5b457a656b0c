package dev.hydra.sources;

import static dev.hydra.sources.Located.broken;
import static dev.hydra.sources.Located.site;
import static dev.hydra.sources.Located.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.model.Source;
import java.nio.file.Path;
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
    }

    @Test
    void aClassPageNamesTheLineOfTheDocCommentThatHoldsTheLink() {
        foo();
        Source source = broken(site(root), "https://specs.example.invalid/format", "/apidocs/org/example/Foo.html", 80);
        assertEquals("src/main/java/org/example/Foo.java", source.sourceFile());
        assertEquals(4, source.sourceLine());
    }

    @Test
    void aNestedClassPageComesFromItsOuterClassAndCodeIsNoDocComment() {
        foo();
        Source source =
                broken(site(root), "https://specs.example.invalid/format", "/apidocs/org/example/Foo.Bar.html", 0);
        assertEquals("src/main/java/org/example/Foo.java", source.sourceFile());
        assertEquals(4, source.sourceLine(), "the string in code on line 9 is not where Javadoc took the link from");
    }

    @Test
    void testApidocsComeFromTheTestSources() {
        write(
                root,
                "src/test/java/org/example/FooTest.java",
                "package org.example;",
                "/** See <a href=\"../gone.html\">x</a>. */",
                "class FooTest {}");
        Source source = broken(site(root), "/testapidocs/gone.html", "/testapidocs/org/example/FooTest.html", 0);
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
