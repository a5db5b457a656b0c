package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.cache.PageCache;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeat checks of one served site and its Markdown files with one page cache: the unchanged pages are not parsed
 * again, a changed page is, and every verdict is the one a check without the cache gives.
 */
class PageCacheCheckTest {

    /** The site's pages: index.html and p1.html to p5.html. */
    private static final int PAGES = 6;

    /**
     * What each check extracts: the site's pages, README.md, guide.adoc, and site/index.html as a file README.md links
     * to.
     */
    private static final int EXTRACTED = PAGES + 3;

    @TempDir
    Path project;

    @TempDir
    Path cacheDir;

    private Path site;

    @BeforeEach
    void writeSite() throws IOException {
        site = Files.createDirectories(project.resolve("site"));
        Files.writeString(
                site.resolve("index.html"),
                "<html><body><h1 id='top'>Home</h1>\n"
                        + "<a href='p1.html'>one</a>\n<a href='p2.html#part'>part</a>\n"
                        + "<a href='missing.html'>dead</a>\n<a href='p3.html#nowhere'>no anchor</a>\n"
                        + "<a href='mailto:a@example.org'>mail</a>\n<a href='http://[bad'>invalid</a>\n"
                        + "<a href='p4.html' data-hydra-ignore>ignored</a>\n<a href='p5.html'>five</a>\n"
                        + "</body></html>");
        for (int i = 1; i < PAGES; i++) {
            Files.writeString(
                    site.resolve("p" + i + ".html"),
                    "<html><body><p id='part'>Page " + i + "</p>\n\n<a href='p" + (i % (PAGES - 1) + 1)
                            + ".html#part'>next part</a>\n"
                            + "<a href='p" + (i % (PAGES - 1) + 1) + ".html'>next</a>\n"
                            + "<a href='gone-" + i + ".html'>dead</a></body></html>");
        }
        Files.writeString(
                project.resolve("README.md"),
                "# Guide\n\nSee [the site](site/index.html), [a section](#guide) and [nothing](docs/none.md).\n");
        Files.writeString(
                project.resolve("guide.adoc"),
                "= Guide\n\n[[setup]]\n== Setup\n\nSee <<setup>>, link:README.md#guide[the readme] and"
                        + " link:docs/gone.adoc[nothing].\n");
    }

    private CheckResult check(UnaryOperator<CheckConfig.Builder> settings) throws Exception {
        CheckConfig.Builder builder = CheckConfig.builder()
                .directory(site)
                .filesRoot(project)
                .files(List.of(project.resolve("README.md"), project.resolve("guide.adoc")))
                .threads(2);
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        CheckResult result = new LinkCheck(settings.apply(builder).build(), new CheckListener() {
                    @Override
                    public void info(String message) {
                        said.add(message);
                    }
                })
                .run();
        infoOf.put(result, said);
        return result;
    }

    private CheckResult cached() throws Exception {
        return check(builder -> builder.cacheDirectory(cacheDir).cacheTtl(Duration.ofDays(1)));
    }

    private CheckResult cold() throws Exception {
        return check(builder -> builder);
    }

    /** What each check told its listener's log, by check. */
    private final Map<CheckResult, List<String>> infoOf = new IdentityHashMap<>();

