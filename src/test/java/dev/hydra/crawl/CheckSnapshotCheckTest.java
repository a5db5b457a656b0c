package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.project.RepositoryUrls;
import dev.hydra.site.SitePart;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeat checks of one served site with one cache directory, where the second check takes over the results of the
 * first for what did not change: after each change to the site, its results are exactly those of a check without the
 * cache, and it reads no page that did not change.
 */
class CheckSnapshotCheckTest {

    @TempDir
    Path project;

    @TempDir
    Path cacheDir;

    @TempDir
    Path coldCacheDir;

    private Path site;
    private HttpServer external;
    private final AtomicInteger externalRequests = new AtomicInteger();
    private volatile int goneStatus = 404;
    private String externalUrl;

    @BeforeEach
    void writeSite() throws IOException {
        external = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        external.createContext("/", exchange -> {
            externalRequests.incrementAndGet();
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 200 : goneStatus, -1);
            exchange.close();
        });
        external.start();
        externalUrl = "http://127.0.0.1:" + external.getAddress().getPort();
        site = Files.createDirectories(project.resolve("site"));
        write(
                "index.html",
                page(
                        "<h1 id='top'>Home</h1>",
                        "<a href='p1.html'>one</a>",
                        "<a href='p2.html#part'>part</a>",
                        "<a href='p3.html#nowhere'>no anchor</a>",
                        "<a href='missing.html'>dead</a>",
                        "<a href='later.html'>made later</a>",
                        "<a href='guide'>folder without slash</a>",
                        "<a href='guide/#intro'>folder</a>",
                        "<a href='guide/index.html#intro'>its index</a>",
                        "<a href='img/logo.png'>image</a>",
                        "<a href='img/gone.png'>image gone</a>",
                        "<a href='p1.html?tab=2#part'>with a query</a>",
                        "<a href='" + externalUrl + "/ok'>external</a>",
                        "<a href='" + externalUrl + "/gone'>external dead</a>",
                        "<a href='mailto:a@example.org'>mail</a>",
                        "<a href='http://[bad'>invalid</a>",
                        "<a href='p4.html' data-hydra-ignore>ignored</a>",
                        "<a href='p4.html'>four</a>"));
        for (int i = 1; i <= 4; i++) {
            write(
                    "p" + i + ".html",
                    page(
                            "<p id='part'>Page " + i + "</p>",
                            "<a href='p" + (i % 4 + 1) + ".html#part'>next part</a>",
                            "<a href='index.html#top'>home</a>",
                            "<a href='gone-" + i + ".html'>dead</a>"));
        }
        write("guide/index.html", page("<h2 id='intro'>Intro</h2>", "<a href='../p1.html#part'>back</a>"));
        write("guide/deep/page.html", page("<a href='../index.html#intro'>up</a>", "<a href='../../nope.html'>no</a>"));
        write("orphan.html", page("<a href='orphan-dead.html'>dead</a>"));
        Files.createDirectories(site.resolve("img"));
        Files.write(site.resolve("img/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @AfterEach
    void stopServer() {
        external.stop(0);
    }

    private static String page(String... lines) {
        return "<html><body>\n" + String.join("\n", lines) + "\n</body></html>\n";
    }

    private void write(String path, String content) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void edit(String path, String from, String to) throws IOException {
        String before = Files.readString(site.resolve(path));
        assertTrue(before.contains(from), from + " in " + path);
        write(path, before.replace(from, to));
    }

    /** What the checks serve: the site's folder, unless a test serves it otherwise. */
    private UnaryOperator<CheckConfig.Builder> served = builder -> builder.directory(site);

    /** What the last check with the cache said of what it took over, or null. */
    private String lastReuse;

    /** What a check told its listener's log. */
    private final List<String> said = new CopyOnWriteArrayList<>();

    /**
     * A check with a clock an hour ahead: every file of the test lies long enough before the check for its stamp to
     * be kept, as a site generated minutes before a check is.
     */
    private CheckResult check(Path cache, UnaryOperator<CheckConfig.Builder> more) throws Exception {
        said.clear();
        CheckConfig.Builder builder = served.apply(CheckConfig.builder())
                .threads(2)
                .checkPrivateAddresses(true) // the external host is a loopback server
                .cacheDirectory(cache)
                .cacheTtl(Duration.ofDays(1))
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
        return new LinkCheck(more.apply(builder).build(), new CheckListener() {
                    @Override
                    public void info(String message) {
                        said.add(message);
                    }
                })
                .run();
    }

    private CheckResult again() throws Exception {
        return check(cacheDir, builder -> builder);
    }

    /** The same check from an empty cache, deleted afterwards: what every check with the cache must give. */
    private CheckResult cold(UnaryOperator<CheckConfig.Builder> more) throws Exception {
        try (Stream<Path> files = Files.list(coldCacheDir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        return check(coldCacheDir, more);
    }

    private String reuse() {
        return said.stream()
                .filter(line -> line.contains("came from the last check"))
                .findFirst()
                .orElse(null);
    }

    /**
     * The results, sorted; an external link's reason without the result cache's note: the cold check here starts
     * from an empty cache, and what the result cache answers is not what this test is about.
     */
    private static List<LinkResult> sorted(CheckResult result) {
        List<LinkResult> links = new ArrayList<>();
        for (LinkResult link : result.links()) {
            links.add(new LinkResult(
                    link.url(),
                    link.verdict(),
                    link.kind(),
                    link.status(),
                    link.reason().replaceAll(" \\(cached [^)]*\\)$", ""),
                    link.finalUrl(),
                    link.judgedAs(),
                    link.sources()));
        }
        links.sort(null);
        return links;
    }

    /** The check with the cache gives what a check without it gives, and took over {@code reused} pages. */
    private CheckResult assertSameAsCold(int reused, UnaryOperator<CheckConfig.Builder> more) throws Exception {
        CheckResult replayed = check(cacheDir, more);
        String reuse = reuse();
        lastReuse = reuse;
        CheckResult cold = cold(more);
        assertEquals(sorted(cold), sorted(replayed));
        assertEquals(cold.summary().pages(), replayed.summary().pages(), "pages");
        assertEquals(cold.summary().links(), replayed.summary().links(), "links");
        assertEquals(notices(cold), notices(replayed), "notices");
        if (reused < 0) {
            assertEquals(null, reuse, "nothing taken over");
        } else {
            assertNotNull(reuse, "results taken over: " + said);
            assertTrue(reuse.startsWith("the results of " + reused + " pages came from the last check"), reuse);
        }
        return replayed;
    }

    private CheckResult assertSameAsCold(int reused) throws Exception {
        return assertSameAsCold(reused, builder -> builder);
    }

    private static List<String> notices(CheckResult result) {
        return result.notices().stream()
                .filter(notice -> !notice.contains("came from the result cache"))
                .toList();
    }

    private static LinkResult result(CheckResult check, String url) {
        return check.links().stream()
                .filter(link -> link.url().equals(url) && link.verdict() != Verdict.SKIPPED)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + url + " in " + check.links()));
    }

    /** The site's pages: index.html, p1 to p4, guide/index.html, guide/deep/page.html and orphan.html. */
    private static final int PAGES = 8;

    @Test
    void anUnchangedSiteIsTakenOverWholeAndItsExternalLinksCheckedAgain() throws Exception {
        CheckResult first = again();
        assertEquals(null, reuse(), "the first check takes nothing over");
        assertEquals(sorted(cold(builder -> builder)), sorted(first));
        int requests = externalRequests.get();

        CheckResult second = assertSameAsCold(PAGES);
        assertTrue(lastReuse.contains("; 0 pages that changed since then were checked again"), lastReuse);
        assertEquals(Verdict.BROKEN, result(second, "/missing.html").verdict());
        assertEquals(Verdict.BROKEN, result(second, "/p3.html#nowhere").verdict());
        assertEquals(Verdict.OK, result(second, "/guide/#intro").verdict());
        assertEquals(Verdict.BROKEN, result(second, "/orphan-dead.html").verdict());
        assertTrue(externalRequests.get() > requests, "the dead external link is asked again");
    }

    @Test
    void aPageGivenANewDeadLinkIsCrawledAgainAlone() throws Exception {
        again();
        edit("p2.html", "<a href='gone-2.html'>dead</a>", "<a href='gone-2b.html'>dead</a>");
        CheckResult second = assertSameAsCold(PAGES - 1);
        assertEquals(Verdict.BROKEN, result(second, "/gone-2b.html").verdict());
        assertTrue(
                second.links().stream().noneMatch(link -> link.url().equals("/gone-2.html")), "its old link is gone");
    }

    @Test
    void anAnchorRemovedFromAPageBreaksTheLinksOfPagesThatDidNotChange() throws Exception {
        CheckResult first = again();
        assertEquals(Verdict.OK, result(first, "/p2.html#part").verdict());
        edit("p2.html", "id='part'", "id='renamed'");
        CheckResult second = assertSameAsCold(PAGES - 1);
        assertEquals(Verdict.BROKEN, result(second, "/p2.html#part").verdict());
        assertEquals(
                List.of("/", "/p1.html"),
                result(second, "/p2.html#part").sources().stream()
                        .map(source -> source.page())
                        .distinct()
                        .toList());
    }

    @Test
    void aPageDeletedOrMadeLaterChangesTheLinksToIt() throws Exception {
        again();
        Files.delete(site.resolve("p3.html"));
        write("later.html", page("<a href='made-later-dead.html'>dead</a>"));
        CheckResult second = assertSameAsCold(PAGES - 1);
        assertEquals(Verdict.BROKEN, result(second, "/p3.html#nowhere").verdict());
        assertEquals(Verdict.OK, result(second, "/later.html").verdict());
        assertEquals(Verdict.BROKEN, result(second, "/made-later-dead.html").verdict());
    }

    @Test
    void aFolderIndexChangedOrRemovedIsJudgedAgainUnderEachOfItsUrls() throws Exception {
        again();
        edit("guide/index.html", "id='intro'", "id='start'");
        CheckResult changed = assertSameAsCold(PAGES - 1);
        assertEquals(Verdict.BROKEN, result(changed, "/guide/#intro").verdict());
        assertEquals(Verdict.BROKEN, result(changed, "/guide/index.html#intro").verdict());

        Files.delete(site.resolve("guide/deep/page.html"));
        Files.delete(site.resolve("guide/deep"));
        Files.delete(site.resolve("guide/index.html"));
        Files.delete(site.resolve("guide"));
        CheckResult gone = assertSameAsCold(PAGES - 2);
        assertEquals(Verdict.BROKEN, result(gone, "/guide").verdict());
    }

    @Test
    void aNewPageNoLinkReachesIsCheckedAndAnImageAddedIsFound() throws Exception {
        again();
        write("new-orphan.html", page("<a href='new-orphan-dead.html'>dead</a>"));
        Files.write(site.resolve("img/gone.png"), new byte[] {1, 2, 3});
        CheckResult second = assertSameAsCold(PAGES);
        assertEquals(Verdict.BROKEN, result(second, "/new-orphan-dead.html").verdict());
        assertEquals(Verdict.OK, result(second, "/img/gone.png").verdict());
    }

    @Test
    void anExternalLinkIsJudgedAnewOnAnUnchangedPage() throws Exception {
        CheckResult first = again();
        assertEquals(Verdict.BROKEN, result(first, externalUrl + "/gone").verdict());
        goneStatus = 200; // a dead link is never kept in the result cache: it is asked again
        CheckResult second = assertSameAsCold(PAGES);
        assertEquals(Verdict.OK, result(second, externalUrl + "/gone").verdict());
    }

    @Test
    void changesInARowEachGiveTheColdVerdicts() throws Exception {
        again();
        edit("p1.html", "</body>", "<a href='p2.html#renamed'>soon</a></body>");
        assertSameAsCold(PAGES - 1);
        edit("p2.html", "id='part'", "id='renamed'");
        assertSameAsCold(PAGES - 1);
        Files.delete(site.resolve("orphan.html"));
        assertSameAsCold(PAGES - 1);
        assertSameAsCold(PAGES - 1); // nothing changed since: the last snapshot holds the site as it is
    }

    @Test
    void aChangedSettingTakesNothingOver() throws Exception {
        again();
        UnaryOperator<CheckConfig.Builder> excluding = builder -> builder.exclude(Pattern.compile(".*p4.*"));
        assertSameAsCold(-1, excluding);
        assertSameAsCold(PAGES - 1, excluding); // its own snapshot serves the next check with that setting (p4 is not
        // crawled)
    }

    @Test
    void aDamagedSnapshotCostsAFullCheckWithOneNotice() throws Exception {
        again();
        Path snapshot;
        try (Stream<Path> files = Files.list(cacheDir)) {
            snapshot = files.filter(file -> file.getFileName().toString().startsWith(CheckSnapshots.FILE_PREFIX))
                    .findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(snapshot, bytes, StandardOpenOption.TRUNCATE_EXISTING);
        CheckResult second = again();
        assertEquals(null, reuse());
        assertTrue(
                second.notices().stream().anyMatch(notice -> notice.contains("were not used, as its checksum")),
                second.notices().toString());
        List<LinkResult> expected = sorted(cold(builder -> builder));
        assertEquals(expected, sorted(second));
        assertSameAsCold(PAGES); // the damaged file was replaced
    }

    @Test
    void aPageWrittenAgainWithoutChangeIsTakenOverByItsHash() throws Exception {
        again();
        Path touched = site.resolve("p4.html");
        Files.writeString(touched, Files.readString(touched));
        assertSameAsCold(PAGES);
    }

    @Test
    void theCacheOffWritesNoSnapshot() throws Exception {
        check(cacheDir, builder -> builder.cacheDirectory(null));
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertFalse(files.findAny().isPresent(), "nothing written");
        }
    }

    @Test
    void aStagedSiteOfModulesIsTakenOverPartByPart() throws Exception {
        Path module = Files.createDirectories(project.resolve("module-site"));
        Files.writeString(
                module.resolve("index.html"),
                page("<a href='../p1.html#part'>up</a>", "<a href='notes.html#api'>notes</a>"));
        Files.writeString(
                module.resolve("notes.html"),
                page("<h2 id='api'>API</h2>", "<a href='../missing-in-parent.html'>m</a>"));
        edit("p1.html", "</body>", "<a href='module/notes.html#api'>module</a></body>");
        served = builder -> builder.siteParts(
                List.of(SitePart.whole(site, null), new SitePart("/module/", module, null, "module")));
        again();
        Files.writeString(module.resolve("notes.html"), page("<h2 id='apis'>API</h2>"));
        CheckResult second = assertSameAsCold(PAGES + 1);
        assertEquals(Verdict.BROKEN, result(second, "/module/notes.html#api").verdict());
        assertTrue(second.links().stream().noneMatch(link -> link.url().equals("/missing-in-parent.html")));
    }

    /**
     * A page linking a line of the project's repository view is judged on the checkout, which the site's files do not
     * tell: it is crawled again on every check, and the file's new length decides.
     */
    @Test
    void aLinkJudgedOnTheCheckoutIsJudgedAgainThoughItsPageDidNotChange() throws Exception {
        Files.writeString(project.resolve("NOTES.md"), "# Notes\n\nshort\n");
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        edit("p3.html", "</body>", "<a href='https://github.com/example/lib/blob/main/NOTES.md#L9'>line</a></body>");
        UnaryOperator<CheckConfig.Builder> onTheCheckout = builder -> builder.projectDirectory(project)
                .filesRoot(project)
                .files(List.of(project.resolve("NOTES.md")))
                .repository(
                        RepositoryUrls.ofScm("https://github.com/example/lib").orElseThrow());
        CheckResult first = check(cacheDir, onTheCheckout);
        String line = "https://github.com/example/lib/blob/main/NOTES.md#L9";
        assertEquals(Verdict.BROKEN, result(first, line).verdict());
        Files.writeString(project.resolve("NOTES.md"), "# Notes\n\nlong\n\n\n\n\n\n\n\n");
        CheckResult second = assertSameAsCold(PAGES - 1, onTheCheckout);
        assertEquals(Verdict.OK, result(second, line).verdict());
    }

    /** A site generated again writes every file anew: the pages with the same bytes are taken over all the same. */
    @Test
    void aSiteWrittenAgainWithTheSameBytesIsTakenOverExceptWhatChanged() throws Exception {
        again();
        writeEveryFileAgain();
        edit("p2.html", "id='part'", "id='renamed'");
        CheckResult second = assertSameAsCold(PAGES - 1);
        assertEquals(Verdict.BROKEN, result(second, "/p2.html#part").verdict());
        assertSameAsCold(PAGES); // nothing changed since: the hashes were kept with the new stamps
    }

    /**
     * A site generated right before the check has pages too new to trust their stamps: their bytes, hashed, decide for
     * that check, and the next one checks them again.
     */
    @Test
    void pagesWrittenJustBeforeTheCheckAreComparedByTheirBytes() throws Exception {
        again();
        writeEveryFileAgain();
        edit("p2.html", "id='part'", "id='renamed'");
        UnaryOperator<CheckConfig.Builder> now = builder -> builder.clock(Clock.systemUTC());
        CheckResult written = assertSameAsCold(PAGES - 1, now);
        assertEquals(Verdict.BROKEN, result(written, "/p2.html#part").verdict());
        assertSameAsCold(0); // an hour later: the stamps of that check were not to be trusted
    }

    /**
     * A folder whose entries changed while the last check ran (the site's root, when a generator wrote its last file
     * there just before the check) leaves its missing paths to be judged again, not every page below it.
     */
    @Test
    void aFolderChangedAsTheLastCheckRanLeavesItsPagesTakenOver() throws Exception {
        Files.setLastModifiedTime(site, FileTime.from(Instant.now().plus(Duration.ofHours(2))));
        again();
        CheckResult second = assertSameAsCold(PAGES);
        assertEquals(Verdict.BROKEN, result(second, "/missing.html").verdict());
    }

    /** Writes every file of the site anew with its own bytes, as a site generator does: new inodes, new times. */
    private void writeEveryFileAgain() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Files.delete(file);
                Files.write(file, bytes);
            }
        }
    }
}
