package dev.hydra.cache;

import dev.hydra.extract.DocumentLinks;
import dev.hydra.io.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The links, anchors and lines of a site's local pages and project files from the last check, so that a repeat check
 * parses only what changed; every link is judged again, only the extraction is kept. A page is taken for unchanged when
 * its file's {@link FileStamp} is the one it had (nothing is read), else when the SHA-256 of its bytes is.
 *
 * <p>One file per site (its folders, files root and URL name it): its header holds a key of the format, Hydra's version
 * and every setting that changes what is extracted; a file with another key reads as empty and is replaced after the
 * check, so that a site never has more than one. The file is the pages' bytes, then their index, then where the index
 * starts with its CRC-32; each page has a CRC-32 of its own. Only the index is held in memory; a page's bytes are read
 * when it is reached. When something changed, the new file is written beside the old one as the check goes ({@link
 * AtomicFile}: the pages parsed, then those reused, copied from the old file) and moved over it at the end, so that a
 * build sharing the folder reads the old file or the new one, never half of one. When nothing changed, nothing is
 * written. A file that cannot be read, or a page whose bytes do not match their CRC, costs a parse, with one notice:
 * never a wrong verdict, never a failed build.
 */
public final class PageCache implements AutoCloseable {

    /** The start of a file's name. */
    public static final String FILE_PREFIX = "pages-";

    /** The names of an earlier format's files, which nothing reads any more: they are deleted when a file is written. */
    private static final String OLD_PREFIX = "pages-v1-";

    private static final int MAGIC = 0x48594450; // "HYDP"
    private static final int FORMAT = 2;
    private static final int HEADER_BYTES = Integer.BYTES + 32;
    private static final int TRAILER_BYTES = Long.BYTES + Integer.BYTES + Integer.BYTES;
    private static final int TRUNCATED = 1;
    private static final int MAX_IDLE = 3;

    private final Path file;
    private final PageCodec codec;
    private final String publicRoot;
    private final byte[] headerKey;
    private final Instant checkStart;
    private final Map<String, Entry> earlier;
    private final FileChannel earlierFile;
    /** The pages of this check, by key: those reused point into the old file, those parsed into the new one. */
    private final Map<String, Entry> now = new ConcurrentHashMap<>();

    private final List<String> notices = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean damageNoted = new AtomicBoolean();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger unread = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    private final AtomicInteger restamped = new AtomicInteger();
    private final boolean earlierUsable;
    // the new file, opened at the first page parsed, written under this object's lock
    private AtomicFile written;
    private long writtenBytes;
    private boolean writeFailed;
    private boolean finished;
    private volatile boolean onlyChangedRead;

    /**
     * Where one page's extraction lies, and what it was extracted from.
     *
     * @param stamp the file's stamp when it was read, or null when it may not be trusted
     * @param fresh whether its bytes are in the new file, not the old one
     * @param idle how many files written in a row it went unused in: a page reached under another URL this time (an
     *     alias whose twin was reached first) is kept for the next, a page gone is dropped after {@link #MAX_IDLE}
     */
    private record Entry(
            byte[] sha256,
            FileStamp stamp,
            boolean truncated,
            long offset,
            int length,
            int crc,
            boolean fresh,
            int idle) {

        Entry(byte[] sha256, FileStamp stamp, boolean truncated, long offset, int length, int crc, boolean fresh) {
            this(sha256, stamp, truncated, offset, length, crc, fresh, 0);
        }

        Entry movedTo(long at, int idleNow) {
            return new Entry(sha256, stamp, truncated, at, length, crc, true, idleNow);
        }
    }

    /**
     * Tells the cache that this check reads only the pages that changed since the last one (it took over the last
     * check's results for the others): the pages it does not reach are no sign of pages gone, and their entries stay
     * as they are, for a check that reads them all.
     */
    public void onlyChangedRead() {
        onlyChangedRead = true;
    }

    /** A page's extraction taken from the cache, and whether it was read cut at the size limit. */
    public record Reused(DocumentLinks page, boolean truncated) {}

