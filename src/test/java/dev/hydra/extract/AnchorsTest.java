package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Fragments compared with a page's ids and names as a browser does. */
class AnchorsTest {

    @Test
    void aFragmentMatchesAnIdOrAName() {
        Set<String> anchors = Set.of("intro", "legacy");
        assertTrue(Anchors.isSatisfied("intro", anchors));
        assertTrue(Anchors.isSatisfied("legacy", anchors));
        assertFalse(Anchors.isSatisfied("part", anchors));
        assertFalse(Anchors.isSatisfied("Intro", anchors), "ids are case-sensitive");
    }

    @Test
    void percentEncodedFragmentsMatchTheirDecodedIds() {
        assertTrue(Anchors.isSatisfied("%C3%A9t%C3%A9", Set.of("été")));
        assertTrue(Anchors.isSatisfied("été", Set.of("été")));
        assertTrue(Anchors.isSatisfied("with%20space", Set.of("with space")));
    }

    @Test
    void javadocMethodAnchorsMatchEncodedOrNot() {
        Set<String> modern = Set.of("method(java.lang.String)", "<init>(int)");
        assertTrue(Anchors.isSatisfied("method(java.lang.String)", modern));
        assertTrue(Anchors.isSatisfied("method%28java.lang.String%29", modern));
        assertTrue(Anchors.isSatisfied("%3Cinit%3E(int)", modern));
        assertFalse(Anchors.isSatisfied("method(java.lang.Object)", modern));
        // Javadoc 8 wrote method anchors with dashes: a link in that style needs that anchor
        Set<String> older = Set.of("method-java.lang.String-");
        assertTrue(Anchors.isSatisfied("method-java.lang.String-", older));
        assertFalse(Anchors.isSatisfied("method-java.lang.String-", modern));
    }

    @Test
    void emptyAndTopFragmentsAreAlwaysValid() {
        assertTrue(Anchors.isSatisfied("", Set.of()));
        assertTrue(Anchors.isSatisfied("top", Set.of()));
        assertTrue(Anchors.isSatisfied("TOP", Set.of()));
    }

    @Test
    void textFragmentsAreNotAnchors() {
        assertTrue(Anchors.isSatisfied(":~:text=some%20words", Set.of()));
        assertTrue(Anchors.isSatisfied("intro:~:text=words", Set.of("intro")));
        assertFalse(Anchors.isSatisfied("gone:~:text=words", Set.of("intro")));
    }

    @Test
    void malformedEscapesAreKeptAsWritten() {
        assertEquals("100%", Anchors.percentDecode("100%"));
        assertEquals("a%zz", Anchors.percentDecode("a%zz"));
        assertEquals("a+b", Anchors.percentDecode("a+b"));
    }
}
