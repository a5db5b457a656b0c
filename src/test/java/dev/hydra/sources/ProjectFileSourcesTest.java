package dev.hydra.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileSourcesTest {

    @TempDir
    Path root;

    @Test
    void aCheckedFileIsItsOwnSourceWithTheLineOfThePage() {
        Path doc = Located.write(root, "docs/a b.md", "# A", "[x](gone.md)");
        SourceLocator locator = new SourceLocator(SourceFolders.NONE, List.of(), root, List.of(doc));
        Source source = Located.broken(locator, "/docs/gone.md", "/docs/a%20b.md", 2);
        assertEquals("docs/a b.md", source.sourceFile());
        assertEquals(2, source.sourceLine());
        assertEquals("docs/a b.md:2", source.sourceText());
    }

    @Test
    void aCrawlOfAUrlHasNoSourcesAndOkLinksAreLeftAlone() {
        SourceLocator none = new SourceLocator(SourceFolders.NONE, List.of(), null, List.of());
        assertNull(Located.broken(none, "https://example.invalid/gone", "https://example.invalid/", 3)
                .sourceFile());
        LinkResult ok = new LinkResult("/a.md", Verdict.OK, null, 0, "", null, List.of(new Source("/docs/a.md", 1)));
        Path doc = Located.write(root, "docs/a.md", "[x](../a.md)");
        List<LinkResult> results = List.of(ok);
        assertSame(
                ok,
                new SourceLocator(SourceFolders.NONE, List.of(), root, List.of(doc))
                        .locate(results)
                        .get(0));
        LinkResult start = new LinkResult(
                "https://example.invalid/",
                Verdict.BROKEN,
                ResultKind.CONNECTION,
                0,
                "refused",
                null,
                List.of(new Source("(start)", 0)));
        assertNull(new SourceLocator(SourceFolders.NONE, List.of(), root, List.of(doc))
                .locate(List.of(start))
                .get(0)
                .sources()
                .get(0)
                .sourceFile());
    }
}
