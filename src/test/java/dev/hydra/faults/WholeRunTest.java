package dev.hydra.faults;

import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.CheckListener;
import dev.hydra.crawl.LinkCheck;
import dev.hydra.model.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run as a whole: the same answers every time, and an interrupted check leaves no thread behind. */
class WholeRunTest {

    private RawServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawServer();
        server.otherwise((request, socket, out) -> {
            String target = request.target();
            if (target.startsWith("/hang")) {
                RawServer.hang(socket);
            } else if (target.startsWith("/reset")) {
                socket.setSoLinger(true, 0);
                socket.close();
            } else if (target.startsWith("/gone")) {
                RawServer.respond(out, 410, "text/html", "gone");
            } else if (target.startsWith("/moved")) {
                RawServer.redirect(out, 301, "/ok" + target.substring("/moved".length()));
            } else {
                RawServer.respond(out, 200, "text/html", "<p id=\"a\">ok</p>");
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** A site of 40 pages linking to each other, to missing pages and anchors, and to the misbehaving server. */
    private Path site(Path temp, String... externalPaths) throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        for (int page = 0; page < 40; page++) {
            StringBuilder html = new StringBuilder("<!DOCTYPE html><title>p" + page + "</title><h2 id=\"s\">s</h2>\n");
            for (int other = 0; other < 40; other += 7) {
                html.append("<a href=\"p").append((page + other) % 45).append(".html#s\">x</a>\n");
                html.append("<a href=\"p")
                        .append((page + other) % 40)
                        .append(".html#missing")
                        .append(other)
                        .append("\">y</a>\n");
            }
            for (String path : externalPaths) {
                html.append("<a href=\"").append(server.uri(path + page % 5)).append("\">e</a>\n");
            }
            Files.writeString(site.resolve("p" + page + ".html"), html.toString(), StandardCharsets.UTF_8);
        }
        Files.writeString(site.resolve("index.html"), "<a href=\"p0.html\">start</a>");
        return site;
    }

    @Test
    void resultsAreIdenticalAcrossRuns(@TempDir Path temp) throws IOException {
        Path site = site(temp, "/ok", "/gone", "/reset", "/moved");
        CheckConfig config = CheckConfig.builder()
                .directory(site)
                .timeout(Duration.ofSeconds(5))
                .retries(1)
                .firstBackoff(Duration.ofMillis(10))
                .threads(4)
                .progressInterval(Duration.ofHours(1))
                .build();

        CheckResult first = run(config, Duration.ofSeconds(60));
        CheckResult second = run(config, Duration.ofSeconds(60));

        assertTrue(
                first.summary().broken() > 40 && first.summary().ok() > 40,
                first.summary().toString());
        assertEquals(describe(first), describe(second));
        assertEquals(first.notices(), second.notices());
        assertEquals(first.summary().pages(), second.summary().pages());
    }

    private static String describe(CheckResult result) {
        return result.links().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void interruptedCheckStopsPromptlyAndLeavesNoThreads(@TempDir Path temp) throws Exception {
        Path site = site(temp, "/hang");
        CheckConfig config = CheckConfig.builder()
                .directory(site)
                .checkPrivateAddresses(true) // the hanging host is a loopback server
                .timeout(Duration.ofSeconds(120))
                .retries(0)
                .threads(4)
                .progressInterval(Duration.ofHours(1))
                .build();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(
                () -> {
                    try {
                        new LinkCheck(config, CheckListener.SILENT).run();
                    } catch (Throwable e) {
                        thrown.set(e);
                    }
                },
                "check-caller");
        caller.start();
        // wait until requests hang on the server, then interrupt as Maven does on Ctrl-C or a failing module
        long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.received().stream().noneMatch(r -> r.target().startsWith("/hang"))
                && System.nanoTime() < waitUntil) {
            Thread.sleep(50);
        }
        assertFalse(server.received().isEmpty(), "the check never reached the hanging links");
        long interruptedAt = System.nanoTime();
        caller.interrupt();
        caller.join(5_000);
        long stopMillis = (System.nanoTime() - interruptedAt) / 1_000_000;

        assertFalse(caller.isAlive(), "the check still runs 5 s after the interrupt");
        assertTrue(
                thrown.get() instanceof InterruptedException,
                "run() should throw InterruptedException, threw " + thrown.get());
        assertTrue(stopMillis < 5_000, "stopped after " + stopMillis + " ms");
        assertEquals(List.of(), hydraThreadsAfterGrace(Duration.ofSeconds(3)));
    }

    @Test
    void finishedCheckLeavesNoThreads(@TempDir Path temp) throws IOException, InterruptedException {
        run(
                CheckConfig.builder()
                        .directory(site(temp, "/ok"))
                        .progressInterval(Duration.ofHours(1))
                        .build(),
                Duration.ofSeconds(60));
        assertEquals(List.of(), hydraThreadsAfterGrace(Duration.ofSeconds(3)));
    }

    /** The names of live threads Hydra started, once they had {@code grace} to end. */
    private static List<String> hydraThreadsAfterGrace(Duration grace) throws InterruptedException {
        long until = System.nanoTime() + grace.toNanos();
        List<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream()
                    .filter(Thread::isAlive)
                    .map(Thread::getName)
                    .filter(name -> name.startsWith("hydra-"))
                    .sorted()
                    .collect(Collectors.toList());
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        return left;
    }
}
