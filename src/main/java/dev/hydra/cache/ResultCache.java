package dev.hydra.cache;

import dev.hydra.io.AtomicFile;
import dev.hydra.io.TextLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    private final Map<String, Entry> recorded = new ConcurrentHashMap<>();
    private final Set<String> forgotten = ConcurrentHashMap.newKeySet();
    private final List<String> notices = Collections.synchronizedList(new ArrayList<>());

    ResultCache(Path file, Duration ttl, Clock clock, int maxEntries) {
        this.file = file;
        this.ttl = ttl;
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.fresh = new ConcurrentHashMap<>(read());
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

    /** Streams the file's entries into {@code out}, dropping stale, forgotten and replaced ones, then adds this check's. */
    private void merge(Writer out, Instant now) throws IOException {
        out.write(HEADER + "\n");
        Map<String, Entry> mine = new HashMap<>(recorded);
        try (TextLines lines = TextLines.open(file, MAX_LINE_LENGTH)) {
            if (isHeader(lines.next())) {
                for (TextLines.Line line = lines.next(); line != null; line = lines.next()) {
                    Entry entry = line instanceof TextLines.Text text ? EntryLine.parse(text.text()) : null;
                    if (entry == null || forgotten.contains(entry.url()) || isStale(entry, now)) {
                        continue;
                    }
                    Entry newer = mine.get(entry.url());
                    if (newer != null && newer.checkedAt().isAfter(entry.checkedAt())) {
                        out.write(EntryLine.format(newer));
                    } else {
                        out.write(EntryLine.format(entry));
                    }
                    mine.remove(entry.url());
                }
            }
        } catch (NoSuchFileException e) {
            // the first save: nothing to merge
        }
        for (Entry entry : mine.values()) {
            if (!isStale(entry, now)) {
                out.write(EntryLine.format(entry));
            }
        }
    }

    private boolean isStale(Entry entry, Instant now) {
        return !entry.checkedAt().plus(ttl).isAfter(now) || entry.checkedAt().isAfter(now.plus(Duration.ofMinutes(5)));
    }

    private static boolean isHeader(TextLines.Line line) {
        return line instanceof TextLines.Text text && text.text().equals(HEADER);
    }

    /** The entries of the file as it is now, up to {@code maxEntries}; each line that is no entry is noted. */
    private Map<String, Entry> read() {
        Map<String, Entry> entries = new HashMap<>();
        BadLines bad = new BadLines();
        try (TextLines lines = TextLines.open(file, MAX_LINE_LENGTH)) {
            if (!isHeader(lines.next())) {
                notices.add("the result cache " + file + " was ignored: its first line is not the header of this"
                        + " version; it is rewritten after this check");
                return Map.of();
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
                return Map.of(); // no file yet, or no folder: the first save makes them, or says why it cannot
            }
            notices.add("the result cache " + file + " was ignored: it cannot be read (" + e
                    + "); it is rewritten after this check");
            return Map.of();
        }
        bad.report();
        return entries;
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
