package dev.hydra.faults;

import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.cache.ResultCache;
import dev.hydra.crawl.CheckConfig;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result cache as crashes, neighbours and damaged files leave it: a bad line costs a request, never a working link;
 * a file of any size is read in bounded memory; builds saving at once keep each other's entries; a killed build's
 * temporary files are swept.
 */
class CacheFilesTest {

    private static final String HEADER = "# hydra result cache v1: checkedAtMillis\tstatus\turl\tfinalUrl\treason";

    private static final int OLD_ENTRIES = 50_000;

    @TempDir
    Path temp;

    @Test
    void aLineWhoseFinalUrlIsNoUrlIsDroppedWithANoticeAndTheLinkIsFetchedAgain() throws IOException {
        try (RawServer server = new RawServer()) {
            server.page("/ok", "<p>ok</p>");
            Path site = Files.createDirectories(temp.resolve("site"));
            Files.writeString(site.resolve("index.html"), "<a href=\"" + server.uri("/ok") + "\">ok</a>");
            Path cache = Files.createDirectories(temp.resolve("cache"));
            Path file = cache.resolve(ResultCache.FILE_NAME);
            Files.writeString(
                    file,
                    HEADER + "\n" + System.currentTimeMillis() + "\t200\t" + server.uri("/ok")
                            + "\thttp://exa mple.org/ bad\t200 OK\n");

            CheckResult result = run(
                    CheckConfig.builder()
                            .directory(site)
                            .checkPrivateAddresses(true) // the cached link's host is a loopback server
                            .cacheDirectory(cache)
                            .progressInterval(Duration.ofHours(1))
                            .build(),
                    Duration.ofSeconds(30));

            LinkResult ok = link(result, server.uri("/ok"));
            assertEquals(Verdict.OK, ok.verdict(), ok.reason());
            assertFalse(ok.reason().contains("cached"), "fetched again: " + ok.reason());
            assertTrue(
                    result.notices().stream()
                            .anyMatch(notice ->
                                    notice.startsWith("the result cache " + file + ": line 2 is not an entry")),
                    result.notices().toString());
            assertTrue(
                    result.notices().stream().noneMatch(notice -> notice.contains("were not fetched")),
                    "nothing came from the cache: " + result.notices());
            assertFalse(Files.readString(file).contains("exa mple"), "the bad line is gone from the file");
        }
    }

    @Test
    void aHundredMegabytesOfGarbageAreReadInAThirtyTwoMegabyteHeap() throws Exception {
        Path file = temp.resolve(ResultCache.FILE_NAME);
        byte[] garbage = new byte[1 << 20];
        for (int i = 0; i < garbage.length; i++) {
            // short lines of bytes that are no UTF-8, and every 64th megabyte-long line without a break
            garbage[i] = (byte) (i % 97 == 0 ? '\n' : 0x80 + i % 64);
        }
        byte[] oneLongLine = new byte[1 << 20];
        java.util.Arrays.fill(oneLongLine, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            for (int megabyte = 0; megabyte < 100; megabyte++) {
                out.write(megabyte % 10 == 0 ? oneLongLine : garbage);
            }
        }

        String output = ChildJvm.start(
                        List.of("-Xmx32m"), CacheInChildJvm.class, temp.toString(), "https://new.example/", "3", "0")
                .output(120);

        assertTrue(output.contains("the result cache " + file + ": line 2 is not an entry"), output);
        assertTrue(output.contains("more lines are not entries and are dropped"), output);
        assertFalse(output.contains("OutOfMemoryError"), output);
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size(), "the header and the 3 new entries: " + lines);
    }

    @Test
    void fourBuildsSavingAtOnceOnALargeCacheKeepEveryNewEntry() throws Exception {
        Path file = temp.resolve(ResultCache.FILE_NAME);
        long now = System.currentTimeMillis();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER + "\n");
            // 50,000 keeps the test quick on a busy machine; 200,000 behaves the same, only slower
            for (int i = 0; i < OLD_ENTRIES; i++) {
                out.write(now + "\t200\thttps://old.example/page/" + i + "\t\t200 OK\n");
            }
        }
        long saveAt = System.currentTimeMillis() + 3_000; // each has read the file by then
        List<ChildJvm> builds = new ArrayList<>();
        for (int build = 0; build < 4; build++) {
            builds.add(ChildJvm.start(
                    List.of("-Xmx256m"),
                    CacheInChildJvm.class,
                    temp.toString(),
                    "https://build" + build + ".example/",
                    "300",
                    Long.toString(saveAt)));
        }
        for (ChildJvm build : builds) {
            assertEquals("", build.output(120), "no notice: every save took its turn");
        }

        Set<String> urls = new HashSet<>();
        for (String line : Files.readAllLines(file).subList(1, OLD_ENTRIES + 1200 + 1)) {
            urls.add(line.split("\t")[2]);
        }
        assertEquals(OLD_ENTRIES + 1200, urls.size());
        for (int build = 0; build < 4; build++) {
            for (int i = 0; i < 300; i++) {
                assertTrue(urls.contains("https://build" + build + ".example/" + i), "build " + build + " entry " + i);
            }
        }
        try (var left = Files.list(temp)) {
            assertEquals(
                    List.of(ResultCache.FILE_NAME, ResultCache.FILE_NAME + ".lock"),
                    left.map(path -> path.getFileName().toString()).sorted().toList(),
                    "no temporary file left");
        }
    }

    @Test
    void temporaryFilesOfKilledBuildsAreSweptOnceStaleAndTheFileFollowsTheUmask() throws IOException {
        Path killedLongAgo = temp.resolve(ResultCache.FILE_NAME + "8812763512.tmp");
        Path writingNow = temp.resolve(ResultCache.FILE_NAME + ".k2j4.tmp");
        Files.writeString(killedLongAgo, "half a cache");
        Files.writeString(writingNow, "another build's cache, being written");
        Files.setLastModifiedTime(killedLongAgo, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        ResultCache cache = ResultCache.open(temp, Duration.ofDays(1), Clock.systemUTC());
        cache.remember(new ResultCache.Entry("https://a.example/", 200, "200 OK", null, Instant.now()));
        cache.save();

        assertFalse(Files.exists(killedLongAgo), "two days old: a killed build's");
        assertTrue(Files.exists(writingNow), "a minute old: maybe a build still writing");
        Path probe = Files.createFile(temp.resolve("probe"));
        FileModes.assertSameAsNewFile(temp.resolve(ResultCache.FILE_NAME), probe);
    }
}
