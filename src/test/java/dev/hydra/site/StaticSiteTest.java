package dev.hydra.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static host's rules over folders served under their paths, as site:stage lays out module sites. */
class StaticSiteTest {

    @Test
    void eachPathIsAnsweredFromTheFolderServedUnderTheLongestPathThatHoldsIt(@TempDir Path temp) throws IOException {
        Path parent = write(temp, "parent/index.html");
        write(temp, "parent/module-a/stale.html"); // hidden by the module's own folder, as staging replaces it
        Path module = write(temp, "a/site/index.html");
        write(temp, "a/site/guide/index.html");
        StaticSite site = StaticSite.of(List.of(
                SitePart.whole(parent.getParent(), null),
                new SitePart("/module-a/", module.getParent(), null, "module-a")));

        assertEquals(found(parent.toRealPath()), site.answer("/"));
        assertEquals(found(module.toRealPath()), site.answer("/module-a/"));
        assertEquals(found(module.toRealPath()), site.answer("/module-a/index.html"));
        assertInstanceOf(StaticSite.AddSlash.class, site.answer("/module-a"));
        assertInstanceOf(StaticSite.AddSlash.class, site.answer("/module-a/guide"));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/module-a/stale.html"));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/module-a/../index.html"));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/module-a%2findex.html"));
        assertEquals("/module-a/", site.partOf("/module-a/guide/").path());
        assertEquals("/", site.partOf("/module-b/index.html").path());
    }

    @Test
    void withoutTheParentsFolderItsPathsBelongToNoPart(@TempDir Path temp) throws IOException {
        Path module = write(temp, "a/site/index.html");
        StaticSite site = StaticSite.of(List.of(new SitePart("/module-a/", module.getParent(), null, "module-a")));

        assertNull(site.partOf("/index.html"));
        assertNull(site.partOf("/module-b/"));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/index.html"));
        assertEquals(found(module.toRealPath()), site.answer("/module-a/"));
    }

    @Test
    void aModuleFolderCannotReachItsSiblingsThroughALink(@TempDir Path temp) throws IOException {
        Path module = write(temp, "a/site/index.html");
        write(temp, "b/site/secret.html");
        try {
            Files.createSymbolicLink(module.getParent().resolve("b"), temp.resolve("b/site"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        StaticSite site = StaticSite.of(List.of(new SitePart("/module-a/", module.getParent(), null, "module-a")));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/module-a/b/secret.html"));
    }

    @Test
    void filesAndFoldersAreJudgedByWhereTheirLinksLead(@TempDir Path temp) throws IOException {
        Path root = write(temp, "site/index.html").getParent();
        Path page = write(temp, "site/docs/page.html");
        write(temp, "outside/docs/page.html");
        try {
            Files.createSymbolicLink(root.resolve("inner"), root.resolve("docs"));
            Files.createSymbolicLink(root.resolve("outer"), temp.resolve("outside/docs"));
            Files.createSymbolicLink(root.resolve("docs/again.html"), page);
            Files.createSymbolicLink(root.resolve("docs/escape.html"), temp.resolve("outside/docs/page.html"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        StaticSite site = StaticSite.of(root);

        assertEquals(found(root.resolve("docs/page.html").toRealPath()), site.answer("/docs/page.html"));
        assertEquals(found(root.toRealPath().resolve("inner/page.html")), site.answer("/inner/page.html"));
        assertEquals(found(root.toRealPath().resolve("docs/again.html")), site.answer("/docs/again.html"));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/outer/page.html"));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/outer/"));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/docs/escape.html"));
        assertInstanceOf(StaticSite.AddSlash.class, site.answer("/inner"));
    }

    @Test
    void onlyRegularFilesAreSent(@TempDir Path temp) throws IOException, InterruptedException {
        Path root = write(temp, "site/index.html").getParent();
        Files.createDirectories(root.resolve("folder.html"));
        StaticSite site = StaticSite.of(root);
        assertInstanceOf(StaticSite.AddSlash.class, site.answer("/folder.html"));
        assertInstanceOf(StaticSite.NotFound.class, site.answer("/folder.html/"), "a folder without index.html");

        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", root.resolve("pipe.html").toString()).start();
        } catch (IOException e) {
            return; // no mkfifo here: the folder cases still ran
        }
        boolean made = mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
        mkfifo.destroyForcibly(); // nothing left running, should it have hung
        if (made) {
            assertInstanceOf(StaticSite.NotFound.class, site.answer("/pipe.html"), "reading a pipe would never end");
        }
    }

    @Test
    void partPathsAreCheckedWhenTheSiteIsMade(@TempDir Path temp) throws IOException {
        Path folder = write(temp, "x/index.html").getParent();
        assertThrows(IllegalArgumentException.class, () -> new SitePart("module-a/", folder, null, null));
        assertThrows(IllegalArgumentException.class, () -> new SitePart("/../up/", folder, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> StaticSite.of(
                        List.of(new SitePart("/a/", folder, null, "one"), new SitePart("/a/", folder, null, "two"))));
        assertThrows(IOException.class, () -> StaticSite.of(temp.resolve("none")));
    }

    /** The answer for this file, with its size as it is now. */
    private static StaticSite.Found found(Path file) throws IOException {
        return new StaticSite.Found(file, Files.size(file));
    }

    private static Path write(Path root, String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><title>" + relative + "</title>");
        return file;
    }
}
