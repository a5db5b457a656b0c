package dev.hydra.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** remaps entries as users write them for lychee's --remap. */
class RemapTest {

    @Test
    void theFirstMatchIsReplacedWithItsGroups() {
        Remap mirror = Remap.parse("^https://mirror\\.example\\.net/lib/(.*)$ $1");

        assertEquals("docs/guide.md#setup", mirror.apply("https://mirror.example.net/lib/docs/guide.md#setup"));
        assertNull(mirror.apply("https://example.net/lib/docs/guide.md"));
        assertEquals(
                "https://docs.example.org/v2/a.html",
                Remap.parse("  https://docs\\.example\\.org/latest/   https://docs.example.org/v2/ ")
                        .apply("https://docs.example.org/latest/a.html"));
    }

    @Test
    void aReplacementIsAUrlWhenItHasAScheme() {
        assertTrue(Remap.isAbsoluteUrl("https://example.org/a"));
        assertTrue(Remap.isAbsoluteUrl("file:///tmp/a"));
        assertFalse(Remap.isAbsoluteUrl("docs/guide.md"));
        assertFalse(Remap.isAbsoluteUrl("/docs/guide.md"));
        assertFalse(Remap.isAbsoluteUrl("../guide.md#a:b"));
    }

    @Test
    void entriesThatCannotWorkAreRefusedWithTheFix() {
        IllegalArgumentException noReplacement =
                assertThrows(IllegalArgumentException.class, () -> Remap.parse("^https://a/"));
        assertTrue(noReplacement.getMessage().contains("separated by a space"), noReplacement.getMessage());
        IllegalArgumentException badRegex =
                assertThrows(IllegalArgumentException.class, () -> Remap.parse("^https://a/(.* $1"));
        assertTrue(badRegex.getMessage().contains("not a regular expression"), badRegex.getMessage());
        IllegalArgumentException missingGroup =
                assertThrows(IllegalArgumentException.class, () -> Remap.parse("^https://a/(.*)$ $2"));
        assertTrue(missingGroup.getMessage().contains("names group $2"), missingGroup.getMessage());
        assertEquals("cost$2", Remap.parse("^x$ cost\\$2").apply("x"));
    }
}
