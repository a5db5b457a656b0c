package dev.hydra.faults;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.CheckListener;
import dev.hydra.crawl.LinkCheck;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import java.net.URI;
import java.time.Duration;

/** Running a check under a time bound, and finding one link's result. */
final class Checks {

    private Checks() {}

    /** A configuration for fault tests: short timeout, no retries, few threads, no progress lines. */
    static CheckConfig.Builder fast(URI start) {
        return CheckConfig.builder()
                .url(start)
                .timeout(Duration.ofSeconds(2))
                .retries(0)
                .threads(2)
                .progressInterval(Duration.ofHours(1));
    }

    /** Runs the check and fails the test if it does not end within {@code bound}. */
    static CheckResult run(CheckConfig config, Duration bound) {
        return run(config, CheckListener.SILENT, bound);
    }

    static CheckResult run(CheckConfig config, CheckListener listener, Duration bound) {
        return assertTimeoutPreemptively(
                bound,
                () -> new LinkCheck(config, listener).run(),
                () -> "the check of " + config.url() + " did not end within " + bound);
    }

    /** The result of the link whose URL is {@code url} (a String or a URI), as {@link dev.hydra.testing.Checks#link}. */
    static LinkResult link(CheckResult result, Object url) {
        return dev.hydra.testing.Checks.link(result, url.toString());
    }
}
