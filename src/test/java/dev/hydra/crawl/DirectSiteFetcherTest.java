package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.http.FetchOutcome;
import dev.hydra.http.FetchRequest;
import dev.hydra.site.SitePart;
import dev.hydra.site.SiteServer;
import dev.hydra.site.StaticSite;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served site read directly answers as its server does: the same status, Content-Type, Location and page, from the
 * one set of rules in {@link StaticSite}, asked both ways for the same paths.
 */
class DirectSiteFetcherTest {

    /** Paths that cover what a static host answers: files, folders with and without slash, escapes, odd names. */
    private static final List<String> PATHS = List.of(
            "/",
            "/index.html",
            "/a.html",
            "/a.html?q=1",
            "/sub",
            "/sub?x=1&y=2",
            "/sub/",
            "/sub/index.html",
            "/empty",
            "/empty/",
            "/style.css",
            "/logo.svg",
            "/data.bin",
            "/with%20space.html",
            "/plus+sign.html",
            "/caf%C3%A9.html",
            "/missing.html",
            "/missing/",
            "/%2e%2e/secret.html",
            "/sub/%2e%2e/a.html",
            "/sub%2Fa.html",
            "/sub%5Ca.html",
            "/a.html%00",
            "/out/secret.html",
            "/out/",
            "/link.html",
            "/module/",
            "/module",
            "/module/page.html");

    @Test
    void eachPathIsAnsweredAlikeThroughTheServerAndFromTheFolder(@TempDir Path temp) throws Exception {
        Path root = temp.resolve("site");
        write(root.resolve("index.html"), "<a href=a.html>a</a>");
        write(root.resolve("a.html"), "<p id=x>a");
        write(root.resolve("sub/index.html"), "<p>sub");
        Files.createDirectories(root.resolve("empty"));
        write(root.resolve("style.css"), "p{}");
        write(root.resolve("logo.svg"), "<svg/>");
        write(root.resolve("data.bin"), "\u0000\u0001");
        write(root.resolve("with space.html"), "<p>space");
        write(root.resolve("plus+sign.html"), "<p>plus");
        write(root.resolve("café.html"), "<p>café");
        write(temp.resolve("outside/secret.html"), "<p>secret");
        Path module = temp.resolve("module-site");
        write(module.resolve("index.html"), "<p>module");
        write(module.resolve("page.html"), "<p>page");
        try {
            Files.createSymbolicLink(root.resolve("out"), temp.resolve("outside"));
            Files.createSymbolicLink(root.resolve("link.html"), temp.resolve("outside/secret.html"));
        } catch (UnsupportedOperationException | IOException e) {
            // no symbolic links on this file system: the other paths still count
        }
        StaticSite site =
                StaticSite.of(List.of(SitePart.whole(root, null), new SitePart("/module/", module, null, "module")));
        DirectSiteFetcher direct = new DirectSiteFetcher(site, 1024 * 1024, Runnable::run);
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        try (SiteServer server = SiteServer.start(site, 2)) {
            for (String path : PATHS) {
                URI uri = URI.create(server.origin() + path);
                HttpResponse<byte[]> served = client.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                FetchOutcome.Response read = assertInstanceOf(
                        FetchOutcome.Response.class,
                        direct.fetch(FetchRequest.get(uri, true)).get(5, TimeUnit.SECONDS),
                        path);

                assertEquals(served.statusCode(), read.status(), path);
                assertEquals(
                        served.headers().firstValue("Location").orElse(null),
                        read.header("Location").orElse(null),
                        path);
                if (served.statusCode() == 200) {
                    assertEquals(
                            served.headers().firstValue("Content-Type").orElse(null),
                            read.header("Content-Type").orElse(null),
                            path);
                    if (read.isHtml()) {
                        assertArrayEquals(served.body(), read.body(), path);
                    } else {
                        assertNull(read.body(), path + ": only HTML bodies are read");
                    }
                }
            }
        }
    }

    @Test
    void aPageLargerThanTheLimitIsReadUpToItAndMarkedCut(@TempDir Path temp) throws Exception {
        write(temp.resolve("index.html"), "<p>" + "x".repeat(5000));
        DirectSiteFetcher direct = new DirectSiteFetcher(StaticSite.of(temp), 1000, Runnable::run);

        FetchOutcome.Response read =
                (FetchOutcome.Response) direct.fetch(FetchRequest.get(URI.create("http://127.0.0.1:1/"), true))
                        .get();

        assertEquals(1000, read.body().length);
        assertTrue(read.truncated());
    }

    @Test
    void onlyTheSitesOwnOriginIsReadFromTheFolder(@TempDir Path temp) throws Exception {
        write(temp.resolve("index.html"), "<p>home");
        DirectSiteFetcher direct = new DirectSiteFetcher(StaticSite.of(temp), 1000, Runnable::run);
        List<URI> elsewhere = new java.util.ArrayList<>();
        var routed = DirectSiteFetcher.routing(URI.create("http://127.0.0.1:4000"), direct, request -> {
            elsewhere.add(request.uri());
            return java.util.concurrent.CompletableFuture.completedFuture(
                    new FetchOutcome.Response(request.uri(), request.uri(), 204, null, null, false, List.of(), null));
        });

        FetchOutcome home = routed.fetch(FetchRequest.get(URI.create("http://127.0.0.1:4000/"), true))
                .get();
        routed.fetch(FetchRequest.head(URI.create("http://127.0.0.1:4001/"))).get();
        routed.fetch(FetchRequest.head(URI.create("https://127.0.0.1:4000/"))).get();

        assertEquals(200, ((FetchOutcome.Response) home).status());
        assertEquals(List.of(URI.create("http://127.0.0.1:4001/"), URI.create("https://127.0.0.1:4000/")), elsewhere);
    }

    /**
     * What needs no page read is answered on the asking thread, and said to be so beforehand; a page waits for the
     * readers.
     */
    @Test
    void onlyPagesAreReadOnTheReaders(@TempDir Path temp) throws Exception {
        write(temp.resolve("index.html"), "<p>home");
        write(temp.resolve("logo.svg"), "<svg/>");
        write(temp.resolve("sub/index.html"), "<p>sub");
        List<Runnable> queued = new java.util.ArrayList<>();
        DirectSiteFetcher direct = new DirectSiteFetcher(StaticSite.of(temp), 1000, queued::add);

        var missing = direct.fetch(FetchRequest.get(URI.create("http://127.0.0.1:1/missing.html"), true));
        var image = direct.fetch(FetchRequest.get(URI.create("http://127.0.0.1:1/logo.svg"), true));
        var page = direct.fetch(FetchRequest.get(URI.create("http://127.0.0.1:1/"), true));

        assertEquals(404, ((FetchOutcome.Response) missing.getNow(null)).status());
        assertEquals(200, ((FetchOutcome.Response) image.getNow(null)).status());
        assertNull(page.getNow(null));
        assertEquals(1, queued.size());
        queued.get(0).run();
        assertEquals("<p>home", new String(((FetchOutcome.Response) page.get()).body(), StandardCharsets.UTF_8));

        assertTrue(direct.answersAtOnce(URI.create("http://127.0.0.1:1/missing.html")));
        assertTrue(direct.answersAtOnce(URI.create("http://127.0.0.1:1/logo.svg")));
        assertFalse(direct.answersAtOnce(URI.create("http://127.0.0.1:1/")));
        assertFalse(direct.answersAtOnce(URI.create("http://127.0.0.1:1/sub"))); // a redirect to a page
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
