package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hydra.model.CheckResult;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated chains of pages in several URL shapes, next to a site of 20,000 real pages with thousands under one shape:
 * with the default settings each chain is stopped within a few thousand pages, with a notice naming its shape, and
 * the real site is crawled whole. One loopback server generates every page from its URL.
 */
class TrapShapesTest {

    /** The pages of the real site, a hundred to a section, each section listed on the home page. */
    private static final int REAL_PAGES = 20_000;

    private static final int SECTION = 100;

    /** Within a few thousand pages: a chain of maxChainLength (1000) steps of a few pages each, and no more. */
    private static final int FEW_THOUSAND = 3_000;

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private HttpServer server;
    private ExecutorService threads;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI requested = exchange.getRequestURI();
        String path = requested.getRawPath();
        String query = requested.getRawQuery();
        String html = page(path, query);
        byte[] body = (html == null ? "no" : html).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Each page of the server, made from its URL; null for none. */
    private static String page(String path, String query) {
        int n = firstNumber(path + (query == null ? "" : "?" + query));
        if (path.equals("/")) {
            StringBuilder home = new StringBuilder("<h1>Home</h1>");
            for (int section = 0; section < REAL_PAGES / SECTION; section++) {
                home.append(link("/docs/section-" + section + "/"));
            }
            return home.toString();
        }
        if (path.startsWith("/docs/section-") && path.endsWith("/")) {
            StringBuilder index = new StringBuilder();
            for (int i = n * SECTION; i < (n + 1) * SECTION; i++) {
                index.append(link("/docs/page-" + i + ".html"));
            }
            return index.toString();
        }
        if (path.startsWith("/docs/page-")) {
            // an archive's "older" and "newer", and a few pages elsewhere in the site: thousands of pages of one shape
            int other = (n * 7919) % REAL_PAGES;
            return link("/docs/page-" + ((n + 1) % REAL_PAGES) + ".html")
                    + link("/docs/page-" + ((n + REAL_PAGES - 1) % REAL_PAGES) + ".html")
                    + link("/docs/page-" + other + ".html")
                    + link("/");
        }
        if (path.startsWith("/trap/")) {
            // each page links the next in two shapes, and the longer one links the one after
            return path.endsWith("/a/b")
                    ? link("/trap/" + (n + 1))
                    : link("/trap/" + (n + 1)) + link("/trap/" + (n + 1) + "/a/b");
        }
        if (path.startsWith("/grow/")) {
            // a relative link that makes the path one segment longer, alternating names, without a number
            return "<a href=\"" + (path.endsWith("/x/") ? "y/" : "x/") + "\">deeper</a>";
        }
        if (path.startsWith("/blog")) {
            // a pager that links the next page both as a query and as a path
            return link("/blog?page=" + (n + 1)) + link("/blog/page/" + (n + 1) + "/");
        }
        if (path.startsWith("/cat/")) {
            // a number in one segment, a tail in another that grows and shrinks
            return path.endsWith("/items")
                    ? link("/cat/" + (n + 1) + "/items/more") + link("/cat/" + (n + 1) + "/items")
                    : link("/cat/" + (n + 1) + "/items");
        }
        return null;
    }

    private static String link(String href) {
        return "<a href=\"" + href + "\">x</a>\n";
    }

    private static int firstNumber(String text) {
        Matcher number = NUMBER.matcher(text);
        return number.find() ? Integer.parseInt(number.group()) : 0;
    }

    private List<String> chainNotices(CheckResult result) {
        return result.notices().stream()
                .filter(notice -> notice.startsWith("maxChainLength ("))
                .toList();
    }

    private static long pagesUnder(CheckResult result, String prefix) {
        return result.links().stream()
                .filter(link -> link.url().contains("://")
                        && URI.create(link.url()).getRawPath().startsWith(prefix))
                .count();
    }

    @ParameterizedTest
    @CsvSource({"/trap/0, /trap/", "/grow/x/, /grow/", "/blog?page=1, /blog", "/cat/, /cat/"})
    void chainsOfEveryShapeStopAtTheChainLimitNamingTheirShape(String start, String shape) {
        int limit = 50;
        CheckResult result = run(fast(uri(start)).maxChainLength(limit).build(), Duration.ofSeconds(60));

        long pages = pagesUnder(result, shape);
        assertTrue(pages > limit && pages <= 4 * (limit + 2), start + ": " + pages + " pages " + result.links());
        List<String> notices = chainNotices(result);
        assertTrue(!notices.isEmpty(), result.notices().toString());
        assertTrue(
                notices.stream().allMatch(notice -> notice.contains(" pages like " + uri(shape))),
                "each notice names the shape: " + notices);
    }

    @Test
    void aSiteOfTwentyThousandPagesUnderOneShapeIsCrawledWhole(@TempDir Path site) throws IOException {
        List<String> paths = new ArrayList<>(List.of("/"));
        for (int section = 0; section < REAL_PAGES / SECTION; section++) {
            paths.add("/docs/section-" + section + "/");
        }
        for (int i = 0; i < REAL_PAGES; i++) {
            paths.add("/docs/page-" + i + ".html");
        }
        for (String path : paths) {
            Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : ""));
            Files.createDirectories(file.getParent());
            Files.writeString(file, page(path, null));
        }

        CheckResult result = run(fast(uri("/")).url(null).directory(site).build(), Duration.ofSeconds(120));

        assertEquals(paths.size(), result.summary().pages(), "every page is crawled");
        assertEquals(List.of(), chainNotices(result));
    }
}