    private String counts(CheckResult result) {
        assertTrue(
                result.notices().stream().noneMatch(notice -> notice.contains("pages were read")),
                "the counts are for the log, not the reports: " + result.notices());
        return infoOf.get(result).stream()
                .filter(line -> line.contains(" pages were read from the page cache "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no page cache counts in " + infoOf.get(result)));
    }

    private static List<LinkResult> sorted(CheckResult result) {
        List<LinkResult> links = new ArrayList<>(result.links());
        links.sort(null);
        return links;
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            List<Path> pages = files.filter(
                            file -> file.getFileName().toString().startsWith(PageCache.FILE_PREFIX))
                    .toList();
            assertEquals(1, pages.size(), "one page cache file: " + pages);
            return pages.get(0);
        }
    }

    @Test
    void anUnchangedSiteIsNotParsedAgainAndGetsTheSameVerdicts() throws Exception {
        CheckResult first = cached();
        assertNothingReused(first);
        assertEquals(sorted(cold()), sorted(first), "the first check with the cache is a cold check");

        CheckResult second = cached();
        assertEquals(sorted(first), sorted(second));
        assertTrue(counts(second).startsWith(EXTRACTED + " pages were read"), counts(second));
        assertTrue(counts(second).contains(", 0 parsed"), counts(second));
        assertTrue(sorted(second).stream()
                .anyMatch(link -> link.url().equals("/missing.html") && link.verdict() == Verdict.BROKEN));
        assertTrue(sorted(second).stream()
                .anyMatch(link -> link.url().equals("/p3.html#nowhere") && link.verdict() != Verdict.OK));
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertFalse(files.anyMatch(file -> file.toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void aChangedPageIsParsedAndItsNewDeadLinkFound() throws Exception {
        CheckResult first = cached();
        Path changed = site.resolve("p2.html");
        Files.writeString(
                changed, Files.readString(changed).replace("</body>", "<a href='new-dead.html'>new</a></body>"));
        CheckResult second = cached();
        assertTrue(counts(second).startsWith((EXTRACTED - 1) + " pages were read"), counts(second));
        assertTrue(counts(second).contains(", 1 parsed"), counts(second));
        assertEquals(sorted(cold()), sorted(second));
        List<LinkResult> added = new ArrayList<>(sorted(second));
        added.removeAll(sorted(first));
        assertEquals(1, added.size(), "only the new link is new: " + added);
        assertEquals("/new-dead.html", added.get(0).url());
        assertEquals(Verdict.BROKEN, added.get(0).verdict());
    }

    @Test
    void aChangedMarkdownFileIsParsedAgain() throws Exception {
        cached();
        Files.writeString(
                project.resolve("README.md"), "# Guide\n\nSee [the site](site/index.html) and [more](docs/more.md).\n");
        CheckResult second = cached();
        assertTrue(counts(second).startsWith((EXTRACTED - 1) + " pages were read"), counts(second));
        assertTrue(counts(second).contains(", 1 parsed"), counts(second));
        assertEquals(sorted(cold()), sorted(second));
    }

    @Test
    void aChangedAsciiDocFileIsParsedAgain() throws Exception {
        cached();
        Files.writeString(project.resolve("guide.adoc"), "= Guide\n\nSee link:docs/other.adoc[another].\n");
        CheckResult second = cached();
        assertTrue(counts(second).startsWith((EXTRACTED - 1) + " pages were read"), counts(second));
        assertTrue(counts(second).contains(", 1 parsed"), counts(second));
        assertEquals(sorted(cold()), sorted(second));
    }

    @Test
    void aDamagedCacheFileCostsAColdCheckWithOneNotice() throws Exception {
        CheckResult first = cached();
        Path file = cacheFile();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // truncated
        CheckResult truncated = cached();
        assertEquals(sorted(first), sorted(truncated));
        assertNothingReused(truncated);
        assertEquals(
                1,
                truncated.notices().stream()
                        .filter(notice -> notice.contains("the page cache " + file + " was ignored"))
                        .count(),
                truncated.notices().toString());

        // a flipped byte inside a page's entry: that page is parsed, with one notice; all else is read
        byte[] whole = Files.readAllBytes(file);
        whole[Integer.BYTES + 32 + 4] ^= 0x5A; // past the header (magic, key): in the first page's bytes
        Files.write(file, whole);
        CheckResult flipped = cached();
        assertEquals(sorted(first), sorted(flipped));
        assertEquals(
                1,
                flipped.notices().stream()
                        .filter(notice -> notice.contains("the page cache " + file))
                        .filter(notice -> !notice.contains("pages were read"))
                        .count(),
                flipped.notices().toString());
        assertTrue(counts(flipped).contains(", 1 parsed"), counts(flipped));
        assertTrue(counts(cached()).contains(", 0 parsed"), "the file is whole again");
    }

    @Test
    void aChangedSettingInvalidatesThePages() throws Exception {
        cached();
        CheckResult smaller = check(builder ->
                builder.cacheDirectory(cacheDir).cacheTtl(Duration.ofDays(1)).maxPageSize(100));
        assertNothingReused(smaller);
        assertEquals(sorted(check(builder -> builder.maxPageSize(100))), sorted(smaller));

        CheckResult excluded = check(builder -> builder.cacheDirectory(cacheDir)
                .cacheTtl(Duration.ofDays(1))
                .maxPageSize(100)
                .exclude(Pattern.compile(".*gone-1.*")));
        assertNothingReused(excluded);
        assertEquals(
                sorted(check(builder -> builder.maxPageSize(100).exclude(Pattern.compile(".*gone-1.*")))),
                sorted(excluded));
    }

    @Test
    void theCacheOffIsAColdCheckThatWritesNoFile() throws Exception {
        CheckResult off = check(builder -> builder.cacheTtl(Duration.ofDays(1)));
        assertTrue(
                off.notices().stream().noneMatch(notice -> notice.contains("page cache")),
                off.notices().toString());
        assertEquals(List.of(), infoOf.get(off));
        CheckResult ttlZero = check(builder -> builder.cacheDirectory(cacheDir).cacheTtl(Duration.ZERO));
        assertTrue(ttlZero.notices().stream().noneMatch(notice -> notice.contains("page cache")));
        assertEquals(List.of(), infoOf.get(ttlZero));
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(0, files.count());
        }
    }

    /**
     * A clock an hour ahead: every file of the test lies long enough before the check for its stamp to be kept. The
     * last check's results are deleted first: the page cache serves a check that cannot take them over (another
     * setting, a page that left a notice), and the checks here test it alone.
     */
    private CheckResult settled(UnaryOperator<CheckConfig.Builder> more) throws Exception {
        try (Stream<Path> files = Files.list(cacheDir)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith(CheckSnapshots.FILE_PREFIX))
                    .toList()) {
                Files.delete(file);
            }
        }
        return check(builder -> more.apply(builder.cacheDirectory(cacheDir)
                .cacheTtl(Duration.ofDays(1))
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1)))));
    }

    /** A check that took no page from the cache says nothing of it: most CI builds start with an empty cache. */
    private void assertNothingReused(CheckResult result) {
        assertTrue(
                infoOf.get(result).stream().noneMatch(line -> line.contains("page cache")),
                "nothing to say: " + infoOf.get(result));
        assertTrue(result.notices().stream().noneMatch(notice -> notice.contains("pages were read")));
    }

    private int unread(CheckResult result) {
        Matcher matcher = Pattern.compile("\\((\\d+) of them not read again").matcher(counts(result));
        assertTrue(matcher.find(), counts(result));
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void anUnchangedFileIsNotReadAndTheCacheFileNotRewritten() throws Exception {
        CheckResult first = settled(builder -> builder);
        Path file = cacheFile();
        Object identity = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        FileTime written = Files.getLastModifiedTime(file);

        CheckResult second = settled(builder -> builder);
        assertEquals(sorted(first), sorted(second));
        assertEquals(PAGES, unread(second), "the site's pages are taken by their stamps: " + counts(second));
        assertTrue(counts(second).contains(", 0 parsed"), counts(second));
        assertEquals(
                identity, Files.readAttributes(file, BasicFileAttributes.class).fileKey(), "not replaced");
        assertEquals(written, Files.getLastModifiedTime(file), "not written");
    }

    @Test
    void aTouchedButUnchangedPageIsHashedNotParsed() throws Exception {
        CheckResult first = settled(builder -> builder);
        Files.setLastModifiedTime(site.resolve("p3.html"), FileTime.from(Instant.now()));
        CheckResult touched = settled(builder -> builder);
        assertEquals(sorted(first), sorted(touched));
        assertEquals(PAGES - 1, unread(touched), counts(touched));
        assertTrue(counts(touched).contains(", 0 parsed"), counts(touched));
        assertEquals(PAGES, unread(settled(builder -> builder)), "its new stamp is kept");
    }

    /**
     * An edit that keeps the size and puts the old modification time back still moves the change time ({@code ctime}),
     * which no one can set back: the page is read, and its new link found.
     */
    @Test
    void anEditWithItsSizeAndTimeRestoredIsStillSeen() throws Exception {
        settled(builder -> builder);
        Path page = site.resolve("p2.html");
        FileTime before = Files.getLastModifiedTime(page);
        String text = Files.readString(page);
        Files.writeString(page, text.replace("gone-2.html", "gone-9.html"));
        Files.setLastModifiedTime(page, before);
        assertEquals(text.length(), Files.readString(page).length());
        CheckResult edited = settled(builder -> builder);
        assertTrue(counts(edited).contains(", 1 parsed"), counts(edited));
        assertEquals(sorted(cold()), sorted(edited));
        assertTrue(sorted(edited).stream().anyMatch(link -> link.url().equals("/gone-9.html")));
    }

    @Test
    void pagesResolvedAgainstThePublicUrlAreKeptAsTheyResolve() throws Exception {
        Files.writeString(
                site.resolve("p4.html"),
                "<html><body><p id='part'>Four</p>\n<a href='https://docs.example.org/guide/p5.html#part'>own</a>\n"
                        + "<a href='https://docs.example.org/guide/absent.html'>own, dead</a>\n"
                        + "<a href='/guide/p1.html'>root-absolute</a></body></html>");
        URI siteUrl = URI.create("https://docs.example.org/guide/");
        CheckResult first = check(builder ->
                builder.cacheDirectory(cacheDir).cacheTtl(Duration.ofDays(1)).siteUrl(siteUrl));
        CheckResult second = check(builder ->
                builder.cacheDirectory(cacheDir).cacheTtl(Duration.ofDays(1)).siteUrl(siteUrl));
        assertTrue(counts(second).startsWith(EXTRACTED + " pages were read"), counts(second));
        assertEquals(sorted(check(builder -> builder.siteUrl(siteUrl))), sorted(second));
        assertEquals(sorted(first), sorted(second));
        assertTrue(
                sorted(second).stream()
                        .anyMatch(link -> link.url().equals("/absent.html") && link.verdict() == Verdict.BROKEN),
                sorted(second).toString());

        CheckResult elsewhere = check(builder -> builder.cacheDirectory(cacheDir)
                .cacheTtl(Duration.ofDays(1))
                .siteUrl(URI.create("https://other.example.org/")));
        assertNothingReused(elsewhere); // another public URL
        cacheFile(); // one file for the site, whichever URL it was last checked at
    }

    @Test
    void aPageReadInPartKeepsItsWarning() throws Exception {
        UnaryOperator<CheckConfig.Builder> small = builder -> builder.maxPageSize(150);
        CheckResult first =
                check(builder -> small.apply(builder.cacheDirectory(cacheDir).cacheTtl(Duration.ofDays(1))));
        CheckResult second =
                check(builder -> small.apply(builder.cacheDirectory(cacheDir).cacheTtl(Duration.ofDays(1))));
        assertTrue(counts(second).contains(", 0 parsed"), counts(second));
        assertTrue(
                first.links().stream().anyMatch(link -> link.kind() == ResultKind.PAGE_TRUNCATED),
                first.links().toString());
        assertEquals(sorted(first), sorted(second));
        assertEquals(sorted(check(small)), sorted(second));

        CheckResult settledFirst = settled(small);
        CheckResult settledSecond = settled(small);
        assertEquals(PAGES, unread(settledSecond), counts(settledSecond));
        assertEquals(sorted(settledFirst), sorted(settledSecond));
    }

    @Test
    void aChangedSettingReplacesTheSitesFileAndTheOldFormatIsDeleted() throws Exception {
        Path oldFormat = Files.writeString(cacheDir.resolve("pages-v1-0123456789abcdef.bin"), "an older format");
        cached();
        Path before = cacheFile();
        CheckResult smaller = check(builder ->
                builder.cacheDirectory(cacheDir).cacheTtl(Duration.ofDays(1)).maxPageSize(100));
        assertNothingReused(smaller);
        assertEquals(before, cacheFile(), "the site's one file, rewritten under the new key");
        assertFalse(Files.exists(oldFormat), "the old format's file is gone");
        CheckResult back = cached();
        assertNothingReused(back); // the first key was replaced
        assertTrue(counts(cached()).contains(", 0 parsed"));
    }

    @Test
    void anotherSitesFileUnusedFor30DaysIsDeletedAndAFileInUseIsKept() throws Exception {
        Instant now = Instant.now();
        Path abandoned = Files.writeString(cacheDir.resolve("pages-00000000000000aa.bin"), "a site gone");
        Files.setLastModifiedTime(abandoned, FileTime.from(now.minus(Duration.ofDays(31))));
        Path recent = Files.writeString(cacheDir.resolve("pages-00000000000000bb.bin"), "a site checked last week");
        Files.setLastModifiedTime(recent, FileTime.from(now.minus(Duration.ofDays(7))));

        settled(builder -> builder); // writes this site's file, and tidies the folder
        assertFalse(Files.exists(abandoned), "unused for 31 days");
        assertTrue(Files.exists(recent), "used a week ago");

        // a check that changes nothing writes nothing, but marks the site's file as used
        Path mine;
        try (Stream<Path> files = Files.list(cacheDir)) {
            mine = files.filter(file -> file.getFileName().toString().startsWith(PageCache.FILE_PREFIX))
                    .filter(file -> !file.equals(recent))
                    .findFirst()
                    .orElseThrow();
        }
        Object identity = Files.readAttributes(mine, BasicFileAttributes.class).fileKey();
        Files.setLastModifiedTime(mine, FileTime.from(now.minus(Duration.ofDays(40))));
        assertTrue(counts(settled(builder -> builder)).contains(", 0 parsed"));
        assertEquals(
                identity, Files.readAttributes(mine, BasicFileAttributes.class).fileKey(), "not written again");
        assertTrue(
                Files.getLastModifiedTime(mine).toInstant().isAfter(now.minus(Duration.ofMinutes(5))),
                "marked as used: " + Files.getLastModifiedTime(mine));
    }

    @Test
    void aPageGoneFromTheSiteCostsNoWrite() throws Exception {
        settled(builder -> builder);
        Path file = cacheFile();
        Object identity = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        Files.delete(site.resolve("p5.html"));
        CheckResult gone = settled(builder -> builder);
        assertTrue(counts(gone).contains(", 0 parsed"), counts(gone));
        assertEquals(sorted(cold()), sorted(gone));
        assertEquals(
                identity, Files.readAttributes(file, BasicFileAttributes.class).fileKey(), "not replaced");
    }

    /**
     * Checks that take over the last check's results read only the pages that changed; the others' entries stay, so
     * that a check that reads every page (its settings changed, say) still finds them.
     */
    @Test
    void pagesUnreadWhileResultsAreTakenOverStayInTheCache() throws Exception {
        settled(builder -> builder);
        Path changing = site.resolve("p2.html");
        for (int round = 0; round < 4; round++) {
            Files.writeString(changing, Files.readString(changing).replace("</body>", "<br></body>"));
            CheckResult taken = check(builder -> builder.cacheDirectory(cacheDir)
                    .cacheTtl(Duration.ofDays(1))
                    .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1))));
            assertTrue(counts(taken).contains(", 1 parsed"), counts(taken));
            assertTrue(
                    infoOf.get(taken).stream().anyMatch(line -> line.contains("came from the last check")),
                    infoOf.get(taken).toString());
        }
        CheckResult whole = settled(builder -> builder);
        assertEquals(PAGES, unread(whole), counts(whole));
        assertTrue(counts(whole).contains(", 0 parsed"), counts(whole));
    }

    /** A page reached with a query is its plain form's file: whichever of the two was read, neither is parsed again. */
    @Test
    void aPageReachedWithAQueryIsNotParsedAgain() throws Exception {
        StringBuilder links = new StringBuilder("<html><body>\n");
        for (int i = 0; i < 20; i++) {
            links.append("<a href='p")
                    .append(i % (PAGES - 1) + 1)
                    .append(".html?v=")
                    .append(i)
                    .append("#part'>q</a>\n");
        }
        Files.writeString(
                site.resolve("queries.html"), links.append("</body></html>").toString());
        CheckResult first = settled(builder -> builder);
        CheckResult second = settled(builder -> builder);
        assertTrue(counts(second).contains(", 0 parsed"), counts(second));
        assertEquals(sorted(first), sorted(second));
        assertEquals(sorted(cold()), sorted(second));
    }

    /**
     * Builds sharing a cache directory each write their file beside the site's and move it over in one step: whichever
     * lands last, the next check reads a whole file.
     */
    @Test
    void checksAtOnceLeaveAWholeFile() throws Exception {
        cached();
        Path changed = site.resolve("p1.html");
        Files.writeString(changed, Files.readString(changed).replace("</body>", "<a href='both.html'>new</a></body>"));
        ExecutorService builds = Executors.newFixedThreadPool(2);
        try {
            List<Future<CheckResult>> both = builds.invokeAll(List.of(this::cached, this::cached));
            for (Future<CheckResult> build : both) {
                assertEquals(sorted(cold()), sorted(build.get(1, TimeUnit.MINUTES)));
            }
        } finally {
            builds.shutdownNow();
        }
        CheckResult next = cached();
        assertTrue(counts(next).contains(", 0 parsed"), counts(next));
        assertTrue(
                next.notices().stream().noneMatch(notice -> notice.contains("ignored") || notice.contains("damaged")),
                next.notices().toString());
        assertEquals(sorted(cold()), sorted(next));
        cacheFile();
    }
}
