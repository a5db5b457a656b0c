package dev.hydra.crawl;

/** What a running check tells the outside world. Every method may be called from any thread. */
public interface CheckListener {

    /** Called every {@code progressInterval} while the check runs. */
    default void progress(Progress progress) {}

    /** Something the user should know, such as a crawl bound that was reached. */
    default void notice(String message) {}

    /** How the check went, for the log only: nothing wrong, nothing the reports need (what a cache spared). */
    default void info(String message) {}

    /** Whether {@link #request} should be called at all. */
    default boolean wantsRequests() {
        return false;
    }

    /** One HTTP request and what came of it, for debugging. */
    default void request(String line) {}

    CheckListener SILENT = new CheckListener() {};
}
