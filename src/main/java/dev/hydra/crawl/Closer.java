package dev.hydra.crawl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Closes what a check opened, the last opened first, each one even when closing another failed. A thing is added as
 * soon as it exists, so that a constructor failing after it cannot leave it open.
 */
final class Closer implements AutoCloseable {

    private final Deque<Runnable> closers = new ArrayDeque<>();

    /** Registers {@code resource} to be closed with {@code close}, and returns it. */
    <T> T add(T resource, Consumer<? super T> close) {
        closers.push(() -> close.accept(resource));
        return resource;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        while (!closers.isEmpty()) {
            try {
                closers.pop().run();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
