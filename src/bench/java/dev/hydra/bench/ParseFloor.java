package dev.hydra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The floor under a local check: jsoup's own parse of every HTML page of a folder (read from disk, parsed with
 * {@code Jsoup.parse(File, null, baseUri)}, nothing kept), on all cores. The first pass runs in the fresh JVM, as a
 * Maven build's plugin does; the later passes show the same work in a warm JVM (the fastest of them is kept).
 *
 * <p>Usage: {@code ParseFloor DIR [--rounds 6] [--threads CORES] [--out FILE] [--fresh-out FILE]}; prints and writes to
 * FILE one line: {@code fresh_s warm_s pages bytes elements}; {@code --fresh-out} gets the fresh pass's seconds alone.
 */
public final class ParseFloor {

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Args a = new Args(args);
        Path root = Path.of(a.positional(0)).toAbsolutePath().normalize();
        int threads = a.integer("threads", Runtime.getRuntime().availableProcessors());
        int rounds = Math.max(2, a.integer("rounds", 6));
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long[] elements = new long[1];
            long bytes = 0;
            for (Path page : pages) {
                bytes += Files.size(page);
            }
            // the fresh pass counts from the JVM's start of main: a plugin's first page waits for the same class
            // loading
            double fresh = pass(pool, threads, root, pages, elements, started);
            double warm = Double.MAX_VALUE;
            for (int i = 1; i < rounds; i++) {
                warm = Math.min(warm, pass(pool, threads, root, pages, elements, System.nanoTime()));
            }
            String line = String.format(
                    java.util.Locale.ROOT, "%.3f %.3f %d %d %d", fresh, warm, pages.size(), bytes, elements[0]);
            System.out.println("fresh_s warm_s pages bytes elements");
            System.out.println(line);
            if (a.flag("out")) {
                Files.writeString(Path.of(a.text("out", "")), line + "\n", StandardCharsets.UTF_8);
            }
            if (a.flag("fresh-out")) { // the fresh pass alone, as the bench's rows read a check's seconds
                Files.writeString(
                        Path.of(a.text("fresh-out", "")),
                        String.format(java.util.Locale.ROOT, "%.3f%n", fresh),
                        StandardCharsets.UTF_8);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One parse of every page, {@code threads} at once; returns the seconds since {@code since}. */
    private static double pass(
            ExecutorService pool, int threads, Path root, List<Path> pages, long[] elements, long since)
            throws Exception {
        AtomicLong count = new AtomicLong();
        Parallel.forEachIndex(pool, threads, pages.size(), i -> {
            Path page = pages.get(i);
            try {
                String base =
                        "http://127.0.0.1/" + root.relativize(page).toString().replace('\\', '/');
                count.addAndGet(
                        Jsoup.parse(page.toFile(), null, base).getAllElements().size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        elements[0] = count.get();
        return (System.nanoTime() - since) / 1e9;
    }
}
