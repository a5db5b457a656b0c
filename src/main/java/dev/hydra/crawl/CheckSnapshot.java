package dev.hydra.crawl;

import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import dev.hydra.site.StaticSite;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * What a check of a served site knew at its end, kept for the next check of the same site: the site's files as it
 * found them ({@link SiteInventory}), the outcome of every URL of the site, and every link found on its pages with its
 * places. The next check takes it over where nothing changed and judges again only what may have: the URLs whose files
 * were added, removed or changed (a changed page is also crawled again, its old places dropped), and every URL off the
 * site (external links, the project's files), whose answers the site's files do not decide.
 *
 * <p>The site's origin (its port changes from check to check) is written as a mark and read back as the new one. The
 * bytes end with their CRC-32: a damaged file reads as none.
 */
final class CheckSnapshot {

    private static final int MAGIC = 0x48594452; // "HYDR"
    private static final int KEY_BYTES = 32;
    private static final char ORIGIN_MARK = '\u0000';

    private static final int HAS_KIND = 1;
    private static final int HAS_FINAL_URI = 2;
    private static final int HAS_ANCHORS = 4;
    private static final int TRUNCATED = 8;
    private static final int READ_IN_PART = 16;

    private static final int IGNORED = 1;
    private static final int HAS_FRAGMENT = 2;
    private static final int HAS_JUDGED_AS = 4;
    private static final int HAS_FIXED = 8;
    /** The link's target, in bits 4 and 5: none, a URL of the site (by its index), the link as shown, or written. */
    private static final int TARGET_SHIFT = 4;

    private static final int NO_TARGET = 0;
    private static final int SITE_TARGET = 1;
    private static final int SHOWN_TARGET = 2;
    private static final int WRITTEN_TARGET = 3;

    private static final int CRAWLED = 1;
    private static final int JUDGED_ON_CHECKOUT = 2;

    private static final Verdict[] VERDICTS = Verdict.values();
    private static final ResultKind[] KINDS = ResultKind.values();

    private CheckSnapshot() {}

    /**
     * What a check takes over from the last one.
     *
     * @param targets the site's URLs whose outcome holds, with their outcome
     * @param links the links with the places that hold them still, by their key in the crawl
     * @param again the site's URLs to judge again, without outcome, at the depth they were found
     * @param pagesReused how many pages the last check crawled whose links hold still
     * @param pagesAgain how many of its pages are crawled again
     * @param changes what changed in the site's files since the snapshot
     */
    record Seed(
            List<Target> targets,
            Map<String, Link> links,
            Map<String, Target> again,
            int pagesReused,
            int pagesAgain,
            SiteInventory.Changes changes) {

        /** Whether nothing of the site changed: every page is known, and the snapshot needs no rewriting. */
        boolean nothingChanged() {
            return changes.isEmpty() && again.isEmpty();
        }
    }

    /**
     * What a crawl that is over knew, to be written while its results are drawn: its targets and its links.
     *
     * @param otherPages the pages crawled that are no pages of the site (the project's files)
     */
    record Content(List<Target> targets, List<Map.Entry<String, Link>> links, Set<String> otherPages) {}

    /**
     * The snapshot of a crawl that is over, or null when its state cannot be taken over: a URL of the site without an
     * outcome, or a page of the site named as a file of the project is.
     *
     * @param key what the snapshot holds for: Hydra's version and every setting that changes verdicts
     * @param origin the served site's origin, without a slash
     */
    static ByteBuffer encode(byte[] key, String origin, SiteInventory inventory, Content content) {
        // about what a link takes, so that the buffer is seldom copied to grow
        Bytes out = new Bytes(64 * (content.links().size() + content.targets().size()) + 64 * 1024);
        out.writeInt(MAGIC);
        out.write(key);
        out.writeVarint(inventory.entries().size());
        inventory.entries().forEach((path, stamp) -> {
            out.writeString(path);
            out.writeVarint(stamp.length);
            for (long value : stamp) {
                out.writeLong(value);
            }
        });
        String site = origin + "/";
        List<Target> targets = new ArrayList<>();
        for (Target target : content.targets()) {
            if (target.url.startsWith(site)) {
                if (target.outcome == null) {
                    return null;
                }
                targets.add(target);
            }
        }
        Map<String, Integer> pages = new HashMap<>();
        out.writeVarint(targets.size());
        for (Target target : targets) {
            String page = target.crawledAs;
            if (page != null) {
                if (content.otherPages().contains(page)) {
                    return null; // a file of the project is named as this page: their places would be one
                }
                pages.put(page, pages.size());
            }
            out.writeRebased(target.url, origin);
            out.writeVarint(target.depth == Target.UNREACHED ? 0 : target.depth + 1);
            out.writeVarint(target.chain);
            out.writeByte((page != null ? CRAWLED : 0) | (target.judgedOnCheckout ? JUDGED_ON_CHECKOUT : 0));
            if (page != null) {
                out.writeString(page);
            }
            writeOutcome(out, target.outcome, origin);
        }
        Map<String, Integer> targetIndex = new HashMap<>(targets.size() * 4 / 3 + 1);
        for (int i = 0; i < targets.size(); i++) {
            targetIndex.put(targets.get(i).url, i);
        }
        int linkCountAt = out.size();
        out.writeInt(0); // the number of links kept, known once they are written
        Bytes linkBytes = out;
        int[] linkCount = {0};
        int[] kept = {0};
        // in the order of their results, which the next check takes over without sorting them (a sort here runs
        // beside the drawing of this check's results)
        CrawlState.inResultOrder(content.links());
        for (Map.Entry<String, Link> entry : content.links()) {
            String linkKey = entry.getKey();
            Link link = entry.getValue();
            // each place once, sorted, as a report lists them: neither the results of this check nor the next check
            // sort them again
            link.sources.sort();
            kept[0] = 0;
            link.sources.forEach((page, line) -> kept[0] += pages.containsKey(page) ? 1 : 0);
            if (kept[0] == 0) {
                continue;
            }
            linkCount[0]++;
            writeLink(linkBytes, linkKey, link, origin, targetIndex);
            linkBytes.writeVarint(kept[0]);
            link.sources.forEach((page, line) -> {
                Integer index = pages.get(page);
                if (index != null) {
                    linkBytes.writeVarint(index);
                    linkBytes.writeVarint(line);
                }
            });
        }
        out.putInt(linkCountAt, linkCount[0]);
        CRC32 crc = new CRC32();
        crc.update(out.buffer(), 0, out.size());
        out.writeInt((int) crc.getValue());
        return ByteBuffer.wrap(out.buffer(), 0, out.size());
    }

    private static void writeLink(
            Bytes out, String linkKey, Link link, String origin, Map<String, Integer> targetIndex) {
        Integer index = link.fetchKey == null ? null : targetIndex.get(link.fetchKey);
        int target;
        if (link.fetchKey == null) {
            target = NO_TARGET;
        } else if (index != null) {
            target = SITE_TARGET;
        } else if (link.fetchKey.equals(page(link))) {
            target = SHOWN_TARGET;
        } else {
            target = WRITTEN_TARGET;
        }
        out.writeByte((CrawlState.isIgnoredKey(linkKey) ? IGNORED : 0)
                | (link.fragment != null ? HAS_FRAGMENT : 0)
                | (link.judgedAs != null ? HAS_JUDGED_AS : 0)
                | (link.fixedOutcome != null ? HAS_FIXED : 0)
                | target << TARGET_SHIFT);
        out.writeString(link.shownUrl);
        if (target == SITE_TARGET) {
            out.writeVarint(index);
        } else if (target == WRITTEN_TARGET) {
            out.writeRebased(link.fetchKey, origin);
        }
        if (link.fragment != null) {
            out.writeShared(link.fragment);
        }
        if (link.judgedAs != null) {
            out.writeRebased(link.judgedAs, origin);
        }
        if (link.fixedOutcome != null) {
            writeOutcome(out, link.fixedOutcome, origin);
        }
    }

    /** A link as shown, without its fragment. */
    private static String page(Link link) {
        int hash = link.shownUrl.indexOf('#');
        return hash < 0 ? link.shownUrl : link.shownUrl.substring(0, hash);
    }

    private static void writeOutcome(Bytes out, TargetOutcome outcome, String origin) {
        out.writeByte((outcome.kind() != null ? HAS_KIND : 0)
                | (outcome.finalUri() != null ? HAS_FINAL_URI : 0)
                | (outcome.anchors() != null ? HAS_ANCHORS : 0)
                | (outcome.truncated() ? TRUNCATED : 0)
                | (outcome.readInPart() ? READ_IN_PART : 0));
        out.writeByte(outcome.verdict().ordinal());
        if (outcome.kind() != null) {
            out.writeByte(outcome.kind().ordinal());
        }
        out.writeVarint(outcome.status());
        if (outcome.reason() == null || outcome.reason().contains(origin)) {
            out.writeByte(0);
            out.writeRebased(outcome.reason(), origin);
        } else {
            out.writeByte(1);
            out.writeShared(outcome.reason());
        }
        if (outcome.finalUri() != null) {
            out.writeRebased(outcome.finalUri().toString(), origin);
        }
        if (outcome.anchors() != null) {
            out.writeVarint(outcome.anchors().size());
            for (String anchor : outcome.anchors()) {
                out.writeShared(anchor);
            }
        }
    }

    /** Whether the snapshot in {@code file} was written under {@code key}: only its first bytes are read. */
    static boolean holdsFor(Path file, byte[] key) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(Integer.BYTES + KEY_BYTES);
            return header.length == Integer.BYTES + KEY_BYTES
                    && new Reader(header, header.length).readInt() == MAGIC
                    && Arrays.equals(Arrays.copyOfRange(header, Integer.BYTES, header.length), key);
        } catch (IOException | RuntimeException e) {
            return false; // none, or unreadable: this check's snapshot replaces it
        }
    }

    /**
     * A snapshot as read, before it is held against the site's files now.
     *
     * @param inventory the site's files when it was taken
     * @param targets the site's URLs, with their outcomes
     * @param checkoutPages the crawled pages whose links were judged on the project's checkout
     * @param links the links with all their places, by their key in the crawl
     */
    record Stored(SiteInventory inventory, List<Target> targets, Set<Target> checkoutPages, Map<String, Link> links) {}

    /**
     * Reads a snapshot; null when it holds for other settings or another version.
     *
     * @throws IOException when the bytes are damaged
     */
    static Stored read(byte[] bytes, byte[] key, String origin) throws IOException {
        if (bytes.length < Integer.BYTES * 2 + KEY_BYTES) {
            throw new IOException("it is too short (" + bytes.length + " bytes)");
        }
        Reader in = new Reader(bytes, bytes.length - Integer.BYTES);
        if (in.readInt() != MAGIC) {
            throw new IOException("it holds no results of a check");
        }
        if (!Arrays.equals(in.read(KEY_BYTES), key)) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Integer.BYTES);
        if ((int) crc.getValue()
                != new Reader(bytes, bytes.length)
                        .at(bytes.length - Integer.BYTES)
                        .readInt()) {
            throw new IOException("its checksum does not match");
        }
        try {
            return stored(in, origin);
        } catch (RuntimeException e) {
            throw new IOException("it cannot be read (" + e + ")", e);
        }
    }

    private static Stored stored(Reader in, String origin) {
        int entries = in.readVarint();
        Map<String, long[]> inventory = new HashMap<>(entries * 2);
        for (int i = 0; i < entries; i++) {
            String path = in.readString();
            long[] stamp = new long[in.readVarint()];
            for (int j = 0; j < stamp.length; j++) {
                stamp[j] = in.readLong();
            }
            inventory.put(path, stamp);
        }
        int count = in.readVarint();
        List<Target> targets = new ArrayList<>(count);
        Set<Target> checkoutPages = new HashSet<>();
        List<String> pageNames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String url = in.readRebased(origin);
            int depth = in.readVarint();
            int chain = in.readVarint();
            int flags = in.readByte();
            String page = (flags & CRAWLED) != 0 ? in.readString() : null;
            Target target = new Target(url, depth == 0 ? Target.UNREACHED : depth - 1, chain);
            target.outcome = readOutcome(in, origin);
            target.crawledAs = page;
            targets.add(target);
            if (page != null) {
                pageNames.add(page);
            }
            if ((flags & JUDGED_ON_CHECKOUT) != 0) {
                checkoutPages.add(target);
            }
        }
        String[] names = pageNames.toArray(String[]::new);
        int linkCount = in.readInt();
        Map<String, Link> links = new LinkedHashMap<>(linkCount * 4 / 3 + 1); // in the order of their results
        for (int i = 0; i < linkCount; i++) {
            int flags = in.readByte();
            String shown = in.readString();
            int target = (flags >> TARGET_SHIFT) & 3;
            String fetchKey = switch (target) {
                case SITE_TARGET -> targets.get(in.readVarint()).url;
                case SHOWN_TARGET -> pageOf(shown);
                case WRITTEN_TARGET -> in.readRebased(origin);
                default -> null;
            };
            String fragment = (flags & HAS_FRAGMENT) != 0 ? in.readShared() : null;
            String judgedAs = (flags & HAS_JUDGED_AS) != 0 ? in.readRebased(origin) : null;
            TargetOutcome fixed = (flags & HAS_FIXED) != 0 ? readOutcome(in, origin) : null;
            int placeCount = in.readVarint();
            String[] pages = new String[Math.max(2, placeCount)];
            int[] lines = new int[pages.length];
            for (int j = 0; j < placeCount; j++) {
                pages[j] = names[in.readVarint()];
                lines[j] = in.readVarint();
            }
            Link link = new Link(fetchKey, fragment, shown, judgedAs, fixed, Places.inOrder(pages, lines, placeCount));
            links.put((flags & IGNORED) != 0 ? CrawlState.ignoredKey(shown) : shown, link);
        }
        if (!in.atEnd()) {
            throw new IllegalStateException("bytes left over");
        }
        return new Stored(new SiteInventory(inventory), targets, checkoutPages, links);
    }

    /**
     * What the check of the site as {@code now} finds it takes over from a snapshot: the outcomes of the URLs whose
     * files did not change, and the links with their places on the pages that are not crawled again.
     */
    static Seed seed(Stored stored, SiteInventory now, String origin) {
        SiteInventory.Changes changes = now.changesSince(stored.inventory());
        if (changes.isEmpty() && stored.checkoutPages().isEmpty()) {
            int pages = 0;
            for (Target target : stored.targets()) {
                pages += target.crawledAs != null ? 1 : 0;
            }
            return new Seed(stored.targets(), stored.links(), Map.of(), pages, 0, changes);
        }
        List<Target> kept = new ArrayList<>(stored.targets().size());
        Map<String, Target> again = new HashMap<>();
        Set<String> droppedPages = Collections.newSetFromMap(new IdentityHashMap<>());
        int pagesReused = 0;
        for (Target target : stored.targets()) {
            if (stored.checkoutPages().contains(target) || changes.affects(fileKey(target.url, origin))) {
                Target fresh = new Target(target.url, target.depth, target.chain);
                again.put(target.url, fresh);
                if (target.crawledAs != null) {
                    droppedPages.add(target.crawledAs);
                }
            } else {
                kept.add(target);
                pagesReused += target.crawledAs != null ? 1 : 0;
            }
        }
        Map<String, Link> links = stored.links();
        if (!droppedPages.isEmpty()) {
            links.values().removeIf(link -> !link.sources.removePages(droppedPages));
        }
        return new Seed(kept, links, again, pagesReused, droppedPages.size(), changes);
    }

    /** The key of the files a URL of the site depends on: its path's, without its origin and query. */
    private static String fileKey(String url, String origin) {
        int query = url.indexOf('?', origin.length());
        return StaticSite.fileKey(url.substring(origin.length(), query < 0 ? url.length() : query));
    }

    private static String pageOf(String shown) {
        int hash = shown.indexOf('#');
        return hash < 0 ? shown : shown.substring(0, hash);
    }

    private static TargetOutcome readOutcome(Reader in, String origin) {
        int flags = in.readByte();
        Verdict verdict = VERDICTS[in.readByte()];
        ResultKind kind = (flags & HAS_KIND) != 0 ? KINDS[in.readByte()] : null;
        int status = in.readVarint();
        String reason = in.readByte() == 0 ? in.readRebased(origin) : in.readShared();
        URI finalUri = (flags & HAS_FINAL_URI) != 0 ? URI.create(in.readRebased(origin)) : null;
        Set<String> anchors = null;
        if ((flags & HAS_ANCHORS) != 0) {
            int count = in.readVarint();
            anchors = new HashSet<>(Math.max(4, count * 4 / 3 + 1));
            for (int i = 0; i < count; i++) {
                anchors.add(in.readShared());
            }
        }
        return new TargetOutcome(
                verdict,
                kind,
                status,
                reason,
                finalUri,
                anchors,
                (flags & TRUNCATED) != 0,
                (flags & READ_IN_PART) != 0);
    }

    /**
     * {@code text} with {@code from} replaced by {@code to} where it is a whole origin: not where a longer port
     * follows it ({@code http://127.0.0.1:4000} in {@code http://127.0.0.1:40001/}, another server).
     */
    private static String rebased(String text, String from, String to) {
        StringBuilder rebased = new StringBuilder(text.length());
        int done = 0;
        for (int at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length())) {
            int after = at + from.length();
            if (after < text.length() && Character.isDigit(text.charAt(after))) {
                continue;
            }
            rebased.append(text, done, at).append(to);
            done = after;
        }
        return rebased.append(text, done, text.length()).toString();
    }

    private static boolean startsWithDigit(String text, int at) {
        return at < text.length() && Character.isDigit(text.charAt(at));
    }

    /** A growing byte array written as the snapshot's format has it. */
    private static final class Bytes {

        private byte[] buffer;
        private int size;
        /** The strings written by {@link #writeShared}, by their number: each is written once, then named by it. */
        private final Map<String, Integer> shared = new HashMap<>();

        Bytes(int capacity) {
            buffer = new byte[capacity];
        }

        byte[] buffer() {
            return buffer;
        }

        int size() {
            return size;
        }

        private void room(int bytes) {
            if (size + bytes > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes));
            }
        }

        void writeByte(int value) {
            room(1);
            buffer[size++] = (byte) value;
        }

        void write(byte[] bytes) {
            write(bytes, bytes.length);
        }

        void write(byte[] bytes, int length) {
            room(length);
            System.arraycopy(bytes, 0, buffer, size, length);
            size += length;
        }

        /** Writes {@code value} over the four bytes at {@code at}. */
        void putInt(int at, int value) {
            for (int shift = 24, i = at; shift >= 0; shift -= 8, i++) {
                buffer[i] = (byte) (value >>> shift);
            }
        }

        void writeInt(int value) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                buffer[size++] = (byte) (value >>> shift);
            }
        }

        void writeLong(long value) {
            writeInt((int) (value >>> 32));
            writeInt((int) value);
        }

        void writeVarint(int value) {
            room(5);
            while ((value & ~0x7F) != 0) {
                buffer[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            buffer[size++] = (byte) value;
        }

        void writeString(String text) {
            int length = text.length();
            for (int i = 0; i < length; i++) {
                if (text.charAt(i) >= 0x80) {
                    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                    writeVarint(utf8.length);
                    write(utf8);
                    return;
                }
            }
            writeVarint(length); // ASCII, as most URLs are: a byte a char, without an array of its own
            room(length);
            for (int i = 0; i < length; i++) {
                buffer[size++] = (byte) text.charAt(i);
            }
        }

        /** A text that recurs (a fragment, an anchor, a reason): written once, then by its number. */
        void writeShared(String text) {
            Integer known = shared.get(text);
            if (known != null) {
                writeVarint(known + 1);
            } else {
                shared.put(text, shared.size());
                writeVarint(0);
                writeString(text);
            }
        }

        /** A text that may be null and may hold the site's origin, which is written as a mark. */
        void writeRebased(String text, String origin) {
            if (text == null) {
                writeByte(0);
            } else if (text.startsWith(origin)
                    && text.indexOf(origin, 1) < 0
                    && !startsWithDigit(text, origin.length())) {
                writeByte(3); // a URL of the site: its path
                writeString(text.substring(origin.length()));
            } else if (text.indexOf(origin) >= 0) {
                writeByte(2);
                writeString(rebased(text, origin, String.valueOf(ORIGIN_MARK)));
            } else {
                writeByte(1);
                writeString(text);
            }
        }
    }

    /** Reads what {@link Bytes} wrote, up to {@code end}; past it, it fails. */
    private static final class Reader {

        private final byte[] bytes;
        private final int end;
        private int position;
        private final List<String> shared = new ArrayList<>();

        Reader(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        Reader at(int offset) {
            position = offset;
            return this;
        }

        boolean atEnd() {
            return position == end;
        }

        private void need(int count) {
            if (count < 0 || position + count > end) {
                throw new IllegalStateException("it ends early");
            }
        }

        int readByte() {
            need(1);
            return bytes[position++] & 0xFF;
        }

        byte[] read(int count) {
            need(count);
            byte[] read = Arrays.copyOfRange(bytes, position, position + count);
            position += count;
            return read;
        }

        int readInt() {
            need(4);
            int value = 0;
            for (int i = 0; i < 4; i++) {
                value = value << 8 | (bytes[position++] & 0xFF);
            }
            return value;
        }

        long readLong() {
            return (long) readInt() << 32 | (readInt() & 0xFFFFFFFFL);
        }

        int readVarint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int next = readByte();
                value |= (next & 0x7F) << shift;
                if ((next & 0x80) == 0) {
                    return value;
                }
            }
            throw new IllegalStateException("a number is too long");
        }

        String readString() {
            int length = readVarint();
            need(length);
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        String readShared() {
            int known = readVarint();
            if (known > 0) {
                return shared.get(known - 1);
            }
            String text = readString();
            shared.add(text);
            return text;
        }

        String readRebased(String origin) {
            return switch (readByte()) {
                case 0 -> null;
                case 1 -> readString();
                case 2 -> rebased(readString(), String.valueOf(ORIGIN_MARK), origin);
                case 3 -> origin.concat(readString());
                default -> throw new IllegalStateException("a text has an unknown mark");
            };
        }
    }
}
