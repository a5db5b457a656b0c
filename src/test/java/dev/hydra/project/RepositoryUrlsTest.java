package dev.hydra.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The repository a POM's scm names, and the checkout's file each of its web views links to. */
class RepositoryUrlsTest {

    private static final GitCheckout ON_MAIN = new GitCheckout(Path.of("/repo"), "main");

    private static RepositoryUrls scm(String url, String... connections) {
        return RepositoryUrls.ofScm(url, connections).orElseThrow();
    }

    private static String pathOf(RepositoryUrls repository, String link, GitCheckout checkout) {
        Optional<RepositoryPath> path = repository.pathOf(link, checkout);
        return path.map(found -> found.path() + (found.fragment() == null ? "" : "#" + found.fragment()))
                .orElse(null);
    }

    @Test
    void everyWayAPomWritesItsRepositoryNamesTheSameWebAddress() {
        for (String written : new String[] {
            "https://github.com/example/lib",
            "https://github.com/example/lib/",
            "https://github.com/example/lib.git",
            "http://www.github.com/Example/Lib",
            "https://github.com/example/lib/tree/main",
            "scm:git:https://github.com/example/lib.git",
            "scm:git:git@github.com:example/lib.git",
            "scm:git:ssh://git@github.com/example/lib.git",
            "git://github.com/example/lib.git"
        }) {
            assertEquals("https://github.com/example/lib", scm(written).webAddress(), written);
        }
        assertEquals(
                "https://gitlab.com/group/sub/lib",
                scm("scm:git:git@gitlab.com:group/sub/lib.git").webAddress());
        assertEquals(
                "https://gitlab.com/group/sub/lib",
                scm("https://gitlab.com/group/sub/lib/-/tree/main").webAddress());
        assertEquals(
                "https://bitbucket.org/team/lib",
                scm("https://bitbucket.org/team/lib").webAddress());
        assertEquals(
                "https://codeberg.org/team/lib",
                scm("https://codeberg.org/team/lib").webAddress());
    }

    @Test
    void aConnectionCountsOnlyOnTheUrlsHostOrWithoutAUrl() {
        assertEquals(
                "https://github.com/example/lib",
                scm(null, "scm:git:git@github.com:example/lib.git").webAddress());
        assertEquals(
                "https://github.com/example/lib",
                scm("https://github.com/example", null, "scm:git:ssh://git@github.com/example/lib.git")
                        .webAddress());
        assertTrue(RepositoryUrls.ofScm("https://example.org/lib", "scm:git:git@github.com:example/lib.git")
                .isEmpty());
        assertTrue(RepositoryUrls.ofScm("https://svn.example.org/repos/lib").isEmpty());
        assertTrue(RepositoryUrls.ofScm(null).isEmpty());
    }

    @Test
    void gitHubsViewsOfTheBranchCheckedOutNameFilesOfTheCheckout() {
        RepositoryUrls github = scm("https://github.com/example/lib");
        String repo = "https://github.com/example/lib";
        assertEquals("docs/guide.md", pathOf(github, repo + "/blob/main/docs/guide.md", ON_MAIN));
        assertEquals("docs/guide.md#setup", pathOf(github, repo + "/blob/main/docs/guide.md#setup", ON_MAIN));
        assertEquals("docs/guide.md#L10", pathOf(github, repo + "/blob/main/docs/guide.md?plain=1#L10", ON_MAIN));
        assertEquals("docs", pathOf(github, repo + "/tree/main/docs/", ON_MAIN));
        assertEquals("", pathOf(github, repo + "/tree/main", ON_MAIN));
        assertEquals("docs/my page.md", pathOf(github, repo + "/raw/main/docs/my%20page.md", ON_MAIN));
        assertEquals("docs/guide.md", pathOf(github, repo + "/blob/HEAD/docs/guide.md", ON_MAIN));
        assertEquals(
                "docs/guide.md", pathOf(github, "https://GitHub.com/Example/LIB/blob/main/docs/guide.md", ON_MAIN));
        assertEquals(
                "docs/guide.md",
                pathOf(github, "https://raw.githubusercontent.com/example/lib/main/docs/guide.md", ON_MAIN));
        assertEquals(
                "docs/guide.md",
                pathOf(github, "https://raw.githubusercontent.com/example/lib/refs/heads/main/docs/guide.md", ON_MAIN));
    }

