package dev.hydra.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OK results of external links from earlier checks, kept in one small text file so that a repeat build
 * does not ask every other site again. Only OK results belong here: a broken link is always checked again.
 *
 * <p>The file is one line per URL ({@code checkedAtMillis TAB status TAB url TAB finalUrl TAB reason}) under a
 * version header. It is replaced atomically, after merging what other builds wrote meanwhile. A file that cannot
 * be read is ignored with a notice and rewritten: a cache may cost requests, never a build.
 */
public final class ResultCache {

    /** The file inside the cache directory; the version is in the name so a new format never reads an old file. */
    public static final String FILE_NAME = "external-links-v1.tsv";

    private static final String HEADER = "# hydra result cache v1: checkedAtMillis\tstatus\turl\tfinalUrl\treason";

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
    private final Map<String, Entry> fresh;
    private final Map<String, Entry> recorded = new ConcurrentHashMap<>();
    private final Set<String> forgotten = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final List<String> notices = Collections.synchronizedList(new ArrayList<>());

    private ResultCache(Path file, Duration ttl, Clock clock) {
        this.file = file;
        this.ttl = ttl;
        this.clock = clock;
        this.fresh = new ConcurrentHashMap<>(read());
    }

    /** Opens the cache in {@code directory}; never fails: an unreadable file is ignored and noted. */
    public static ResultCache open(Path directory, Duration ttl, Clock clock) {
        return new ResultCache(directory.resolve(FILE_NAME), ttl, clock);
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
        hits.incrementAndGet();
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

    /** How many lookups were answered from the file. */
    public int hits() {
        return hits.get();
    }

    /** Problems with the file, for the user; they never fail a check. */
    public List<String> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    /**
     * Writes the merged results back: what the file holds now (other builds may have written it since it was
     * read), minus stale and forgotten entries, plus this check's results. Never throws; a failure is noted.
     */
    public void save() {
        Instant now = clock.instant();
        Map<String, Entry> merged = new TreeMap<>(read());
        merged.keySet().removeAll(forgotten);
        recorded.forEach((url, entry) ->
                merged.merge(url, entry, (old, mine) -> mine.checkedAt().isAfter(old.checkedAt()) ? mine : old));
        merged.values().removeIf(entry -> isStale(entry, now));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    out.write(HEADER + "\n");
                    for (Entry entry : merged.values()) {
                        out.write(format(entry));
                    }
                }
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | UncheckedIOException e) {
            notices.add("the result cache " + file + " could not be written (" + e
                    + "): the next check fetches every external link again; set cacheDirectory to a writable folder");
        }
    }

    private boolean isStale(Entry entry, Instant now) {
        return !entry.checkedAt().plus(ttl).isAfter(now) || entry.checkedAt().isAfter(now.plus(Duration.ofMinutes(5)));
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The entries of the file as it is now; empty, with a notice, when it is missing parts or not text. */
    private Map<String, Entry> read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | UncheckedIOException e) {
            noteCorrupt("it cannot be read (" + e + ")");
            return Map.of();
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            noteCorrupt("its first line is not the header of this version");
            return Map.of();
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isEmpty()) {
                continue;
            }
            Entry entry = parse(lines.get(i));
            if (entry == null) {
                noteCorrupt("line " + (i + 1) + " is not an entry");
                return Map.of();
            }
            entries.put(entry.url(), entry);
        }
        return entries;
    }

    private void noteCorrupt(String why) {
        String notice = "the result cache " + file + " was ignored: " + why + "; it is rewritten after this check";
        synchronized (notices) {
            if (!notices.contains(notice)) {
                notices.add(notice);
            }
        }
    }

    private static Entry parse(String line) {
        String[] fields = line.split("\t", 5);
        if (fields.length != 5 || fields[2].isEmpty()) {
            return null;
        }
        try {
            return new Entry(
                    fields[2],
                    Integer.parseInt(fields[1]),
                    fields[4],
                    fields[3].isEmpty() ? null : fields[3],
                    Instant.ofEpochMilli(Long.parseLong(fields[0])));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static String format(Entry entry) {
        return entry.checkedAt().toEpochMilli() + "\t" + entry.status() + "\t" + clean(entry.url()) + "\t"
                + (entry.finalUrl() == null ? "" : clean(entry.finalUrl())) + "\t" + clean(entry.reason()) + "\n";
    }

    /** URLs never hold tabs or line breaks once parsed; reasons might, and would break the line format. */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
