package dev.hydra.crawl;

import dev.hydra.cache.PageCache;
import dev.hydra.cache.UnusedFiles;
import dev.hydra.io.AtomicFile;
import dev.hydra.site.StaticSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Where a check of a served site keeps its {@link CheckSnapshot} for the next check of the same site: one file per site
 * in the cache directory, beside the page cache's, under a key of Hydra's version and every setting that changes a
 * verdict. A file with another key is not used and is replaced; a damaged one costs a full check and one notice, never
 * a wrong verdict or a failed build.
 */
final class CheckSnapshots {

    static final String FILE_PREFIX = "results-";
    private static final int FORMAT = 1;

    private final Path file;
    private final byte[] key;
    private final String origin;
    private final Instant checkStart;
    private final List<String> notices = new ArrayList<>();
    private final StaticSite site;
    private StaticSite.Walk walk;
    private SiteInventory inventory;
    private CheckSnapshot.Seed seed;
    private CompletableFuture<Void> saving;
    /** The walk of the site's files beside the crawl, when there is nothing to take over; else null. */
    private CompletableFuture<Void> walking;

    private CheckSnapshots(Path file, byte[] key, String origin, StaticSite site, Instant checkStart) {
        this.file = file;
        this.key = key;
        this.origin = origin;
        this.site = site;
        this.checkStart = checkStart;
    }

    /**
     * The snapshots of the served site of this check, whose page cache is on (the two are off together, as {@code
     * -Dhydra.cache=false} leaves them). When the last check's snapshot holds for this
     * one's settings, it is read while the site's files are walked, before the crawl: the walk tells what changed.
     * Otherwise the files are walked, and their pages hashed, beside the crawl, which asks for the walk's pages once
     * the pages links reach are crawled ({@link #everyPage}).
     *
     * @param origin the served site's origin, without a slash
     * @param reader where the last check's snapshot is read while the site's files are walked
     */
    static CheckSnapshots open(CheckConfig config, StaticSite site, String origin, Executor reader) {
        String name = PageCache.siteFileName(FILE_PREFIX, PageCaches.site(config));
        byte[] key =
                PageCache.sha256(("format " + FORMAT + "\n" + PageCaches.settings(config) + verdictSettings(config))
                        .getBytes(StandardCharsets.UTF_8));
        CheckSnapshots snapshots = new CheckSnapshots(
                config.cacheDirectory().resolve(name),
                key,
                origin,
                site,
                config.clock().instant());
        if (CheckSnapshot.holdsFor(snapshots.file, key)) {
            snapshots.readEarlier(reader);
        } else {
            // nothing to take over: the files are walked beside the crawl, for the next check (a file that changes
            // while the crawl reads it is taken for changed by the next check, so that the walk may run at any time)
            snapshots.walking = CompletableFuture.runAsync(() -> snapshots.walkSite(true), reader);
        }
        return snapshots;
    }

