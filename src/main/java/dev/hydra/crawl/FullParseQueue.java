package dev.hydra.crawl;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the workers do with a task their full queue refuses: a thread that reads the site's pages waits for room, and
 * every other thread runs the task itself. Readers that parsed pages themselves made four threads parse on two cores
 * while the first pages were read, and the HTTP client's threads, which send every request and read every answer, got
 * that much less of the CPU: external hosts had half their connections idle in the first seconds of a check. A worker
 * must not wait (it would wait for itself), nor must a thread of the client, so those run the task as before.
 */
final class FullParseQueue implements RejectedExecutionHandler {

    /** A thread that reads the site's pages: it waits for room in the workers' queue rather than parse itself. */
    private static final class Reader extends Thread {
        Reader(Runnable task, String name) {
            super(task, name);
            setDaemon(true);
        }
    }

    /** The threads of the site's readers, named {@code prefix} and a number. */
    static ThreadFactory readers(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> new Reader(task, prefix + count.incrementAndGet());
    }

    @Override
    public void rejectedExecution(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            return; // the check is over, and the task with it
        }
        if (!(Thread.currentThread() instanceof Reader)) {
            task.run();
            return;
        }
        try {
            pool.getQueue().put(task); // every worker exists once the queue is full: one of them takes it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("the check was stopped", e);
        }
    }
}
