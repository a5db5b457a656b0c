package dev.hydra.crawl;

import dev.hydra.cache.FileStamp;
import dev.hydra.site.StaticSite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files and folders of a served site as a check found them before reading any: each file's {@link FileStamp}, each
 * folder's access. A later check compares its own with this one to learn which request paths may answer otherwise
 * now, and judges only those again.
 */
final class SiteInventory {

    /**
     * The stamp of a file whose times lie too close to the check's start to be trusted (or cannot be told): taken for
     * changed by the next check.
     */
    private static final long[] UNSETTLED = new long[0];

    private static final long FOLDER = -1;

    /** No files: what a first check compares with. */
    static final SiteInventory NONE = new SiteInventory(Map.of());

    private static final int HASH_BUFFER_BYTES = 64 * 1024;

    /** How many longs a file's stamp has without the hash of its bytes, and with it. */
    private static final int FILE_STAMP = 3;

    private static final int HASHED_STAMP = FILE_STAMP + 4;

    /** How many longs an unsettled page's stamp has when its bytes were hashed: the hash alone, never trusted later. */
    private static final int HASH_ONLY = HASHED_STAMP - FILE_STAMP;

    /**
     * By {@link StaticSite#fileKey}: {size, modified, changed} of a file, followed by the SHA-256 of its bytes as four
     * longs for a page whose bytes were read; {FOLDER, access, unsettled} of a folder.
     */
    private final Map<String, long[]> entries;

    /** The pages (HTML files) of a site walked by this check, by key: those whose bytes may be hashed. */
    private final Map<String, Path> pages;

    SiteInventory(Map<String, long[]> entries) {
        this(entries, Map.of());
    }

    private SiteInventory(Map<String, long[]> entries, Map<String, Path> pages) {
        this.entries = entries;
        this.pages = pages;
    }

    /**
     * Takes the stamps of the entries a walk of the site shows it. A file or folder written less than
     * {@link FileStamp#SETTLED} before the check started, or while it ran, is taken for changed by the next check: so
     * the walk may run at any time during the check, before or after the crawl reads the files.
     */
    static final class Taker implements StaticSite.EntryVisitor {

        private final Instant checkStart;
        private final boolean hashPages;
        private final Map<String, long[]> entries = new HashMap<>();
        private final Map<String, Path> pages = new HashMap<>();
        private final ByteBuffer buffer = ByteBuffer.allocate(HASH_BUFFER_BYTES);

        /**
         * @param hashPages whether each page's bytes are hashed as it is walked (a check with nothing to compare
         *     them with: the next check compares with them), or later against an earlier inventory ({@link
         *     #hashPagesAgainst})
         */
        Taker(Instant checkStart, boolean hashPages) {
            this.checkStart = checkStart;
            this.hashPages = hashPages;
        }

        @Override
        public void visit(String key, Path path, BasicFileAttributes attributes) {
            long[] stamp = stampOf(path, attributes);
            if (!attributes.isDirectory() && isPage(key)) {
                pages.put(key, path);
                if (hashPages && stamp.length == FILE_STAMP) {
                    stamp = withHash(stamp, path, buffer);
                }
            }
            entries.put(key, stamp);
        }

        private long[] stampOf(Path path, BasicFileAttributes attributes) {
            if (attributes.isDirectory()) {
                // a file added or removed while the check ran changes its folder's time: what the check found in
                // the folder is then taken for changed, all of it
                long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                FileStamp times = new FileStamp(0, modified, modified);
                return new long[] {
                    FOLDER,
                    (Files.isReadable(path) ? 1 : 0) + (Files.isExecutable(path) ? 2 : 0),
                    times.settledBefore(checkStart) ? 0 : 1
                };
            }
            FileStamp stamp = FileStamp.of(path);
            if (stamp == null || !stamp.settledBefore(checkStart)) {
                return UNSETTLED;
            }
            return new long[] {stamp.size(), stamp.modifiedNanos(), stamp.changedNanos()};
        }

        /** The inventory, or null when the walk found what answers by more than its own path. */
        SiteInventory inventory(StaticSite.Walk walk) {
            return walk.plain() ? new SiteInventory(entries, pages) : null;
        }
    }

    Map<String, long[]> entries() {
        return entries;
    }

    /**
     * Hashes the pages whose stamps differ from {@code earlier}'s (a site generated again writes every page anew, with
     * the same bytes for most), so that {@link #changesSince} takes a page with its old bytes for unchanged; a page
     * whose stamp is the one it had keeps its hash. Before the crawl reads the pages: a page written since then is
     * unsettled for the next check.
     */
    void hashPagesAgainst(SiteInventory earlier) {
        ByteBuffer buffer = ByteBuffer.allocate(HASH_BUFFER_BYTES);
        pages.forEach((key, path) -> {
            long[] stamp = entries.get(key);
            long[] before = earlier.entries.get(key);
            if (stamp.length == 0) {
                // written just now (a site generated right before the check): its bytes, hashed now, decide for
                // this check; the next one takes it for changed, as its stamp cannot be trusted
                if (before != null && before.length == HASHED_STAMP) {
                    long[] hash = withHash(new long[FILE_STAMP], path, buffer);
                    if (hash.length == HASHED_STAMP) {
                        entries.put(key, Arrays.copyOfRange(hash, FILE_STAMP, HASHED_STAMP));
                    }
                }
                return;
            }
            if (before != null && before.length == HASHED_STAMP && sameTimes(stamp, before)) {
                long[] hashed = Arrays.copyOf(stamp, HASHED_STAMP);
                System.arraycopy(before, FILE_STAMP, hashed, FILE_STAMP, HASHED_STAMP - FILE_STAMP);
                entries.put(key, hashed);
            } else {
                entries.put(key, withHash(stamp, path, buffer));
            }
        });
    }

