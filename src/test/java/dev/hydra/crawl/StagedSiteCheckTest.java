package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import dev.hydra.site.SitePart;
import dev.hydra.testing.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multi-module site checked as site:stage lays it out: each module's folder under its path, in one crawl. */
class StagedSiteCheckTest {

    @Test
    void linksBetweenModuleSitesResolveAsOnTheStagedSite(@TempDir Path temp) throws IOException {
        Path parent = page(
                temp,
                "parent/index.html",
                "<a href='module-a/index.html'>A</a>" + "<a href='module-b/'>B</a><a href='gone.html'>gone</a>");
        Path moduleA = page(
                temp,
                "module-a/site/index.html",
                "<a href='../index.html'>up</a>"
                        + "<a href='../module-b/notes.html#api'>api</a><a href='../module-b/notes.html#nope'>nope</a>"
                        + "<a href='usage.html'>usage</a>");
        page(temp, "module-a/site/usage.html", "<h2 id='x'>x</h2>");
        Path moduleB = page(temp, "module-b/out/index.html", "<a href='notes.html'>notes</a>");
        page(temp, "module-b/out/notes.html", "<h2 id='api'>API</h2><a href='../module-a/missing.html'>m</a>");

        CheckResult result = Checks.run(Checks.quick()
                .siteParts(List.of(
                        SitePart.whole(parent.getParent(), null),
                        new SitePart("/module-a/", moduleA.getParent(), null, "module-a"),
                        new SitePart("/module-b/", moduleB.getParent(), null, "module-b"))));

        List<String> broken = result.withVerdict(Verdict.BROKEN).stream()
                .map(LinkResult::url)
                .sorted()
                .toList();
        assertEquals(List.of("/gone.html", "/module-a/missing.html", "/module-b/notes.html#nope"), broken);
        assertEquals(Verdict.OK, Checks.link(result, "/module-b/notes.html#api").verdict());
        assertEquals(Verdict.OK, Checks.link(result, "/index.html").verdict());
        assertEquals(
                "/module-a/",
                Checks.link(result, "/module-b/notes.html#nope")
                        .sources()
                        .get(0)
                        .page());
        assertEquals(5, result.summary().pages(), "every page of the three folders is crawled once");
    }

    @Test
    void aModuleSiteCheckedAloneSkipsTheSitesThisBuildDidNotMake(@TempDir Path temp) throws IOException {
        Path moduleA = page(
                temp,
                "module-a/site/index.html",
                "<a href='../index.html'>up</a>"
                        + "<a href='../module-b/notes.html#api'>api</a><a href='usage.html'>usage</a>"
                        + "<a href='missing.html'>missing</a>");
        page(temp, "module-a/site/usage.html", "usage");

        CheckResult result = Checks.run(
                Checks.quick().siteParts(List.of(new SitePart("/module-a/", moduleA.getParent(), null, "module-a"))));

        for (String url : List.of("/index.html", "/module-b/notes.html#api")) {
            LinkResult link = Checks.link(result, url);
            assertEquals(Verdict.SKIPPED, link.verdict(), url);
            assertEquals(ResultKind.SITE_NOT_BUILT, link.kind(), url);
            assertTrue(link.reason().contains("/module-a/"), link.reason());
            assertTrue(link.reason().contains("without -pl"), link.reason());
        }
        assertEquals(Verdict.OK, Checks.link(result, "/module-a/usage.html").verdict());
        assertEquals(
                List.of("/module-a/missing.html"),
                result.withVerdict(Verdict.BROKEN).stream().map(LinkResult::url).toList());
    }

    @Test
    void aModuleSiteLeftOutBelowTheParentsIsNotBuiltNotMissing(@TempDir Path temp) throws IOException {
        // mvn -pl module-a -am: the parent's site and module-a's are made, module-b's is not
        Path parent = page(
                temp,
                "parent/index.html",
                "<a href='module-a/'>A</a><a href='module-b/'>B</a><a href='module-b'>B</a><a href='gone.html'>g</a>");
        Path moduleA = page(temp, "a/index.html", "<a href='../module-b/usage.html'>B's usage</a>");

        CheckResult result = Checks.run(Checks.quick()
                .siteParts(List.of(
                        SitePart.whole(parent.getParent(), null),
                        new SitePart("/module-a/", moduleA.getParent(), null, "module-a")))
                .absentSitePaths(List.of("/module-b/")));

        for (String url : List.of("/module-b/", "/module-b", "/module-b/usage.html")) {
            assertEquals(ResultKind.SITE_NOT_BUILT, Checks.link(result, url).kind(), url);
        }
        assertEquals(ResultKind.MISSING_FILE, Checks.link(result, "/gone.html").kind());
        assertEquals(Verdict.OK, Checks.link(result, "/module-a/").verdict());
    }

    private static Path page(Path root, String relative, String body) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><title>t</title>" + body);
        return file;
    }
}
