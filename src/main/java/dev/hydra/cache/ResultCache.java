package dev.hydra.cache;

import dev.hydra.io.AtomicFile;
import dev.hydra.io.TextLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OK results of external links from earlier checks, kept in one small text file so that a repeat build
 * does not ask every other site again. Only OK results belong here: a broken link is always checked again.
 *
 * <p>The file is one line per URL ({@code checkedAtMillis TAB status TAB url TAB finalUrl TAB reason}) under a
 * version header. It is read line by line and in bounded memory; a line that is no entry is dropped with a notice
 * naming it. Saving merges under a lock file ({@link CacheLock}) what the file holds by then (other builds may have
 * written it) with this check's results, and replaces the file atomically. A cache may cost requests, never a build:
 * nothing here throws.
 */
public final class ResultCache {

    /** The file inside the cache directory; the version is in the name so a new format never reads an old file. */
    public static final String FILE_NAME = "external-links-v1.tsv";

    static final String HEADER = "# hydra result cache v1: checkedAtMillis\tstatus\turl\tfinalUrl\treason";

    /** Longer lines are no entry this cache wrote: URLs are at most maxUrlLength, reasons a sentence. */
    static final int MAX_LINE_LENGTH = 64 * 1024;

    /** How many bad lines are named one by one; the rest are counted in one more notice. */
    static final int MAX_LINE_NOTICES = 5;

    /**
     * One remembered OK result.
     *
     * @param url the URL without fragment
     * @param status the final HTTP status
     * @param reason the words the check reported
     * @param finalUrl where redirects ended, or null
     * @param checkedAt when it was fetched
     */
    public record Entry(String url, int status, String reason, String finalUrl, Instant checkedAt) {}

    private final Path file;
    private final Duration ttl;
    private final Clock clock;
    private final int maxEntries;
    private final Map<String, Entry> fresh;
    /** The file as it was read, when every entry of it is in {@code fresh}; else null. */
    private final FileVersion wholeRead;

    private final Map<String, Entry> recorded = new ConcurrentHashMap<>();
    private final Set<String> forgotten = ConcurrentHashMap.newKeySet();
    private final List<String> notices = Collections.synchronizedList(new ArrayList<>());

    ResultCache(Path file, Duration ttl, Clock clock, int maxEntries) {
        this.file = file;
        this.ttl = ttl;
        this.clock = clock;
        this.maxEntries = maxEntries;
        FileVersion before = FileVersion.of(file);
        Read read = read();
        this.fresh = new ConcurrentHashMap<>(read.entries());
        this.wholeRead = read.whole() && before != null && before.equals(FileVersion.of(file)) ? before : null;
    }

    /** What reading the file found, and whether that is all of it: no entry left out for want of memory. */
    private record Read(Map<String, Entry> entries, boolean whole) {}

