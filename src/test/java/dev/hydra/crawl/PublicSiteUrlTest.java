package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import dev.hydra.site.SitePart;
import dev.hydra.testing.Checks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served site is judged as published at its public URL: links resolve against their page's public URL; what lands
 * inside the site is judged on the files, anything else leaves the site.
 */
class PublicSiteUrlTest {

    /** A site published at a folder of its host, like an Apache project's: menus climb to the organisation's site. */
    private static Path site(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("guide"));
        Files.writeString(
                dir.resolve("index.html"),
                "<a href='../../apache-resource-bundles/index.html'>bundles</a>"
                        + "<a href='/ref/current/maven-model/maven.html'>model</a>"
                        + "<a href='guide/usage.html'>usage</a>"
                        + "<a href='../proj/guide/usage.html#setup'>same page, by way of the parent</a>"
                        + "<a href='https://docs.example.org/org/proj/guide/gone.html'>public, gone</a>"
                        + "<a href='https://docs.example.org/org/proj'>public root without slash</a>");
        Files.writeString(
                dir.resolve("guide/usage.html"),
                "<h2 id='setup'>Setup</h2><a href='../../../org/'>org</a><a href='../missing.html'>missing</a>");
        return dir;
    }

    @Test
    void linksLeavingThePublicUrlAreExternalAndTheRestAreJudgedOnTheFiles(@TempDir Path dir) throws IOException {
        CheckResult result = Checks.run(Checks.quick()
                .directory(site(dir))
                .siteUrl(URI.create("https://docs.example.org/org/proj/"))
                .skipExternal(true));

        for (String external : List.of(
                "https://docs.example.org/apache-resource-bundles/index.html",
                "https://docs.example.org/ref/current/maven-model/maven.html",
                "https://docs.example.org/org/")) {
            LinkResult link = Checks.link(result, external);
            assertEquals(ResultKind.EXTERNAL_NOT_CHECKED, link.kind(), external);
        }
        assertEquals(Verdict.OK, Checks.link(result, "/guide/usage.html").verdict());
        assertEquals(Verdict.OK, Checks.link(result, "/guide/usage.html#setup").verdict());
        assertEquals(Verdict.OK, Checks.link(result, "/").verdict());
        assertEquals(
                List.of("/guide/gone.html", "/missing.html"),
                result.withVerdict(Verdict.BROKEN).stream()
                        .map(LinkResult::url)
                        .sorted()
                        .toList());
    }

    @Test
    void withoutAPublicUrlALinkAboveTheRootIsOutsideTheSiteAndRootAbsoluteIsTheFolder(@TempDir Path dir)
            throws IOException {
        CheckResult result = Checks.run(Checks.quick().directory(site(dir)).skipExternal(true));

        LinkResult bundles = Checks.link(result, "../../apache-resource-bundles/index.html");
        assertEquals(ResultKind.OUTSIDE_SITE, bundles.kind());
        assertEquals(Verdict.WARNING, bundles.verdict());
        assertEquals(true, bundles.reason().contains("siteUrl"), bundles.reason());
        // written three levels up on a page one folder down: the same place above the root as from the root
        assertEquals(ResultKind.OUTSIDE_SITE, Checks.link(result, "../../org/").kind());
        assertEquals(
                ResultKind.OUTSIDE_SITE,
                Checks.link(result, "../proj/guide/usage.html#setup").kind());
        // root-absolute: the served folder's root, as a static host serves it
        LinkResult model = Checks.link(result, "/ref/current/maven-model/maven.html");
        assertEquals(ResultKind.MISSING_FILE, model.kind());
        assertNull(Checks.link(result, "/guide/usage.html").kind());
    }

    @Test
    void aStagedReactorSiteStandsAtItsPublicUrlWithModulePathsBelow(@TempDir Path temp) throws IOException {
        Path parent = Files.createDirectories(temp.resolve("parent"));
        Files.writeString(parent.resolve("index.html"), "<a href='module-a/'>A</a><a href='../../org/'>org</a>");
        Path moduleA = Files.createDirectories(temp.resolve("a"));
        Files.writeString(
                moduleA.resolve("index.html"),
                "<a href='../index.html'>parent</a><a href='../../../org/'>org</a><a href='/skins/'>skins</a>");
        CheckResult result = Checks.run(Checks.quick()
                .siteParts(List.of(SitePart.whole(parent, null), new SitePart("/module-a/", moduleA, null, "module-a")))
                .siteUrl(URI.create("https://docs.example.org/org/proj/"))
                .skipExternal(true));

        assertEquals(
                ResultKind.EXTERNAL_NOT_CHECKED,
                Checks.link(result, "https://docs.example.org/org/").kind());
        assertEquals(
                ResultKind.EXTERNAL_NOT_CHECKED,
                Checks.link(result, "https://docs.example.org/skins/").kind());
        assertEquals(Verdict.OK, Checks.link(result, "/index.html").verdict());
        assertEquals(List.of(), result.withVerdict(Verdict.BROKEN));
    }
}
