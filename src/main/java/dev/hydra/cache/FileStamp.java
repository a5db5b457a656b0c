package dev.hydra.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a file's metadata says of its content, as git's index keeps it: its size, the time it was last written, and the
 * time its metadata last changed. Restoring a file's modification time ({@code touch -d}) after an edit sets its
 * change time to now, which nothing can set back, so a file whose three values are the ones it had is taken for
 * unchanged without being read.
 *
 * @param size the file's size in bytes
 * @param modifiedNanos the time it was last written, in nanoseconds since the epoch
 * @param changedNanos the time its content or metadata last changed ({@code ctime}), in nanoseconds since the epoch
 */
public record FileStamp(long size, long modifiedNanos, long changedNanos) {

    /**
     * How long before a check a file's times must lie for its stamp to be kept: a file written in the same tick of the
     * file system's clock as the check read it may be written again with the same times (git's "racily clean" entry).
     */
    static final Duration SETTLED = Duration.ofSeconds(2);

    /**
     * The stamp of {@code file}, or null where the file system tells no change time (it is then read and hashed on
     * every check) or the file cannot be read.
     */
    public static FileStamp of(Path file) {
        try {
            Map<String, Object> values = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime");
            Object size = values.get("size");
            Object modified = values.get("lastModifiedTime");
            Object changed = values.get("ctime");
            if (size instanceof Long bytes
                    && modified instanceof FileTime written
                    && changed instanceof FileTime meta) {
                return new FileStamp(bytes, written.to(TimeUnit.NANOSECONDS), meta.to(TimeUnit.NANOSECONDS));
            }
            return null;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether both times lie at least {@link #SETTLED} before {@code instant}, so that the stamp may be kept. */
    public boolean settledBefore(Instant instant) {
        long limit = TimeUnit.MILLISECONDS.toNanos(instant.minus(SETTLED).toEpochMilli());
        return modifiedNanos < limit && changedNanos < limit;
    }
}