    @Test
    void otherRefsRepositoriesAndPagesStayExternal() {
        RepositoryUrls github = scm("https://github.com/example/lib");
        String repo = "https://github.com/example/lib";
        for (String external : new String[] {
            repo + "/blob/v0.1/docs/guide.md",
            repo + "/blob/3f2a9c1/docs/guide.md",
            repo + "/blob/mainline/docs/guide.md",
            repo + "/issues/12",
            repo,
            "https://github.com/example/other/blob/main/docs/guide.md",
            "https://github.com/example/library/blob/main/docs/guide.md",
            "https://gitlab.com/example/lib/-/blob/main/docs/guide.md",
            "https://raw.githubusercontent.com/example/other/main/docs/guide.md"
        }) {
            assertEquals(null, pathOf(github, external, ON_MAIN), external);
        }
    }

    @Test
    void aBranchNameWithSlashesIsMatchedWholeAndADetachedHeadMatchesOnlyHead() {
        RepositoryUrls github = scm("https://github.com/example/lib");
        String repo = "https://github.com/example/lib";
        GitCheckout feature = new GitCheckout(Path.of("/repo"), "feature/links");
        assertEquals("docs/a.md", pathOf(github, repo + "/blob/feature/links/docs/a.md", feature));
        assertEquals(null, pathOf(github, repo + "/blob/feature/docs/a.md", feature));
        GitCheckout detached = new GitCheckout(Path.of("/repo"), null);
        assertEquals("docs/a.md", pathOf(github, repo + "/blob/HEAD/docs/a.md", detached));
        assertEquals(null, pathOf(github, repo + "/blob/main/docs/a.md", detached));
    }

    @Test
    void gitLabBitbucketAndGiteaHaveTheirOwnViews() {
        RepositoryUrls gitlab = scm("https://gitlab.com/group/sub/lib");
        String lab = "https://gitlab.com/group/sub/lib";
        assertEquals("docs/a.md", pathOf(gitlab, lab + "/-/blob/main/docs/a.md", ON_MAIN));
        assertEquals("docs", pathOf(gitlab, lab + "/-/tree/main/docs", ON_MAIN));
        assertEquals("docs/a.md", pathOf(gitlab, lab + "/-/raw/main/docs/a.md", ON_MAIN));
        assertEquals(null, pathOf(gitlab, "https://gitlab.com/group/sub/-/blob/main/lib/docs/a.md", ON_MAIN));

        RepositoryUrls bitbucket = scm("https://bitbucket.org/team/lib");
        assertEquals("docs/a.md", pathOf(bitbucket, "https://bitbucket.org/team/lib/src/main/docs/a.md", ON_MAIN));
        assertEquals("docs/a.md", pathOf(bitbucket, "https://bitbucket.org/team/lib/raw/main/docs/a.md", ON_MAIN));

        RepositoryUrls gitea = scm("https://codeberg.org/team/lib");
        String berg = "https://codeberg.org/team/lib";
        assertEquals("docs/a.md", pathOf(gitea, berg + "/src/branch/main/docs/a.md", ON_MAIN));
        assertEquals("docs/a.md", pathOf(gitea, berg + "/raw/branch/main/docs/a.md", ON_MAIN));
        assertEquals(null, pathOf(gitea, berg + "/src/tag/main/docs/a.md", ON_MAIN));
    }

    @Test
    void lineFragmentsNameTheirLastLine() {
        assertEquals(10, new RepositoryPath("a.java", "L10").lastLine());
        assertEquals(20, new RepositoryPath("a.java", "L10-L20").lastLine());
        assertEquals(12, new RepositoryPath("a.java", "L10C2-L12C5").lastLine());
        assertEquals(20, new RepositoryPath("a.java", "L10-20").lastLine());
        assertEquals(7, new RepositoryPath("a.java", "lines-7").lastLine());
        assertEquals(9, new RepositoryPath("a.java", "lines-7:9").lastLine());
        assertEquals(Integer.MAX_VALUE, new RepositoryPath("a.java", "L99999999999").lastLine());
        assertEquals(0, new RepositoryPath("a.md", "setup").lastLine());
        assertEquals(0, new RepositoryPath("a.md", "Links").lastLine());
        assertEquals(0, new RepositoryPath("a.md", null).lastLine());
    }
}
