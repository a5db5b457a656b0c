package dev.hydra.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);

    @TempDir
    Path dir;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static ResultCache.Entry ok(String url, Instant when) {
        return new ResultCache.Entry(url, 200, "200 OK", null, when);
    }

    @Test
    void aSavedResultIsFoundByTheNextCheckWithItsStatusReasonAndFinalUrl() {
        ResultCache first = ResultCache.open(dir, DAY, at(T0));
        first.remember(new ResultCache.Entry("https://a.example/x", 200, "200 OK", "https://a.example/y", T0));
        first.save();

        ResultCache second = ResultCache.open(dir, DAY, at(T0.plusSeconds(3600)));
        ResultCache.Entry entry = second.lookup("https://a.example/x").orElseThrow();
        assertEquals(200, entry.status());
        assertEquals("200 OK", entry.reason());
        assertEquals("https://a.example/y", entry.finalUrl());
        assertTrue(second.notices().isEmpty(), second.notices().toString());
    }

    @Test
    void resultsOlderThanTheTimeToLiveAreNotUsedAndAreDroppedFromTheFile() throws Exception {
        ResultCache first = ResultCache.open(dir, DAY, at(T0));
        first.remember(ok("https://a.example/old", T0));
        first.save();

        ResultCache later = ResultCache.open(dir, DAY, at(T0.plus(DAY).plusSeconds(1)));
        assertTrue(later.lookup("https://a.example/old").isEmpty());
        later.save();
        assertTrue(!Files.readString(dir.resolve(ResultCache.FILE_NAME)).contains("https://a.example/old"));
    }

    @Test
    void aForgottenUrlIsRemovedAndOtherBuildsEntriesAreKept() {
        ResultCache mine = ResultCache.open(dir, DAY, at(T0));
        ResultCache other = ResultCache.open(dir, DAY, at(T0));
        mine.remember(ok("https://a.example/1", T0));
        mine.remember(ok("https://a.example/2", T0));
        mine.save();
        // another build read the file before this one saved; its save must not lose this one's entries
        other.remember(ok("https://b.example/3", T0));
        other.forget("https://a.example/2");
        other.save();

        ResultCache next = ResultCache.open(dir, DAY, at(T0.plusSeconds(60)));
        assertTrue(next.lookup("https://a.example/1").isPresent());
        assertTrue(next.lookup("https://a.example/2").isEmpty());
        assertTrue(next.lookup("https://b.example/3").isPresent());
    }

    @Test
    void aCorruptFileIsIgnoredWithANoticeAndRewritten() throws Exception {
        Path file = dir.resolve(ResultCache.FILE_NAME);
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', 'x'});

        ResultCache cache = ResultCache.open(dir, DAY, at(T0));
        assertTrue(cache.lookup("https://a.example/1").isEmpty());
        assertEquals(1, cache.notices().size());
        assertTrue(
                cache.notices().get(0).contains(file + " was ignored"),
                cache.notices().get(0));
        cache.remember(ok("https://a.example/1", T0));
        cache.save();

        ResultCache next = ResultCache.open(dir, DAY, at(T0));
        assertTrue(next.lookup("https://a.example/1").isPresent());
        assertTrue(next.notices().isEmpty(), next.notices().toString());
    }

    @Test
    void aBrokenLineIsDroppedWithOneNoticeNamingItAndTheOtherEntriesAreKept() throws Exception {
        Path file = dir.resolve(ResultCache.FILE_NAME);
        ResultCache first = ResultCache.open(dir, DAY, at(T0));
        first.remember(ok("https://a.example/1", T0));
        first.save();
        Files.writeString(
                file,
                Files.readString(file) + "not\ta line\n" + T0.toEpochMilli()
                        + "\t200\thttps://a.example/2\thttps://a.example/ x y:\t200 OK\n",
                StandardCharsets.UTF_8);

        ResultCache next = ResultCache.open(dir, DAY, at(T0));
        assertTrue(next.lookup("https://a.example/1").isPresent());
        assertTrue(next.lookup("https://a.example/2").isEmpty(), "a final URL that is no URL is no entry");
        assertEquals(2, next.notices().size(), next.notices().toString());
        assertTrue(
                next.notices().get(0).contains(file + ": line 3 is not an entry"),
                next.notices().toString());
        assertTrue(
                next.notices().get(1).contains(file + ": line 4 is not an entry"),
                next.notices().toString());
        next.save();
        assertEquals(
                List.of(ResultCache.HEADER, "https://a.example/1"),
                Files.readAllLines(file).stream()
                        .map(line -> line.startsWith("#") ? line : line.split("\t")[2])
                        .toList(),
                "the bad lines are gone once the file is rewritten");
        assertTrue(ResultCache.open(dir, DAY, at(T0)).notices().isEmpty());
    }

    @Test
    void manyBadLinesAreNamedUpToABoundThenCounted() throws Exception {
        Path file = dir.resolve(ResultCache.FILE_NAME);
        StringBuilder text = new StringBuilder(ResultCache.HEADER + "\n");
        for (int i = 0; i < 1000; i++) {
            text.append("garbage ").append(i).append('\n');
        }
        text.append("x".repeat(ResultCache.MAX_LINE_LENGTH + 10)).append('\n');
        Files.writeString(file, text);
        List<String> notices = ResultCache.open(dir, DAY, at(T0)).notices();
        assertEquals(ResultCache.MAX_LINE_NOTICES + 1, notices.size(), notices.toString());
        assertTrue(notices.get(notices.size() - 1).contains("996 more lines are not entries"), notices.toString());
    }

    @Test
    void anUnwritableDirectoryIsANoticeNotAFailure() throws Exception {
        Path notADirectory = dir.resolve("plain-file");
        Files.writeString(notADirectory, "x");
        ResultCache cache = ResultCache.open(notADirectory, DAY, at(T0));
        cache.remember(ok("https://a.example/1", T0));
        cache.save();
        assertEquals(1, cache.notices().size(), cache.notices().toString());
        assertTrue(
                cache.notices().get(0).contains("could not be written")
                        && cache.notices().get(0).contains("this check's new results are not kept")
                        && !cache.notices().get(0).contains("every external link"),
                cache.notices().toString());
    }

    @Test
    void entriesBeyondWhatFitsInMemoryAreNotUsedButKeptBySaving() throws Exception {
        ResultCache first = ResultCache.open(dir, DAY, at(T0));
        for (int i = 0; i < 5; i++) {
            first.remember(ok("https://a.example/" + i, T0));
        }
        first.save();

        ResultCache small = new ResultCache(dir.resolve(ResultCache.FILE_NAME), DAY, at(T0), 2);
        assertEquals(
                2,
                java.util.stream.IntStream.range(0, 5)
                        .filter(i -> small.lookup("https://a.example/" + i).isPresent())
                        .count());
        assertTrue(
                small.notices().get(0).contains("3 of them are not used"),
                small.notices().toString());
        small.remember(ok("https://b.example/new", T0));
        small.save();

        ResultCache all = ResultCache.open(dir, DAY, at(T0));
        for (int i = 0; i < 5; i++) {
            assertTrue(all.lookup("https://a.example/" + i).isPresent(), "entry " + i);
        }
        assertTrue(all.lookup("https://b.example/new").isPresent());
    }
}
