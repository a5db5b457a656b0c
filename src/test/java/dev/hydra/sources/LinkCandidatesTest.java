package dev.hydra.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCandidatesTest {

    @Test
    void aSiteLinkIsTriedAbsoluteThenRelativeThenByItsLastPartThenByItsFragment() {
        assertEquals(
                List.of("/guide/b.html#x", "b.html#x", "b.html", "#x"),
                LinkCandidates.of("/guide/b.html#x", "/guide/a.html", Origin.Syntax.PLAIN));
    }

    @Test
    void relativeFormsClimbOutOfFolders() {
        assertEquals("../img/a.png", LinkCandidates.relativeTo("/img/a.png", "/guide/a.html"));
        assertEquals("../../x/", LinkCandidates.relativeTo("/x/", "/a/b/c.html"));
        assertEquals("./", LinkCandidates.relativeTo("/guide/", "/guide/"));
        assertEquals("a.html", LinkCandidates.relativeTo("/a.html", "/"));
    }

    @Test
    void markdownTriesTheLinkSyntaxFirstAndEncodedTextAsWritten() {
        List<String> forms = LinkCandidates.of("/a%20b.html", "/", Origin.Syntax.MARKDOWN);
        assertEquals("](/a%20b.html", forms.get(0));
        assertTrue(forms.contains("](a b.html"), forms.toString());
        assertTrue(LinkCandidates.of("https://example.org/", "/", Origin.Syntax.PLAIN)
                .contains("https://example.org"));
    }
}
