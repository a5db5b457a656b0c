package dev.hydra.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.CheckListener;
import dev.hydra.crawl.LinkCheck;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.stream.Collectors;

/** Runs whole checks in tests and finds links in their results. */
public final class Checks {

    private Checks() {}

    /** A builder with settings that keep tests quick: short backoff, short timeout. */
    public static CheckConfig.Builder quick() {
        return CheckConfig.builder()
                .firstBackoff(Duration.ofMillis(50))
                .timeout(Duration.ofSeconds(5))
                .threads(2);
    }

    /** Writes a file of a project below {@code base}, with its folders. */
    public static void write(java.nio.file.Path base, String path, String text) throws IOException {
        java.nio.file.Path file = base.resolve(path);
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, text);
    }

    public static CheckResult run(CheckConfig.Builder config) {
        return run(config, CheckListener.SILENT);
    }

    public static CheckResult run(CheckConfig.Builder config, CheckListener listener) {
        try {
            return new LinkCheck(config.build(), listener).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The result for the link written {@code url}, or a failure listing the links there are. */
    public static LinkResult link(CheckResult result, String url) {
        return result.links().stream()
                .filter(link -> link.url().equals(url))
                .findFirst()
                .orElseGet(() -> fail("no link " + url + " in the result; links are:\n"
                        + result.links().stream()
                                .map(link -> link.url() + " " + link.verdict().label() + " " + link.reason())
                                .collect(Collectors.joining("\n"))));
    }
}