    private void readEarlier(Executor reader) {
        CompletableFuture<CheckSnapshot.Stored> stored = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return CheckSnapshot.read(Files.readAllBytes(file), key, origin);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                reader);
        walkSite(false);
        if (inventory == null) {
            return; // the site's files answer by more than their paths: every page is checked
        }
        try {
            CheckSnapshot.Stored earlier = stored.join();
            if (earlier != null) {
                inventory.hashPagesAgainst(earlier.inventory());
                seed = CheckSnapshot.seed(earlier, inventory, origin);
            }
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
            if (!(cause instanceof NoSuchFileException)) { // else deleted since: every page is checked
                notices.add("the results of the last check in " + file + " were not used, as " + cause.getMessage()
                        + ": every page was checked (the file is replaced; delete it if this notice stays)");
            }
        }
        if (seed == null) {
            inventory.hashPagesAgainst(SiteInventory.NONE); // for the next check, as a first check hashes them
        }
    }

    /** @param hashPages whether every page is hashed as it is walked: when there is no inventory to compare with */
    private void walkSite(boolean hashPages) {
        SiteInventory.Taker taker = new SiteInventory.Taker(checkStart, hashPages);
        walk = site.walk(taker);
        inventory = taker.inventory(walk);
    }

    /** What the last check of the site leaves to this one, or null when nothing (none, other settings, damaged). */
    CheckSnapshot.Seed seed() {
        return seed;
    }

    /**
     * The request path of every page of the site, as {@link StaticSite#pagePaths()} gives them, for the crawl to
     * check those no link reached. With the last check's results taken over, only the pages whose files changed or
     * were added: every other page was a known URL of the last check, taken over or checked again.
     */
    List<String> everyPage() {
        if (walking != null) {
            try {
                walking.join();
            } catch (CompletionException e) {
                return site.pagePaths(); // nothing is kept for the next check (see save)
            }
        }
        return seed == null ? walk.pagePaths() : walk.pagePaths(seed.changes()::affects);
    }

    /**
     * Keeps what the crawl knew at its end for the next check, unless nothing of the site changed since the snapshot
     * it took over (the file is then only marked as used). The snapshot is written on {@code writer} while the results
     * are drawn; {@link #finish} waits for it. Never throws; a failure is a notice.
     */
    void save(Crawler crawler, Executor writer) {
        if (walking != null && (!walking.isDone() || walking.isCompletedExceptionally())) {
            return; // the crawl ended before the walk (it failed): nothing tells what its results were read from
        }
        if (seed != null && seed.nothingChanged()) {
            UnusedFiles.markUsed(file, checkStart);
            return;
        }
        CheckSnapshot.Content content = inventory == null ? null : crawler.snapshot();
        if (content == null) {
            return; // the last snapshot, if any, still tells what the site was at its time
        }
        saving = CompletableFuture.runAsync(() -> write(CheckSnapshot.encode(key, origin, inventory, content)), writer);
    }

    private void write(ByteBuffer bytes) {
        if (bytes == null) {
            return;
        }
        try {
            try (AtomicFile written = AtomicFile.open(file)) {
                while (bytes.hasRemaining()) {
                    written.channel().write(bytes);
                }
                written.commit();
            }
            UnusedFiles.tidy(file, FILE_PREFIX + "*.bin", checkStart, name -> false);
        } catch (IOException | RuntimeException e) {
            notices.add("the results of this check could not be kept in " + file + " for the next one (" + e
                    + "): the next check checks every page");
        }
    }

    /** Waits until the snapshot is written, if one is. */
    void finish() {
        if (saving != null) {
            try {
                saving.join();
            } catch (CompletionException e) {
                notices.add("the results of this check could not be kept in " + file + " for the next one ("
                        + e.getCause() + "): the next check checks every page");
            }
        }
    }

    /** A line for the user when results were taken over, else null. */
    String reuseCount() {
        if (seed == null) {
            return null;
        }
        return "the results of " + seed.pagesReused() + (seed.pagesReused() == 1 ? " page" : " pages")
                + " came from the last check, as their files are unchanged (" + file + "); " + seed.pagesAgain()
                + (seed.pagesAgain() == 1 ? " page that changed since then was" : " pages that changed since then were")
                + " checked again, as was every link off the site (turn the cache off to check everything anew)";
    }

    List<String> notices() {
        return notices;
    }

    /** The settings that change a verdict beside those that change what a page holds. */
    private static String verdictSettings(CheckConfig config) {
        StringBuilder settings = new StringBuilder();
        settings.append("\nabsentSitePaths ").append(config.absentSitePaths());
        settings.append("\nretries ").append(config.retries());
        settings.append("\nmaxRedirects ").append(config.maxRedirects());
        settings.append("\naccepted ").append(config.acceptedStatusCodes());
        settings.append("\nwarning ").append(config.warningStatusCodes());
        settings.append("\nskipExternal ").append(config.skipExternal());
        settings.append("\ncheckPrivateAddresses ").append(config.checkPrivateAddresses());
        settings.append("\nallowedPrivateHosts ").append(config.allowedPrivateHosts());
        settings.append("\nmaxPages ").append(config.maxPages());
        settings.append("\nmaxDepth ").append(config.maxDepth());
        settings.append("\nmaxChainLength ").append(config.maxChainLength());
        settings.append("\nmaxUrlLength ").append(config.maxUrlLength());
        settings.append("\ncheckExternalAnchors ").append(config.checkExternalAnchors());
        settings.append("\nprojectDirectory ").append(config.projectDirectory());
        settings.append("\nrepository ").append(config.repository());
        config.remaps()
                .forEach(remap -> settings.append("\nremap ")
                        .append(PageCaches.written(remap.pattern()))
                        .append(' ')
                        .append(remap.replacement()));
        settings.append("\nrenderedLater ").append(new TreeSet<>(config.pagesRenderedLater()));
        return settings.toString();
    }
}