    /** What tells one state of the file from another: another build replaces it with a new file. */
    private record FileVersion(Object key, long size, FileTime modified) {
        static FileVersion of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileVersion(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Opens the cache in {@code directory}; never fails: an unreadable file is ignored and noted. */
    public static ResultCache open(Path directory, Duration ttl, Clock clock) {
        return new ResultCache(directory.resolve(FILE_NAME), ttl, clock, maxEntriesForHeap());
    }

    /**
     * How many entries are kept for lookups: about a quarter of the heap's worth (an entry costs some 300 bytes), so
     * that a cache grown huge costs requests, not memory. Saving keeps every entry of the file either way.
     */
    private static int maxEntriesForHeap() {
        return (int) Math.max(10_000, Math.min(2_000_000, Runtime.getRuntime().maxMemory() / 4 / 300));
    }

    public Path file() {
        return file;
    }

    /** The remembered result for {@code url} when it is younger than the time to live. */
    public Optional<Entry> lookup(String url) {
        Entry entry = fresh.get(url);
        if (entry == null || isStale(entry, clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Remembers an OK result of this check. */
    public void remember(Entry entry) {
        recorded.put(entry.url(), entry);
        forgotten.remove(entry.url());
    }

    /** Drops what is remembered of {@code url}: it was checked again and is not OK any more. */
    public void forget(String url) {
        recorded.remove(url);
        forgotten.add(url);
    }

    /** Problems with the file, for the user; they never fail a check. */
    public List<String> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    /**
     * Writes the merged results back: what the file holds now (other builds may have written it since it was
     * read), minus stale and forgotten entries, plus this check's results, under the lock that other builds take to
     * do the same. Never throws; a failure is noted.
     */
    public void save() {
        Instant now = clock.instant();
        try {
            Files.createDirectories(file.getParent());
            try (CacheLock lock = CacheLock.acquire(file)) {
                AtomicFile.replace(file, out -> merge(out, now));
            }
        } catch (CacheLock.NotAcquiredException e) {
            notices.add("the result cache " + file + " was not updated: " + e.getMessage()
                    + "; this check's results are not kept");
        } catch (IOException | UncheckedIOException e) {
            notices.add("the result cache " + file + " could not be written (" + e
                    + "): this check's new results are not kept, so the next check fetches those links again;"
                    + " set cacheDirectory to a writable folder");
        }
    }

    /**
     * Writes the file's entries into {@code out}, dropping stale, forgotten and replaced ones, then adds this check's.
     * The file's entries come from memory when no other build has replaced it since it was read whole, else from
     * the file, streamed.
     */
    private void merge(Writer out, Instant now) throws IOException {
        out.write(HEADER + "\n");
        Map<String, Entry> mine = new HashMap<>(recorded);
        if (wholeRead != null && wholeRead.equals(FileVersion.of(file))) {
            for (Entry entry : fresh.values()) {
                keep(entry, mine, out, now);
            }
        } else {
            try (TextLines lines = TextLines.open(file, MAX_LINE_LENGTH)) {
                if (isHeader(lines.next())) {
                    for (TextLines.Line line = lines.next(); line != null; line = lines.next()) {
                        keep(line instanceof TextLines.Text text ? EntryLine.parse(text.text()) : null, mine, out, now);
                    }
                }
            } catch (NoSuchFileException e) {
                // the first save: nothing to merge
            }
        }
        for (Entry entry : mine.values()) {
            if (!isStale(entry, now)) {
                out.write(EntryLine.format(entry));
            }
        }
    }

    /** Writes an entry of the file unless it is gone, stale or forgotten, or this check's newer one instead. */
    private void keep(Entry entry, Map<String, Entry> mine, Writer out, Instant now) throws IOException {
        if (entry == null || forgotten.contains(entry.url()) || isStale(entry, now)) {
            return;
        }
        Entry newer = mine.remove(entry.url());
        out.write(EntryLine.format(newer != null && newer.checkedAt().isAfter(entry.checkedAt()) ? newer : entry));
    }

    private boolean isStale(Entry entry, Instant now) {
        return !entry.checkedAt().plus(ttl).isAfter(now) || entry.checkedAt().isAfter(now.plus(Duration.ofMinutes(5)));
    }

    private static boolean isHeader(TextLines.Line line) {
        return line instanceof TextLines.Text text && text.text().equals(HEADER);
    }

    /** The entries of the file as it is now, up to {@code maxEntries}; each line that is no entry is noted. */
    private Read read() {
        Map<String, Entry> entries = new HashMap<>();
        BadLines bad = new BadLines();
        try (TextLines lines = TextLines.open(file, MAX_LINE_LENGTH)) {
            if (!isHeader(lines.next())) {
                notices.add("the result cache " + file + " was ignored: its first line is not the header of this"
                        + " version; it is rewritten after this check");
                return new Read(Map.of(), true); // nothing of it is kept: all of it is read
            }
            for (TextLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line instanceof TextLines.Text text && text.text().isEmpty()) {
                    continue;
                }
                Entry entry = line instanceof TextLines.Text text ? EntryLine.parse(text.text()) : null;
                if (entry == null) {
                    bad.add(line);
                } else if (entries.size() < maxEntries || entries.containsKey(entry.url())) {
                    entries.put(entry.url(), entry);
                } else {
                    bad.overflow++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            if (e instanceof NoSuchFileException || !Files.exists(file)) {
                return new Read(Map.of(), false); // no file yet, or no folder: the first save makes them
            }
            notices.add("the result cache " + file + " was ignored: it cannot be read (" + e
                    + "); it is rewritten after this check");
            return new Read(Map.of(), false);
        }
        bad.report();
        return new Read(entries, bad.overflow == 0);
    }

    /** The lines that are no entry, named one by one up to a bound, and the entries beyond what is kept. */
    private final class BadLines {
        private long count;
        private long overflow;

        void add(TextLines.Line line) {
            count++;
            if (count <= MAX_LINE_NOTICES) {
                notices.add("the result cache " + file + ": line " + line.number() + " is not an entry ("
                        + (line instanceof TextLines.TooLong
                                ? "longer than " + MAX_LINE_LENGTH + " characters"
                                : EntryLine.SHAPE)
                        + "); it is dropped, and the file is rewritten after this check");
            }
        }

        void report() {
            if (count > MAX_LINE_NOTICES) {
                notices.add("the result cache " + file + ": " + (count - MAX_LINE_NOTICES)
                        + " more lines are not entries and are dropped");
            }
            if (overflow > 0) {
                notices.add("the result cache " + file + " holds more entries than fit in memory; " + overflow
                        + " of them are not used by this check (delete the file to start afresh)");
            }
        }
    }
}
