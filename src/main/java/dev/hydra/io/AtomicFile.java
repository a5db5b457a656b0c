package dev.hydra.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A text file replaced whole or not at all: written to a temporary file in the same folder, forced to the disk, then
 * moved over the target in one step, so that a reader never sees half of it. The temporary file is deleted when any
 * step fails; one left by a process that was killed mid-write is swept by the next write once it is
 * {@link #STALE} old. Files are created as every other file a build writes, by the umask ({@code rw-r--r--} under
 * {@code 022}), not private to their owner as {@code Files.createTempFile} makes them.
 */
public final class AtomicFile implements Closeable {

    /** How old a temporary file must be before it is taken for one of a killed process, and deleted. */
    public static final Duration STALE = Duration.ofHours(1);

    private static final String SUFFIX = ".tmp";

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private final Path target;
    private final Path temporary;
    /** Where a binary file is written as it goes, until {@link #commit()}; null for a text file written whole. */
    private FileChannel channel;

    private boolean moved;

    private AtomicFile(Path target, Path temporary) {
        this.target = target;
        this.temporary = temporary;
    }

    /**
     * Opens a binary file beside {@code target} to be written bit by bit through {@link #channel()}; {@link #commit()}
     * forces it to the disk and moves it over the target, and closing it uncommitted deletes it.
     */
    public static AtomicFile open(Path target) throws IOException {
        AtomicFile file = beside(target);
        try {
            file.channel = FileChannel.open(file.temporary, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            file.deleteTemporary(e);
            throw e;
        }
        return file;
    }

    /** A new temporary file beside {@code target}, after the stale ones of killed processes are swept. */
    private static AtomicFile beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String name = absolute.getFileName().toString();
        sweep(folder, name, Instant.now());
        return new AtomicFile(absolute, create(folder, name));
    }

    /** Where an {@link #open} file is written. */
    public FileChannel channel() {
        return channel;
    }

    /** Writes {@code content} to {@code target}, replacing it atomically; on failure the target is untouched. */
    public static void replace(Path target, Content content) throws IOException {
        try (AtomicFile file = prepare(target, content)) {
            file.commit();
        }
    }

    /**
     * Writes {@code content} beside {@code target} without replacing it yet: {@link #commit()} does. Closing it
     * uncommitted deletes what was written. On failure nothing is left behind.
     */
    public static AtomicFile prepare(Path target, Content content) throws IOException {
        AtomicFile file = beside(target);
        try (FileChannel channel = FileChannel.open(file.temporary, StandardOpenOption.WRITE);
                Writer out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8), 1 << 16)) {
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException | Error e) {
            file.deleteTemporary(e);
            throw e;
        }
        return file;
    }

    /** The file this one replaces. */
    public Path target() {
        return target;
    }

    /** Moves the written file over the target. */
    public void commit() throws IOException {
        if (channel != null) {
            channel.force(true);
            channel.close();
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
    }

    /** Deletes the written file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
        if (!moved) {
            Files.deleteIfExists(temporary);
        }
    }

    private void deleteTemporary(Throwable cause) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Deletes the temporary files of {@code name} in {@code folder} that are older than {@link #STALE}: those of
     * processes killed while writing. Also those named as {@code Files.createTempFile} named them before.
     *
     * @return how many were deleted; a file that cannot be deleted is left for the next time
     */
    public static int sweep(Path folder, String name, Instant now) {
        Instant staleBefore = now.minus(STALE);
        int deleted = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path candidate : (Iterable<Path>) files::iterator) {
                String candidateName = candidate.getFileName().toString();
                if (candidateName.length() > name.length() + SUFFIX.length()
                        && candidateName.startsWith(name)
                        && candidateName.endsWith(SUFFIX)
                        && Files.isRegularFile(candidate)
                        && Files.getLastModifiedTime(candidate).toInstant().isBefore(staleBefore)
                        && Files.deleteIfExists(candidate)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            return deleted; // sweeping is tidying: a folder that cannot be listed is no reason to fail a write
        }
        return deleted;
    }

    /** A new empty file named after the target, created as the umask says. */
    private static Path create(Path folder, String name) throws IOException {
        while (true) {
            Path candidate = folder.resolve(name + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX);
            try {
                Files.newByteChannel(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // another writer drew the same name: draw again
            }
        }
    }
}
