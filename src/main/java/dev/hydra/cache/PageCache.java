package dev.hydra.cache;

import dev.hydra.extract.DocumentLinks;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The links, anchors and lines of a site's local pages and project files from the last check, keyed by each page's URL
 * and the SHA-256 of its bytes, so that a repeat check parses only what changed. Every link is judged again: only the
 * extraction is kept.
 *
 * <p>One file per site (its folders, files root and URL name it), under a header holding a key of the format, Hydra's
 * version and every setting that changes what is extracted or judged: another key reads as an empty cache. The file is
 * the pages' bytes, then their index, then where the index starts with its CRC-32; each page has a CRC-32 of its own.
 * Only the index is held in memory; a page's bytes are read when it is reached. The new file is written as the check
 * goes, to a temporary file in the same folder, and moved over the old one at the end. A file that cannot be read, or a
 * page whose bytes do not match their CRC, costs a parse, with one notice: never a wrong verdict, never a failed build.
 */
public final class PageCache implements AutoCloseable {

    /** The start of a file's name; the format's version is in it, so a new format never reads an old file. */
    public static final String FILE_PREFIX = "pages-v1-";

    private static final int MAGIC = 0x48594450; // "HYDP"
    private static final int TRAILER_BYTES = Long.BYTES + Integer.BYTES + Integer.BYTES;

    private final Path file;
    private final PageCodec codec;
    private final String originPrefix;
    private final byte[] headerKey;
    private final Map<String, CachedPage> earlier;
    private final FileChannel earlierFile;
    private final List<String> notices = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean damageNoted = new AtomicBoolean();
    private final AtomicInteger reused = new AtomicInteger();
    private final AtomicInteger parsed = new AtomicInteger();
    // the new file, written under this object's lock
    private Path temporary;
    private DataOutputStream out;
    private long written;
    private final List<Map.Entry<String, CachedPage>> index = new ArrayList<>();
    private final Set<String> indexed = new HashSet<>();
    private boolean finished;

