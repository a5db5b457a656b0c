package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import dev.hydra.project.PomUrl;
import dev.hydra.project.Remap;
import dev.hydra.project.RepositoryUrls;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Links to the project itself: remapped, into its repository, and the POM's own URLs. */
class ProjectLinksCheckTest {

    @TempDir
    Path base;

    @RegisterExtension
    final TestServer web = TestServer.start("127.0.0.1");

    private void write(String path, String text) throws IOException {
        Checks.write(base, path, text);
    }

    private CheckConfig.Builder readme() {
        return Checks.quick().filesRoot(base).projectDirectory(base).files(List.of(base.resolve("README.md")));
    }

    @Test
    void aRemapToAnotherUrlIsJudgedThereAndShownAsWritten() throws IOException {
        web.page("/v2/a.html", "<h1 id='intro'>A</h1>");
        write(
                "README.md",
                "[a](https://docs.example.org/latest/a.html#intro) [b](https://docs.example.org/latest/b.html)");

        CheckResult result = Checks.run(readme().checkPrivateAddresses(true) // the remap leads to a loopback server
                .remap(Remap.parse("^https://docs\\.example\\.org/latest/ " + web.url("/v2/"))));

        LinkResult a = Checks.link(result, "https://docs.example.org/latest/a.html#intro");
        assertEquals(Verdict.OK, a.verdict());
        assertEquals(web.url("/v2/a.html#intro"), a.judgedAs());
        LinkResult b = Checks.link(result, "https://docs.example.org/latest/b.html");
        assertEquals(Verdict.BROKEN, b.verdict());
        assertEquals(404, b.status());
        assertFalse(web.requests("/v2/a.html").isEmpty(), "the rewritten URL is the one asked");
    }

    @Test
    void anExcludeWrittenForTheLinkAsWrittenLeavesItUnjudged() throws IOException {
        write(".git/HEAD", "ref: refs/heads/main\n");
        write("README.md", "[gone](https://github.com/example/lib/blob/main/gone.md)");

        CheckResult result = Checks.run(readme().repository(
                        RepositoryUrls.ofScm("https://github.com/example/lib").orElseThrow())
                .exclude(java.util.regex.Pattern.compile("github\\.com/example/lib/blob/main/gone")));

        assertEquals(
                Verdict.EXCLUDED,
                Checks.link(result, "https://github.com/example/lib/blob/main/gone.md")
                        .verdict());
    }

    @Test
    void aRepositoryLinkToAFileOutsideTheCheckedFolderStaysExternal() throws IOException {
        write(".git/HEAD", "ref: refs/heads/main\n");
        write("project/README.md", "[top](https://github.com/example/lib/blob/main/TOP.md)");
        Path project = base.resolve("project");

        CheckResult result = Checks.run(Checks.quick()
                .filesRoot(project)
                .projectDirectory(project)
                .files(List.of(project.resolve("README.md")))
                .repository(
                        RepositoryUrls.ofScm("https://github.com/example/lib").orElseThrow())
                .skipExternal(true));

        LinkResult top = Checks.link(result, "https://github.com/example/lib/blob/main/TOP.md");
        assertEquals(ResultKind.EXTERNAL_NOT_CHECKED, top.kind());
        assertNull(top.judgedAs());
    }

    @Test
    void thePomsUrlsAreLinksOfThePomAtTheirLines() throws IOException {
        web.page("/issues", "<p>issues</p>").status("/org", 404);
        write("pom.xml", "<project/>\n");
        write("README.md", "# Readme\n");

        CheckResult result = Checks.run(readme().checkPrivateAddresses(true)
                .pomUrls(List.of(
                        new PomUrl(web.url("/org"), "organization/url", base.resolve("pom.xml"), "/pom.xml", 12),
                        new PomUrl(web.url("/issues"), "issueManagement/url", base.resolve("pom.xml"), "/pom.xml", 15),
                        new PomUrl("${project.url}/x", "url", null, "org.example:parent:1", 4),
                        new PomUrl("docs/", "url", base.resolve("pom.xml"), "/pom.xml", 3))));

        LinkResult org = Checks.link(result, web.url("/org"));
        assertEquals(Verdict.BROKEN, org.verdict());
        assertEquals(List.of(new Source("/pom.xml", 12).withSourceFile("pom.xml", 12)), org.sources());
        assertEquals(Verdict.OK, Checks.link(result, web.url("/issues")).verdict());
        LinkResult placeholder = Checks.link(result, "${project.url}/x");
        assertEquals(ResultKind.UNRESOLVED_PLACEHOLDER, placeholder.kind());
        assertEquals(List.of(new Source("org.example:parent:1", 4)), placeholder.sources());
        assertEquals(ResultKind.INVALID_URL, Checks.link(result, "docs/").kind());
    }

    @Test
    void thePomsUrlsAreSkippedOfflineUnlessTheyLeadToTheProject() throws IOException {
        write(".git/HEAD", "ref: refs/heads/main\n");
        write("README.md", "# Readme\n");
        String scm = "https://github.com/example/lib";

        CheckResult result = Checks.run(readme().repository(
                        RepositoryUrls.ofScm(scm).orElseThrow())
                .skipExternal(true)
                .pomUrls(List.of(
                        new PomUrl(scm, "scm/url", base.resolve("pom.xml"), "/pom.xml", 8),
                        new PomUrl(scm + "/blob/main/README.md", "url", base.resolve("pom.xml"), "/pom.xml", 5),
                        new PomUrl(scm + "/blob/main/LICENSE", "licenses/license/url", null, "org.example:p:1", 9))));

        assertEquals(ResultKind.EXTERNAL_NOT_CHECKED, Checks.link(result, scm).kind());
        LinkResult readme = Checks.link(result, scm + "/blob/main/README.md");
        assertEquals(Verdict.OK, readme.verdict());
        assertEquals("/README.md", readme.judgedAs());
        LinkResult license = Checks.link(result, scm + "/blob/main/LICENSE");
        assertEquals(ResultKind.MISSING_FILE, license.kind());
        assertEquals(List.of(new Source("org.example:p:1", 9)), license.sources());
        assertTrue(
                result.links().stream().noneMatch(link -> link.url().equals("/LICENSE")),
                "a file a POM URL names is no start file of its own: " + result.links());
    }
}
