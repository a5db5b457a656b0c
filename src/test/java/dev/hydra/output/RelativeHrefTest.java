package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Links from the Dead Links page to the pages of its own site work wherever the site is published. */
class RelativeHrefTest {

    @Test
    void fromTheSiteRoot() {
        assertEquals("./", RelativeHref.of("/", "/"));
        assertEquals("guide.html", RelativeHref.of("/", "/guide.html"));
        assertEquals("guide/setup.html#install", RelativeHref.of("/", "/guide/setup.html#install"));
    }

    @Test
    void fromAModuleSite() {
        assertEquals("./", RelativeHref.of("/module-a/", "/module-a/"));
        assertEquals("usage.html", RelativeHref.of("/module-a/", "/module-a/usage.html"));
        assertEquals("../module-b/notes.html#nope", RelativeHref.of("/module-a/", "/module-b/notes.html#nope"));
        assertEquals("../", RelativeHref.of("/components/module-b/", "/components/"));
        assertEquals("../../index.html", RelativeHref.of("/components/module-b/", "/index.html"));
    }

    @Test
    void whatIsNoPageOfTheSiteIsNoLink() {
        assertNull(RelativeHref.of("/", "(start)"));
        assertNull(RelativeHref.of("/", "/README.md"), "a project file is not on the site");
        assertNull(RelativeHref.of("/", "/docs/guide.adoc"));
        assertNull(RelativeHref.of("/", "//evil.example/x"));
        assertNull(RelativeHref.of("/", "/a b\">.html"), "no valid URI, no link");
        assertEquals("./javascript:alert(1)", RelativeHref.of("/", "/javascript:alert(1)"), "never a scheme");
    }
}
