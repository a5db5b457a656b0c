package dev.hydra.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * The files one cache folder keeps per site: one shared folder serves every project on a machine, and nothing else
 * ever removes the file of a site that moved or a project gone. A file's time marks its last use.
 */
public final class UnusedFiles {

    /** How long a site's file may go unused before a check of another site deletes it. */
    public static final Duration UNUSED_FOR = Duration.ofDays(30);

    /** How often a file's use is marked on it, at most. */
    private static final Duration MARKED_EVERY = Duration.ofDays(1);

    private UnusedFiles() {}

    /**
     * Deletes the files in {@code file}'s folder that match {@code glob} and were not used for {@link #UNUSED_FOR},
     * and those {@code alsoDelete} names (an older format's); never {@code file} itself.
     */
    public static void tidy(Path file, String glob, Instant now, Predicate<String> alsoDelete) {
        Instant unusedSince = now.minus(UNUSED_FOR);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(file.getParent(), glob)) {
            for (Path each : files) {
                if (!each.equals(file)
                        && (alsoDelete.test(each.getFileName().toString())
                                || Files.getLastModifiedTime(each).toInstant().isBefore(unusedSince))) {
                    Files.deleteIfExists(each);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying: a file left costs disk space, never a check
        }
    }

    /** Marks a file that a check used without writing it (its time set, once a day at most), so that it is kept. */
    public static void markUsed(Path file, Instant now) {
        try {
            if (Files.isRegularFile(file)
                    && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(MARKED_EVERY))) {
                Files.setLastModifiedTime(file, FileTime.from(now));
            }
        } catch (IOException | RuntimeException e) {
            // an older time only lets a later check delete the file sooner: it costs work, never a verdict
        }
    }
}
