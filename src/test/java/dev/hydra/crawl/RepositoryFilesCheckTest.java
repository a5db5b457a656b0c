package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A project's own Markdown and AsciiDoc files, checked as GitHub shows them in a repository view. */
class RepositoryFilesCheckTest {

    @TempDir
    Path base;

    @RegisterExtension
    final TestServer web = TestServer.start("127.0.0.1");

    private void write(String path, String text) throws IOException {
        Checks.write(base, path, text);
    }

    private CheckResult check(String... files) {
        List<Path> paths = java.util.Arrays.stream(files).map(base::resolve).toList();
        return Checks.run(Checks.quick().filesRoot(base).files(paths).checkPrivateAddresses(true));
    }

    private static LinkResult link(CheckResult result, String url) {
        return Checks.link(result, url);
    }

    @Test
    void relativeLinksAreJudgedAgainstTheFileSystemAsGitHubResolvesThem() throws IOException {
        write("README.md", """
                # Project

                See the [guide](docs/guide.md), its [install step](docs/guide.md#install-it), the
                [docs folder](docs) and [with a slash](docs/), the [root-relative guide](/docs/guide.md),
                the [source](src/main/java/Foo.java), a ![logo](img/logo.png) and [a missing page](docs/missing.md).

                ```
                [not a link](nowhere.md)
                ```
                """);
        write("docs/guide.md", """
                # Guide

                ## Install it!

                Back to the [readme](../README.md#project) (also [as GitHub renders it](../README.md#user-content-project)),
                out of the [repository](../../elsewhere.md),
                a [missing anchor](#uninstall).
                """);
        write("src/main/java/Foo.java", "class Foo {}");
        write("img/logo.png", "png");

        CheckResult result = check("README.md", "docs/guide.md");

        for (String ok : List.of(
                "/docs/guide.md",
                "/docs/guide.md#install-it",
                "/docs",
                "/docs/",
                "/src/main/java/Foo.java",
                "/img/logo.png",
                "/README.md#project",
                "/README.md#user-content-project")) {
            assertEquals(
                    Verdict.OK,
                    link(result, ok).verdict(),
                    ok + ": " + link(result, ok).reason());
        }
        LinkResult missing = link(result, "/docs/missing.md");
        assertEquals(Verdict.BROKEN, missing.verdict());
        assertEquals(ResultKind.MISSING_FILE, missing.kind());
        assertEquals("file not found: docs/missing.md", missing.reason());
        assertEquals("[/README.md:5]", missing.sources().toString());

        LinkResult anchor = link(result, "/docs/guide.md#uninstall");
        assertEquals(ResultKind.MISSING_ANCHOR, anchor.kind());
        assertEquals("[/docs/guide.md:7]", anchor.sources().toString());

        LinkResult outside = result.links().stream()
                .filter(l -> l.url().contains("elsewhere"))
                .findFirst()
                .orElseThrow();
        assertEquals(Verdict.BROKEN, outside.verdict());
        assertTrue(outside.reason().startsWith("leaves the top folder of the build"), outside.reason());

        assertFalse(
                result.links().stream().anyMatch(l -> l.url().contains("nowhere")), "a link in a code block is text");
        assertEquals(2, result.summary().pages(), "the two files' links were checked");
    }

    @Test
    void externalLinksAreCheckedOnceAcrossAllFiles() throws IOException {
        web.status("/gone", 404).status("/fine", 200);
        write("README.md", "[gone](" + web.url("/gone") + ") and [fine](" + web.url("/fine") + ")\n");
        write("docs/a.adoc", "= A\n\nSee " + web.url("/gone") + "[the gone page] and link:../README.md[the readme].\n");

        CheckResult result = check("README.md", "docs/a.adoc");

        LinkResult gone = link(result, web.url("/gone"));
        assertEquals(ResultKind.HTTP_STATUS, gone.kind());
        assertEquals("[/README.md:1, /docs/a.adoc:3]", gone.sources().toString());
        assertEquals(List.of("HEAD"), web.methods("/gone"), "one request for a URL linked from two files");
        assertEquals(Verdict.OK, link(result, "/README.md").verdict());
    }

    @Test
    void aFileUrlInADocumentIsBrokenAndNeverRead() throws IOException {
        write("README.md", "[passwords](file:///etc/passwd)\n");

        LinkResult fileUrl = check("README.md").links().get(0);

        assertEquals(ResultKind.FILE_URL, fileUrl.kind());
        assertEquals(Verdict.BROKEN, fileUrl.verdict());
    }

    @Test
    void aStartFileThatFailsIsReportedNotAQuietPass() throws IOException {
        write("README.md", "# Readme\n");
        write("docs/gone.md", "# Gone\n");
        CheckConfig.Builder config =
                Checks.quick().filesRoot(base).files(List.of(base.resolve("README.md"), base.resolve("docs/gone.md")));
        Files.delete(base.resolve("docs/gone.md")); // chosen, then gone before it is read

        LinkResult gone = link(Checks.run(config), "/docs/gone.md");

        assertEquals(Verdict.BROKEN, gone.verdict());
        assertEquals("file not found: docs/gone.md", gone.reason());
        assertEquals("[(start)]", gone.sources().toString());
    }

    @Test
    void badFilesAreNamedAndTheRestIsStillChecked() throws IOException {
        Files.write(base.resolve("binary.md"), new byte[] {'#', ' ', 0, 1, 2, '[', 'x', ']'});
        Files.write(
                base.resolve("latin1.md"), "# Caf\u00e9\n\n[here](README.md)\n".getBytes(StandardCharsets.ISO_8859_1));
        write("README.md", "# Readme\n");

        CheckResult result = check("binary.md", "latin1.md", "README.md");

        assertEquals(
                Verdict.OK,
                link(result, "/README.md").verdict(),
                "the file that is not UTF-8 still had its links read");
        assertTrue(
                result.notices().stream().anyMatch(n -> n.startsWith("/binary.md: binary file")),
                result.notices().toString());
        assertTrue(
                result.notices().stream().anyMatch(n -> n.startsWith("/latin1.md: not UTF-8")),
                result.notices().toString());
    }
}