    private PageCache(Path file, String settingsKey, String origin) {
        this.file = file;
        this.codec = new PageCodec(origin);
        this.originPrefix = origin;
        this.headerKey = sha256(("format 1\n" + settingsKey).getBytes(StandardCharsets.UTF_8));
        FileChannel channel = null;
        Map<String, CachedPage> pages = Map.of();
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            pages = readIndex(channel);
        } catch (NoSuchFileException e) {
            // the first check of this site
        } catch (IOException | RuntimeException e) {
            noteIgnored("it cannot be read (" + e + ")");
        }
        if (pages.isEmpty() && channel != null) {
            closeQuietly(channel);
            channel = null;
        }
        this.earlier = pages;
        this.earlierFile = channel;
        startWriting();
    }

    /**
     * Opens the page cache of one site in {@code directory}; never fails.
     *
     * @param site what names the site (its folders, files root, URL): each has a file of its own
     * @param settings Hydra's version and the settings that change what is extracted or judged: other settings than
     *     those the file was written with invalidate it
     * @param origin the served site's origin with its slash ({@code http://127.0.0.1:41234/}), or null
     */
    public static PageCache open(Path directory, String site, String settings, String origin) {
        String name = FILE_PREFIX
                + HexFormat.of().formatHex(sha256(site.getBytes(StandardCharsets.UTF_8)), 0, 8) + ".bin";
        return new PageCache(directory.resolve(name), settings, origin);
    }

    public Path file() {
        return file;
    }

    /** Whether {@code url} is a page this cache keeps: a page of the served site or a project file. */
    public boolean keeps(String url) {
        return url.startsWith("file:") || (originPrefix != null && url.startsWith(originPrefix));
    }

    /**
     * The extraction of the page at {@code url} with these bytes: the one the file holds when the bytes are the same,
     * else {@code extract}'s, which is kept for the next check. What {@code extract} throws is thrown.
     *
     * @param variant what else the extraction depends on (the charset a server names), or ""
     */
    public DocumentLinks extraction(String url, String variant, byte[] body, Supplier<DocumentLinks> extract) {
        String key = (originPrefix != null && url.startsWith(originPrefix)
                        ? "/" + url.substring(originPrefix.length())
                        : url)
                + "\n" + variant;
        byte[] hash = sha256(body);
        CachedPage known = earlier.get(key);
        if (known != null && Arrays.equals(known.sha256(), hash)) {
            byte[] payload = read(known, key);
            if (payload != null) {
                try {
                    DocumentLinks page = codec.decode(payload);
                    reused.incrementAndGet();
                    append(key, hash, payload);
                    return page;
                } catch (IllegalArgumentException e) {
                    noteDamaged(key, "its bytes are no page (" + e.getMessage() + ")");
                }
            }
        }
        DocumentLinks page = extract.get();
        parsed.incrementAndGet();
        append(key, hash, codec.encode(page));
        return page;
    }

    /** How many pages came from the file. */
    public int reused() {
        return reused.get();
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

    /** Moves the file written during this check over the old one. Never throws; a failure is noted. */
    public synchronized void save() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (out == null) {
                return; // a failure was noted when it happened
            }
            ByteArrayOutputStream indexBytes = new ByteArrayOutputStream(64 * index.size() + 16);
            DataOutputStream indexData = new DataOutputStream(indexBytes);
            indexData.writeInt(index.size());
            for (Map.Entry<String, CachedPage> entry : index) {
                CachedPage page = entry.getValue();
                byte[] key = entry.getKey().getBytes(StandardCharsets.UTF_8);
                indexData.writeInt(key.length);
                indexData.write(key);
                indexData.write(page.sha256());
                indexData.writeLong(page.offset());
                indexData.writeInt(page.length());
                indexData.writeInt(page.crc());
            }
            byte[] bytes = indexBytes.toByteArray();
            long indexAt = written;
            out.write(bytes);
            out.writeLong(indexAt);
            out.writeInt(crc(bytes, 0, bytes.length));
            out.writeInt(MAGIC);
            out.close();
            out = null;
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            notices.add("the page cache " + file + " could not be written (" + e
                    + "): the next check parses every page again; set cacheDirectory to a writable folder");
        } finally {
            discardTemporary();
        }
    }

    /** Closes the old file, and removes the new one unless {@link #save} moved it into place. */
    @Override
    public synchronized void close() {
        finished = true;
        discardTemporary();
        if (earlierFile != null) {
            closeQuietly(earlierFile);
        }
    }

    private void startWriting() {
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
            out.writeInt(MAGIC);
            out.write(headerKey);
            written = Integer.BYTES + headerKey.length;
        } catch (IOException | UncheckedIOException e) {
            failedToWrite(e);
        }
    }

    private synchronized void append(String key, byte[] hash, byte[] payload) {
        if (out == null || finished || !indexed.add(key)) {
            return;
        }
        try {
            out.write(payload);
            index.add(Map.entry(key, new CachedPage(hash, written, payload.length, crc(payload, 0, payload.length))));
            written += payload.length;
        } catch (IOException e) {
            failedToWrite(e);
        }
    }

    private void failedToWrite(Exception e) {
        notices.add("the page cache " + file + " could not be written (" + e
                + "): the next check parses every page again; set cacheDirectory to a writable folder");
        discardTemporary();
    }

    private void discardTemporary() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the file is deleted next
            }
            out = null;
        }
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a stray temporary file costs disk space, never a check
            }
            temporary = null;
        }
    }

    /** The index of a file with this check's header key; empty when it has another. */
    private Map<String, CachedPage> readIndex(FileChannel channel) throws IOException {
        long size = channel.size();
        int headerBytes = Integer.BYTES + headerKey.length;
        if (size < headerBytes + TRAILER_BYTES) {
            throw new IOException("it is too short (" + size + " bytes)");
        }
        ByteBuffer header = readFully(channel, 0, headerBytes);
        if (header.getInt() != MAGIC) {
            throw new IOException("it is no page cache");
        }
        byte[] key = new byte[headerKey.length];
        header.get(key);
        if (!Arrays.equals(key, headerKey)) {
            return Map.of(); // another version or other settings: every page is parsed anew
        }
        ByteBuffer trailer = readFully(channel, size - TRAILER_BYTES, TRAILER_BYTES);
        long indexAt = trailer.getLong();
        int indexCrc = trailer.getInt();
        if (trailer.getInt() != MAGIC || indexAt < headerBytes || indexAt > size - TRAILER_BYTES) {
            throw new IOException("it ends early");
        }
        ByteBuffer index = readFully(channel, indexAt, (int) (size - TRAILER_BYTES - indexAt));
        if (crc(index.array(), 0, index.capacity()) != indexCrc) {
            throw new IOException("its index does not match its CRC");
        }
        int count = index.getInt();
        Map<String, CachedPage> pages = new HashMap<>(Math.max(16, count * 2));
        for (int i = 0; i < count; i++) {
            byte[] name = new byte[index.getInt()];
            index.get(name);
            byte[] hash = new byte[32];
            index.get(hash);
            CachedPage page = new CachedPage(hash, index.getLong(), index.getInt(), index.getInt());
            if (page.offset() < headerBytes || page.length() < 0 || page.offset() + page.length() > indexAt) {
                throw new IOException("its index points outside its pages");
            }
            pages.put(new String(name, StandardCharsets.UTF_8), page);
        }
        return pages;
    }

    /** A page's bytes, or null with a notice when they cannot be read or do not match their CRC. */
    private byte[] read(CachedPage page, String key) {
        try {
            byte[] payload = readFully(earlierFile, page.offset(), page.length()).array();
            if (crc(payload, 0, payload.length) == page.crc()) {
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
            notices.add("the page cache " + file + " is damaged (the entry of " + key.replace('\n', ' ').strip()
                    + ": " + why + "): such pages are parsed anew, and the file is rewritten after this check");
        }
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    private static byte[] sha256(byte[] bytes) {
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
