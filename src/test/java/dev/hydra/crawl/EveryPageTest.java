package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import dev.hydra.site.SitePart;
import dev.hydra.testing.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local site is judged on every page of its folders, whether links reach it or not; each page is read once. */
class EveryPageTest {

    @Test
    void aPageNoLinkReachesIsJudgedToo(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("old guide"));
        Files.writeString(dir.resolve("index.html"), "<a href='usage.html'>usage</a><a href='usage.html#x'>x</a>");
        Files.writeString(dir.resolve("usage.html"), "<h2 id='x'>x</h2><a href='index.html'>home</a>");
        Files.writeString(dir.resolve("download.html"), "<p>\n<a href='gone.html'>gone</a>");
        Files.writeString(dir.resolve("old guide/index.html"), "<a href='../usage.html#nope'>nope</a>");
        Files.writeString(dir.resolve("notes.txt"), "<a href='not-a-page.html'>text</a>");

        CheckResult result = Checks.run(Checks.quick().directory(dir));

        LinkResult gone = Checks.link(result, "/gone.html");
        assertEquals(Verdict.BROKEN, gone.verdict());
        assertEquals(List.of(new Source("/download.html", 2)), gone.sources());
        assertEquals(
                List.of(new Source("/old%20guide/", 1)),
                Checks.link(result, "/usage.html#nope").sources());
        assertEquals(4, result.summary().pages(), "index, usage, download and old guide, each once");
        assertEquals(
                List.of("/gone.html", "/usage.html#nope"),
                result.withVerdict(Verdict.BROKEN).stream()
                        .map(LinkResult::url)
                        .sorted()
                        .toList());
    }

    @Test
    void everyModuleFolderOfAStagedSiteIsJudged(@TempDir Path temp) throws IOException {
        Path parent = Files.createDirectories(temp.resolve("parent"));
        Files.writeString(parent.resolve("index.html"), "<a href='module-a/'>A</a>");
        Path moduleA = Files.createDirectories(temp.resolve("a"));
        Files.writeString(moduleA.resolve("index.html"), "<a href='../index.html'>parent</a>");
        Files.writeString(moduleA.resolve("orphan.html"), "<a href='../module-a/missing.html'>m</a>");
        // a folder of the parent's site that a module's site stands in for is not the parent's page
        Files.createDirectories(parent.resolve("module-a"));
        Files.writeString(parent.resolve("module-a/shadowed.html"), "<a href='shadow-gone.html'>x</a>");

        CheckResult result = Checks.run(Checks.quick()
                .siteParts(
                        List.of(SitePart.whole(parent, null), new SitePart("/module-a/", moduleA, null, "module-a"))));

        assertEquals(
                List.of("/module-a/missing.html"),
                result.withVerdict(Verdict.BROKEN).stream().map(LinkResult::url).toList());
        assertEquals(3, result.summary().pages());
    }
}
