package dev.hydra.http;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Moves work off a thread that must stay free. The one {@code hydra-timer} thread completes deadlines, backoffs and
 * paced grants; whatever is chained on those futures (the next request, a retry, a redirect's next hop, a verdict)
 * would run on it and hold back every other deadline. So the timer only hands a completion to an executor Hydra owns
 * and shuts down, and the completion and its dependants run there.
 */
final class HandOver {

    private HandOver() {}

    /** Runs {@code task} on {@code executor}; here when it no longer takes tasks (the check is over). */
    static void run(Executor executor, Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }
}
