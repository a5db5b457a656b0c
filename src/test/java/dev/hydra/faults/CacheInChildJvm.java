package dev.hydra.faults;

import dev.hydra.cache.ResultCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One build's use of the result cache, in a JVM of its own (file locks hold per process; a heap limit per JVM):
 * opens the cache in {@code args[0]}, remembers {@code args[2]} URLs named {@code args[1]}N, waits until the epoch
 * millisecond {@code args[3]} so that several children save at once, saves, and prints each notice on a line.
 */
public final class CacheInChildJvm {

    private CacheInChildJvm() {}

    public static void main(String[] args) throws InterruptedException {
        ResultCache cache = ResultCache.open(Path.of(args[0]), Duration.ofDays(1), Clock.systemUTC());
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            cache.remember(new ResultCache.Entry(args[1] + i, 200, "200 OK", null, Instant.now()));
        }
        long saveAt = Long.parseLong(args[3]);
        while (System.currentTimeMillis() < saveAt) {
            Thread.sleep(5);
        }
        cache.save();
        cache.notices().forEach(System.out::println);
    }
}
