package dev.hydra.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The lock that builds take, each in turn, to read, merge and replace the cache file: a lock on a file of its own
 * beside it ({@code external-links-v1.tsv.lock}), which stays, so that it is never replaced under a holder. The OS
 * lock keeps other processes out; within one JVM (a {@code -T} build) the lock is held by the JVM, and another
 * thread's attempt sees it as held and waits its turn the same way. The wait is bounded.
 */
final class CacheLock implements AutoCloseable {

    /** How long a save waits for the others; saving 200,000 entries takes well under a second. */
    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private static final long POLL_MILLIS = 20;

    private final FileChannel channel;
    private final FileLock lock;

    private CacheLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock for {@code cacheFile}, once no other build holds it. */
    static CacheLock acquire(Path cacheFile) throws IOException {
        Path lockFile = cacheFile.resolveSibling(cacheFile.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // another thread of this JVM holds it
                }
                if (lock != null) {
                    return new CacheLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new NotAcquiredException(
                            "another build held its lock " + lockFile + " for over " + MAX_WAIT.toMinutes() + " min");
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new NotAcquiredException("the check was interrupted while waiting for its lock " + lockFile);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** The lock could not be had in time; the message says why. */
    static final class NotAcquiredException extends IOException {
        private static final long serialVersionUID = 1L;

        NotAcquiredException(String message) {
            super(message);
        }
    }
}