    private static boolean isPage(String key) {
        return key.endsWith(".html") || key.endsWith(".htm");
    }

    /**
     * A file's stamp with the SHA-256 of its bytes, or as it was when they cannot be read.
     *
     * @param buffer what the bytes are read through: one for all of a walk's pages, which would otherwise be as many
     *     arrays to collect
     */
    private static long[] withHash(long[] stamp, Path path, ByteBuffer buffer) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            buffer.clear();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                digest.update(buffer);
                buffer.clear();
            }
            ByteBuffer hash = ByteBuffer.wrap(digest.digest());
            long[] hashed = Arrays.copyOf(stamp, HASHED_STAMP);
            for (int i = FILE_STAMP; i < HASHED_STAMP; i++) {
                hashed[i] = hash.getLong();
            }
            return hashed;
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return stamp; // taken for changed when its times move
        }
    }

    private static boolean sameTimes(long[] now, long[] before) {
        return now[0] == before[0] && now[1] == before[1] && now[2] == before[2];
    }

    /** What may answer otherwise now than at the time of {@code earlier}. */
    Changes changesSince(SiteInventory earlier) {
        Set<String> keys = new HashSet<>();
        List<String> folders = new ArrayList<>();
        List<String> unsettledFolders = new ArrayList<>();
        entries.forEach((key, stamp) -> {
            long[] before = earlier.entries.get(key);
            if (before == null || !trusted(before) || !sameStamp(stamp, before)) {
                changed(key, stamp, before, keys, folders, unsettledFolders);
            }
        });
        earlier.entries.forEach((key, stamp) -> {
            if (!entries.containsKey(key)) {
                changed(key, stamp, null, keys, folders, unsettledFolders);
            }
        });
        return new Changes(keys, folders, unsettledFolders, entries.keySet());
    }

    private static boolean isFolder(long[] stamp) {
        return stamp != null && stamp.length == FILE_STAMP && stamp[0] == FOLDER;
    }

    /** Whether an earlier stamp tells what the file was: not when it was unsettled then. */
    private static boolean trusted(long[] before) {
        return before.length == FILE_STAMP || before.length == HASHED_STAMP;
    }

    private static boolean sameStamp(long[] now, long[] before) {
        if (now.length == HASH_ONLY) {
            return before.length == HASHED_STAMP && Arrays.equals(now, 0, HASH_ONLY, before, FILE_STAMP, HASHED_STAMP);
        }
        if (now.length == 0) {
            return false;
        }
        if (isFolder(now) || isFolder(before)) {
            // a folder's time moves with every file added or removed, which the files' own entries tell; unless it
            // moved while the last check ran
            return now[0] == before[0] && now[1] == before[1] && before[2] == 0;
        }
        if (sameTimes(now, before)) {
            return true;
        }
        // written again with the same bytes, as a site generated again is
        return now.length == HASHED_STAMP
                && before.length == HASHED_STAMP
                && Arrays.equals(now, FILE_STAMP, HASHED_STAMP, before, FILE_STAMP, HASHED_STAMP);
    }

    private static void changed(
            String key,
            long[] now,
            long[] before,
            Set<String> keys,
            List<String> folders,
            List<String> unsettledFolders) {
        if (isFolder(now) && isFolder(before) && now[1] == before[1]) {
            // its entries changed while the last check ran: one the check read may have gone before it was walked.
            // The folder answers as it did (its index.html has an entry of its own)
            unsettledFolders.add(key);
            return;
        }
        keys.add(key);
        if (key.endsWith("/index.html")) {
            // a folder answers with its index.html: "/guide/", and "/guide", which redirects there
            keys.add(key.substring(0, key.length() - "/index.html".length()));
        }
        if (isFolder(now) && isFolder(before)) {
            folders.add(key); // its access changed: all below it may answer otherwise
        }
    }

    /**
     * The request paths, by {@link StaticSite#fileKey}, that may answer otherwise now.
     *
     * @param keys the files and folders added, removed or changed, with the folder of each {@code index.html}
     * @param folders the folders whose access changed: every path below them
     * @param unsettledFolders the folders whose entries changed while the last check ran: a file the check read may
     *     have gone before its walk, and be missing from both walks; every path below them that answers with nothing
     *     now
     * @param present every file and folder now
     */
    record Changes(Set<String> keys, List<String> folders, List<String> unsettledFolders, Set<String> present) {

        boolean isEmpty() {
            return keys.isEmpty() && folders.isEmpty() && unsettledFolders.isEmpty();
        }

        /** Whether the answer to a path with this key may have changed. */
        boolean affects(String key) {
            if (key == null) {
                return false; // answered by no file, then and now
            }
            if (keys.contains(key)) {
                return true;
            }
            for (String folder : folders) {
                if (key.startsWith(folder + "/") || key.equals(folder)) {
                    return true;
                }
            }
            for (String folder : unsettledFolders) {
                if (key.startsWith(folder + "/") && !present.contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }
}
