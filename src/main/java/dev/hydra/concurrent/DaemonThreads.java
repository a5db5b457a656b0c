package dev.hydra.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of Hydra's pools: named, so that a thread dump of a build tells them apart, and daemons, so that none
 * keeps the JVM of a build alive.
 */
public final class DaemonThreads {

    private DaemonThreads() {}

    /** Threads named {@code prefix}, a dash and a number counted from 1. */
    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