    private PageCache(Path file, String settingsKey, String publicRoot, Instant checkStart) {
        this.file = file;
        this.codec = new PageCodec(publicRoot);
        this.publicRoot = publicRoot;
        this.headerKey = sha256(("format " + FORMAT + "\n" + settingsKey).getBytes(StandardCharsets.UTF_8));
        this.checkStart = checkStart;
        FileChannel channel = null;
        Map<String, Entry> pages = Map.of();
        boolean usable = false;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            pages = readIndex(channel);
            usable = pages != null;
        } catch (NoSuchFileException e) {
            // the first check of this site
        } catch (IOException | RuntimeException e) {
            noteIgnored("it cannot be read (" + e + ")");
        }
        if (pages == null || pages.isEmpty()) {
            pages = Map.of();
            if (channel != null) {
                closeQuietly(channel);
                channel = null;
            }
        }
        this.earlier = pages;
        this.earlierFile = channel;
        this.earlierUsable = usable;
    }

    /**
     * Opens the page cache of one site in {@code directory}; never fails.
     *
     * @param site what names the site (its folders, files root, URL): each has a file of its own
     * @param settings Hydra's version and the settings that change what is extracted: other settings than those the
     *     file was written with make it read as empty
     * @param publicRoot the URL the served site's pages are resolved against, with its slash, or null without one
     * @param checkStart when the check started: a file written less than {@link FileStamp#SETTLED} before it is read
     *     again next time, whatever its stamp
     */
    public static PageCache open(Path directory, String site, String settings, String publicRoot, Instant checkStart) {
        return new PageCache(directory.resolve(siteFileName(FILE_PREFIX, site)), settings, publicRoot, checkStart);
    }

    /** The name of a site's file that starts with {@code prefix}: the site's name, hashed. */
    public static String siteFileName(String prefix, String site) {
        return prefix + HexFormat.of().formatHex(sha256(site.getBytes(StandardCharsets.UTF_8)), 0, 8) + ".bin";
    }

    public Path file() {
        return file;
    }

    /** Whether {@code url} is a page this cache keeps: a page of the served site or a project file. */
    public boolean keeps(String url) {
        return url.startsWith("file:") || (publicRoot != null && url.startsWith(publicRoot));
    }

    /**
     * The extraction of the page at {@code url} when its file has the stamp it had when it was cached: nothing is read
     * but the cache. Null when it may have changed, or its cached bytes are damaged: it is then read and
     * {@link #extraction} decides.
     *
     * @param variant what else the extraction depends on (the charset a server names), or ""
     */
    public Reused unchanged(String url, String variant, FileStamp stamp) {
        String key = key(url, variant);
        Entry known = earlier.get(key);
        if (stamp == null || known == null || !stamp.equals(known.stamp())) {
            return null;
        }
        DocumentLinks page = decode(known, key);
        if (page == null) {
            return null;
        }
        if (now.putIfAbsent(key, known) == null) { // an alias served from its plain form's entry is not counted twice
            reused.incrementAndGet();
            unread.incrementAndGet();
        }
        return new Reused(page, known.truncated());
    }

    /**
     * The extraction of the page at {@code url} with these bytes: the one the file holds when the bytes are the same,
     * else {@code extract}'s, which is kept for the next check. What {@code extract} throws is thrown.
     *
     * @param variant what else the extraction depends on (the charset a server names), or ""
     * @param stamp the file's stamp, taken before its bytes were read; or null
     * @param truncated whether the bytes are the file's first only, cut at the size limit
     */
    public DocumentLinks extraction(
            String url,
            String variant,
            byte[] body,
            FileStamp stamp,
            boolean truncated,
            Supplier<DocumentLinks> extract) {
        String key = key(url, variant);
        byte[] hash = sha256(body);
        FileStamp kept = stamp != null && stamp.settledBefore(checkStart) ? stamp : null;
        Entry known = earlier.get(key);
        if (known != null && Arrays.equals(known.sha256(), hash) && known.truncated() == truncated) {
            DocumentLinks page = decode(known, key);
            if (page != null) {
                reused.incrementAndGet();
                if (!Objects.equals(kept, known.stamp())) {
                    restamped.incrementAndGet();
                }
                now.putIfAbsent(
                        key, new Entry(hash, kept, truncated, known.offset(), known.length(), known.crc(), false));
                return page;
            }
        }
        DocumentLinks page = extract.get();
        parsed.incrementAndGet();
        append(key, hash, kept, truncated, codec.encode(page));
        return page;
    }

    /** How many pages came from the file. */
    public int reused() {
        return reused.get();
    }

    /** How many of those were taken by their file's stamp, without reading the file. */
    public int unread() {
        return unread.get();
    }

    /** How many pages were parsed. */
    public int parsed() {
        return parsed.get();
    }

    /** Problems with the file, for the user; they never fail a check. */
    public List<String> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }

    /**
     * Writes the file of this check over the old one when anything changed: a page parsed, a stamp to keep, another
     * key; the old format's files and those of sites unused for 30 days are deleted then. When nothing changed, only
     * the file's time is set (once a day at most), as the mark of its use. Never throws; a failure is noted.
     */
    public synchronized void save() {
        if (finished) {
            return;
        }
        finished = true;
        // a page gone from the site changes nothing by itself: its entry waits for the next file written
        boolean changed = parsed.get() > 0 || restamped.get() > 0 || !earlierUsable || damageNoted.get();
        if (!changed || writeFailed) {
            closeWritten();
            if (!changed) {
                markUsed();
            }
            return;
        }
        try {
            if (written == null) {
                startWriting();
            }
            FileChannel out = written.channel();
            // the pages reused, and those unused for a while, copied from the old file in its order: neighbours are
            // one copy
            Map<String, Entry> index = new HashMap<>(Math.max(16, now.size() * 2));
            List<Map.Entry<String, Entry>> old = new ArrayList<>();
            now.forEach((key, entry) -> {
                if (entry.fresh()) {
                    index.put(key, entry);
                } else {
                    old.add(Map.entry(key, entry.movedTo(entry.offset(), 0)));
                }
            });
            int aging = onlyChangedRead ? 0 : 1;
            earlier.forEach((key, entry) -> {
                if (!now.containsKey(key) && entry.idle() < MAX_IDLE) {
                    old.add(Map.entry(key, entry.movedTo(entry.offset(), entry.idle() + aging)));
                }
            });
            old.sort(Comparator.comparingLong(entry -> entry.getValue().offset()));
            long runFrom = -1;
            long runLength = 0;
            for (Map.Entry<String, Entry> reusedEntry : old) {
                Entry entry = reusedEntry.getValue();
                if (runFrom >= 0 && runFrom + runLength != entry.offset()) {
                    copy(runFrom, runLength, out);
                    runFrom = -1;
                }
                if (runFrom < 0) {
                    runFrom = entry.offset();
                    runLength = 0;
                }
                index.put(reusedEntry.getKey(), entry.movedTo(writtenBytes + runLength, entry.idle()));
                runLength += entry.length();
            }
            if (runFrom >= 0) {
                copy(runFrom, runLength, out);
            }
            writeIndex(out, index);
            written.commit();
            written.close();
            written = null;
            tidy();
        } catch (IOException | RuntimeException e) {
            notices.add("the page cache " + file + " could not be written (" + e
                    + "): the next check parses every page again; set cacheDirectory to a writable folder");
            closeWritten();
        }
    }

    /** Closes the old file, and removes the new one unless {@link #save} moved it into place. */
    @Override
    public synchronized void close() {
        finished = true;
        closeWritten();
        if (earlierFile != null) {
            closeQuietly(earlierFile);
        }
    }

    private static String shownKey(String key) {
        return key.replace('\n', ' ').strip();
    }

    /** Pages are keyed by their URL below the public root (the same on every check) and what else they depend on. */
    private String key(String url, String variant) {
        String page = publicRoot != null && url.startsWith(publicRoot) ? "/" + url.substring(publicRoot.length()) : url;
        return page + "\n" + variant;
    }

    private DocumentLinks decode(Entry known, String key) {
        byte[] payload = read(known, key);
        if (payload == null) {
            return null;
        }
        try {
            return codec.decode(payload);
        } catch (IllegalArgumentException e) {
            noteDamaged(key, "its bytes are no page (" + e.getMessage() + ")");
            return null;
        }
    }

    private synchronized void append(String key, byte[] hash, FileStamp stamp, boolean truncated, byte[] payload) {
        if (finished || writeFailed || now.containsKey(key)) {
            return;
        }
        try {
            if (written == null) {
                startWriting();
            }
            written.channel().write(ByteBuffer.wrap(payload));
            now.put(key, new Entry(hash, stamp, truncated, writtenBytes, payload.length, crc(payload), true));
            writtenBytes += payload.length;
        } catch (IOException | RuntimeException e) {
            writeFailed = true;
            notices.add("the page cache " + file + " could not be written (" + e
                    + "): the next check parses every page again; set cacheDirectory to a writable folder");
            closeWritten();
        }
    }

    private void startWriting() throws IOException {
        written = AtomicFile.open(file);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.putInt(MAGIC).put(headerKey).flip();
        written.channel().write(header);
        writtenBytes = HEADER_BYTES;
    }

    private void copy(long from, long length, FileChannel out) throws IOException {
        long done = 0;
        while (done < length) {
            long moved = earlierFile.transferTo(from + done, length - done, out);
            if (moved <= 0) {
                throw new IOException("the old file ends early");
            }
            done += moved;
        }
        writtenBytes += length;
    }

    private void writeIndex(FileChannel out, Map<String, Entry> index) throws IOException {
        ByteArrayOutputStream indexBytes = new ByteArrayOutputStream(96 * index.size() + 16);
        DataOutputStream data = new DataOutputStream(indexBytes);
        data.writeInt(index.size());
        for (Map.Entry<String, Entry> each : index.entrySet()) {
            Entry entry = each.getValue();
            byte[] key = each.getKey().getBytes(StandardCharsets.UTF_8);
            data.writeInt(key.length);
            data.write(key);
            data.write(entry.sha256());
            FileStamp stamp = entry.stamp();
            data.writeLong(stamp == null ? -1 : stamp.size());
            data.writeLong(stamp == null ? 0 : stamp.modifiedNanos());
            data.writeLong(stamp == null ? 0 : stamp.changedNanos());
            data.writeByte(entry.truncated() ? TRUNCATED : 0);
            data.writeByte(entry.idle());
            data.writeLong(entry.offset());
            data.writeInt(entry.length());
            data.writeInt(entry.crc());
        }
        byte[] bytes = indexBytes.toByteArray();
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER_BYTES);
        trailer.putLong(writtenBytes).putInt(crc(bytes)).putInt(MAGIC).flip();
        out.write(ByteBuffer.wrap(bytes));
        out.write(trailer);
    }

    private void closeWritten() {
        if (written != null) {
            try {
                written.close();
            } catch (IOException e) {
                // a stray temporary file is swept by a later write; it costs disk space, never a check
            }
            written = null;
        }
    }

    /**
     * Deletes the files of the first format, which no version reads, and the files of sites no check has used for
     * {@link UnusedFiles#UNUSED_FOR}.
     */
    private void tidy() {
        UnusedFiles.tidy(file, FILE_PREFIX + "*.bin", checkStart, name -> name.startsWith(OLD_PREFIX));
    }

    /**
     * A check that changed nothing writes nothing, but marks the file as used, so that {@link #tidy} keeps it.
     */
    private void markUsed() {
        if (earlierUsable) {
            UnusedFiles.markUsed(file, checkStart);
        }
    }

    /** The index of a file with this check's header key; null when it has another. */
    private Map<String, Entry> readIndex(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < HEADER_BYTES + TRAILER_BYTES) {
            throw new IOException("it is too short (" + size + " bytes)");
        }
        ByteBuffer header = readFully(channel, 0, HEADER_BYTES);
        if (header.getInt() != MAGIC) {
            throw new IOException("it is no page cache");
        }
        byte[] key = new byte[headerKey.length];
        header.get(key);
        if (!Arrays.equals(key, headerKey)) {
            return null; // another format, version or settings: every page is parsed anew, and the file replaced
        }
        ByteBuffer trailer = readFully(channel, size - TRAILER_BYTES, TRAILER_BYTES);
        long indexAt = trailer.getLong();
        int indexCrc = trailer.getInt();
        if (trailer.getInt() != MAGIC || indexAt < HEADER_BYTES || indexAt > size - TRAILER_BYTES) {
            throw new IOException("it ends early");
        }
        ByteBuffer index = readFully(channel, indexAt, (int) (size - TRAILER_BYTES - indexAt));
        if (crc(index.array()) != indexCrc) {
            throw new IOException("its index does not match its CRC");
        }
        int count = index.getInt();
        Map<String, Entry> pages = new HashMap<>(Math.max(16, count * 2));
        for (int i = 0; i < count; i++) {
            byte[] name = new byte[index.getInt()];
            index.get(name);
            byte[] hash = new byte[32];
            index.get(hash);
            long stampSize = index.getLong();
            long modified = index.getLong();
            long changed = index.getLong();
            FileStamp stamp = stampSize < 0 ? null : new FileStamp(stampSize, modified, changed);
            boolean truncated = (index.get() & TRUNCATED) != 0;
            int idle = index.get();
            Entry page =
                    new Entry(hash, stamp, truncated, index.getLong(), index.getInt(), index.getInt(), false, idle);
            if (page.offset() < HEADER_BYTES || page.length() < 0 || page.offset() + page.length() > indexAt) {
                throw new IOException("its index points outside its pages");
            }
            pages.put(new String(name, StandardCharsets.UTF_8), page);
        }
        return pages;
    }

    /** A page's bytes, or null with a notice when they cannot be read or do not match their CRC. */
    private byte[] read(Entry page, String key) {
        try {
            byte[] payload =
                    readFully(earlierFile, page.offset(), page.length()).array();
            if (crc(payload) == page.crc()) {
                return payload;
            }
            noteDamaged(key, "its bytes do not match their CRC");
        } catch (IOException | RuntimeException e) {
            noteDamaged(key, "it cannot be read (" + e + ")");
        }
        return null;
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("it ends early");
            }
        }
        return buffer.flip();
    }

    private void noteIgnored(String why) {
        notices.add("the page cache " + file + " was ignored: " + why
                + "; every page is parsed, and the file is rewritten after this check");
    }

    private void noteDamaged(String key, String why) {
        if (damageNoted.compareAndSet(false, true)) {
            notices.add("the page cache " + file + " is damaged (the entry of " + shownKey(key) + ": " + why
                    + "): such pages are parsed anew, and the file is rewritten after this check");
        }
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    /** The SHA-256 of {@code bytes}. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // only read from
        }
    }
}
