package dev.hydra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The work every checker of a local site does and no more, written as plainly as jsoup allows, to set beside
 * {@link ParseFloor} and Hydra: every page of a folder parsed once (with the positions that give each link its line),
 * each link's absolute URL kept with the places that hold it, each page's anchors kept, and at the end every unique
 * link judged (its file exists, its fragment is an anchor of that page). No HTTP semantics, no report, no redirects,
 * no bounds: what is left is the parse and the state any link checker must hold, so its time and memory show how much
 * of a bar set against the parse floor is open to a checker at all.
 *
 * <p>Usage: {@code LinkFloor DIR [--threads CORES] [--no-lines] [--out FILE] [--check-out FILE]}; prints and writes to
 * FILE one line: {@code seconds parsed_s judged_s pages links occurrences broken}, the seconds counted from the JVM's
 * start of main, then when the last page was parsed and how long the judging took; {@code --check-out} gets the
 * seconds alone.
 */
public final class LinkFloor {

    private static final String ORIGIN = "http://127.0.0.1/";

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Args a = new Args(args);
        Path root = Path.of(a.positional(0)).toAbsolutePath().normalize();
        int threads = a.integer("threads", Runtime.getRuntime().availableProcessors());
        boolean lines = !a.flag("no-lines");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        Map<String, Places> links = new ConcurrentHashMap<>();
        Map<String, Set<String>> anchors = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long parsed;
        AtomicLong occurrences = new AtomicLong();
        AtomicInteger broken = new AtomicInteger();
        try {
            Parallel.forEachIndex(pool, threads, pages.size(), i -> read(root, pages.get(i), i, lines, links, anchors));
            parsed = System.nanoTime();
            List<Map.Entry<String, Places>> unique = new ArrayList<>(links.entrySet());
            Parallel.forEachIndex(pool, threads, unique.size(), i -> {
                occurrences.addAndGet(unique.get(i).getValue().count());
                if (isBroken(root, unique.get(i).getKey(), anchors)) {
                    broken.incrementAndGet();
                }
            });
        } finally {
            pool.shutdownNow();
        }
        long ended = System.nanoTime();
        String line = String.format(
                Locale.ROOT,
                "%.3f %.3f %.3f %d %d %d %d",
                (ended - started) / 1e9,
                (parsed - started) / 1e9,
                (ended - parsed) / 1e9,
                pages.size(),
                links.size(),
                occurrences.get(),
                broken.get());
        System.out.println("seconds parsed_s judged_s pages links occurrences broken");
        System.out.println(line);
        if (a.flag("out")) {
            Files.writeString(Path.of(a.text("out", "")), line + "\n");
        }
        if (a.flag("check-out")) { // the seconds alone, as the bench's rows read a check's time
            Files.writeString(
                    Path.of(a.text("check-out", "")), String.format(Locale.ROOT, "%.3f%n", (ended - started) / 1e9));
        }
    }

    /** @param index the page's index, which its links' places hold instead of its name */
    private static void read(
            Path root,
            Path file,
            int index,
            boolean lines,
            Map<String, Places> links,
            Map<String, Set<String>> anchors) {
        String url = ORIGIN + root.relativize(file).toString().replace('\\', '/');
        Document page;
        try {
            page = Jsoup.parse(file.toFile(), null, url, Parser.htmlParser().setTrackPosition(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ids = new HashSet<>();
        for (Element element : page.getAllElements()) {
            String id = element.id();
            if (!id.isEmpty()) {
                ids.add(id);
            }
            if (element.nameIs("a") && element.hasAttr("name")) {
                ids.add(element.attr("name"));
            }
            String attribute = element.hasAttr("href") ? "href" : element.hasAttr("src") ? "src" : null;
            if (attribute == null) {
                continue;
            }
            String target = element.absUrl(attribute);
            if (!target.isEmpty()) {
                int at = lines ? element.sourceRange().start().lineNumber() : 0;
                links.computeIfAbsent(target, key -> new Places()).add(index, at);
            }
        }
        anchors.put(url, ids);
    }

    /** A link inside the site is broken when its file is missing, or its fragment names no anchor of that page. */
    private static boolean isBroken(Path root, String link, Map<String, Set<String>> anchors) {
        if (!link.startsWith(ORIGIN)) {
            return false; // outside the site: not checked here
        }
        int hash = link.indexOf('#');
        String target = hash < 0 ? link : link.substring(0, hash);
        String path;
        try {
            path = URI.create(target).getPath();
        } catch (IllegalArgumentException e) {
            return true; // no URL a browser could follow
        }
        Path file = root.resolve(path.substring(1));
        String page = target;
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
            page = (target.endsWith("/") ? target : target + "/") + "index.html";
        }
        if (!Files.isRegularFile(file)) {
            return true;
        }
        if (hash < 0 || hash == link.length() - 1 || !page.endsWith(".html")) {
            return false;
        }
        Set<String> ids = anchors.get(page);
        return ids != null && !ids.contains(link.substring(hash + 1));
    }

    /** The places of one link: pairs of a page's index and a line number, in one array. */
    private static final class Places {
        private int[] pageAndLine = new int[4];
        private int used;

        synchronized void add(int page, int line) {
            if (used == pageAndLine.length) {
                pageAndLine = Arrays.copyOf(pageAndLine, used * 2);
            }
            pageAndLine[used++] = page;
            pageAndLine[used++] = line;
        }

        synchronized int count() {
            return used / 2;
        }
    }
}
