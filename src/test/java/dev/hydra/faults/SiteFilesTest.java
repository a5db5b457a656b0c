package dev.hydra.faults;

import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served folder as file systems leave it: files that may not be read, folders linked back to themselves. */
class SiteFilesTest {

    @TempDir
    Path site;

    private CheckResult check() {
        return run(
                CheckConfig.builder()
                        .directory(site)
                        .progressInterval(Duration.ofHours(1))
                        .build(),
                Duration.ofSeconds(30));
    }

    @Test
    void aFileThatMayNotBeReadIsReportedAsUnreadableNotAsMissing() throws IOException {
        Files.writeString(site.resolve("index.html"), "<a href=\"secret.html\">s</a><a href=\"gone.html\">g</a>");
        Path secret = Files.writeString(site.resolve("secret.html"), "<p>secret</p>");
        assumeTrue(Files.getFileStore(secret).supportsFileAttributeView("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            // root reads any file whatever its mode: then there is nothing unreadable to report
            assumeFalse(Files.isReadable(secret), "this user reads a file of mode 000 (root)");

            CheckResult result = check();

            LinkResult unreadable = link(result, "/secret.html");
            assertEquals(Verdict.BROKEN, unreadable.verdict());
            assertEquals(
                    "file in site directory cannot be read (permission denied): make it readable, or exclude it",
                    unreadable.reason());
            assertEquals(
                    "file not found in site directory",
                    link(result, "/gone.html").reason());
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aFolderLinkedToItsOwnParentIsCrawledOnceByTheRealPath() throws IOException {
        Files.writeString(
                site.resolve("index.html"),
                "<a href=\"loop/page.html\">p</a>\n<a href=\"dead-1.html\">1</a>\n<a href=\"dead-2.html\">2</a>");
        Files.writeString(
                site.resolve("page.html"), "<a href=\"loop/index.html\">again</a>\n<a href=\"dead-3.html\">3</a>");
        try {
            Files.createSymbolicLink(site.resolve("loop"), Path.of("."));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }

        CheckResult result = check();

        List<String> broken = result.withVerdict(Verdict.BROKEN).stream()
                .map(LinkResult::url)
                .sorted()
                .toList();
        assertEquals(List.of("/dead-1.html", "/dead-2.html", "/dead-3.html"), broken, "each dead link once");
        assertEquals(Verdict.OK, link(result, "/loop/page.html").verdict(), "a link through the loop works");
        assertEquals(2, result.summary().pages(), "/ and /page.html, each once: " + result.links());
    }
}
