package dev.hydra.crawl;

import dev.hydra.cache.FileStamp;
import dev.hydra.http.ContentTypes;
import dev.hydra.http.FailureKind;
import dev.hydra.http.FetchOutcome;
import dev.hydra.http.FetchRequest;
import dev.hydra.http.Fetcher;
import dev.hydra.site.StaticSite;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Answers requests to the served site from its folders, as its server would, without an HTTP exchange: the status,
 * Content-Type and Location come from {@link StaticSite}, the rules the server itself answers by, and an HTML body is
 * read from the file up to the page size limit. {@link #routing} sends it the requests to the site's origin and every
 * other request to the network. On a local site this leaves out, for each internal target, a request and a response
 * through the JDK client and the embedded server, their threads, buffers and copies of the page.
 *
 * <p>Pages are read on {@code readers}, not on the thread that asks: that thread may be a worker parsing the page
 * that holds the link, and the page read here is parsed on the workers in turn (a full queue runs it on the thread
 * that hands it over, unless that is a reader, which waits: {@link FullParseQueue}), so reading in place would nest
 * one page's parse inside another's without bound. Every other
 * answer (a missing file, an image, a folder's redirect) is only a lookup, and is made on the thread that asks.
 */
final class DirectSiteFetcher implements Fetcher {

    private final StaticSite site;
    private final long maxPageSize;
    private final Executor readers;
    /**
     * The answers {@link #answersAtOnce} and {@link #answerNextFetch} keep, by request path, for the fetch that follows
     * at once: one lookup (several file system calls) for each, not two. The fetch takes its entry out again.
     */
    private final ConcurrentHashMap<String, StaticSite.Answer> answeredAtOnce = new ConcurrentHashMap<>();

    /** @param readers where the files are read */
    DirectSiteFetcher(StaticSite site, long maxPageSize, Executor readers) {
        this.site = site;
        this.maxPageSize = maxPageSize;
        this.readers = readers;
    }

    /**
     * A fetcher that sends the requests to {@code origin} (such as {@code http://127.0.0.1:41234}) to {@code site}, and
     * all others to {@code elsewhere}.
     */
    static Fetcher routing(URI origin, Fetcher site, Fetcher elsewhere) {
        String scheme = origin.getScheme();
        String authority = origin.getRawAuthority();
        return request -> scheme.equalsIgnoreCase(request.uri().getScheme())
                        && authority.equals(request.uri().getRawAuthority())
                ? site.fetch(request)
                : elsewhere.fetch(request);
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        URI uri = request.uri();
        String rawPath = rawPathOf(uri);
        StaticSite.Answer lookedUp = answeredAtOnce.remove(rawPath);
        StaticSite.Answer answer = lookedUp != null ? lookedUp : site.answer(rawPath);
        if (!readsPage(request, answer)) {
            return CompletableFuture.completedFuture(answer(request, answer));
        }
        try {
            return CompletableFuture.supplyAsync(() -> answer(request, answer), readers);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(
                    new FetchOutcome.Failure(uri, FailureKind.IO, "the check was stopped"));
        }
    }

    /**
     * Whether a GET of this URL is answered without reading a page: a missing file, or a file that is no HTML. Such
     * an answer costs a lookup, so it is made at once on the thread that asks, and the crawl need not queue it behind
     * the pages: there, a large site's missing pages and images waited until every page was parsed.
     */
    boolean answersAtOnce(URI uri) {
        String rawPath = rawPathOf(uri);
        StaticSite.Answer answer = site.answer(rawPath);
        boolean atOnce =
                answer instanceof StaticSite.NotFound || (answer instanceof StaticSite.Found && !isPage(answer));
        if (atOnce) {
            answeredAtOnce.put(rawPath, answer);
        }
        return atOnce;
    }

    /** A page of the site as a GET would find it, before it is read, with the site's answer it was made from. */
    record PageFile(FetchOutcome.Response head, FileStamp stamp, StaticSite.Answer answer) {}

    /**
     * What a GET of this URL answers without its body, with the stamp of the file it would read, taken now; null when
     * the URL is no HTML file of the site, or the file system tells no stamp.
     */
    PageFile pageFile(URI uri) {
        StaticSite.Answer answer = site.answer(rawPathOf(uri));
        if (!isPage(answer)) {
            return null;
        }
        FileStamp stamp = FileStamp.of(((StaticSite.Found) answer).file());
        if (stamp == null) {
            return null;
        }
        return answer(FetchRequest.get(uri, false), answer) instanceof FetchOutcome.Response head
                ? new PageFile(head, stamp, answer)
                : null;
    }

    /**
     * Keeps the answer {@link #pageFile} looked up for the fetch of the page that follows it (the page changed since
     * the last check), as {@link #answersAtOnce} does: one lookup of its file, not two.
     */
    void answerNextFetch(URI uri, PageFile file) {
        answeredAtOnce.put(rawPathOf(uri), file.answer());
    }

    /** Whether answering this request reads a page: a GET that wants the body of an HTML file. */
    private static boolean readsPage(FetchRequest request, StaticSite.Answer answer) {
        return request.method() == FetchRequest.Method.GET && request.readBody() && isPage(answer);
    }

    private static boolean isPage(StaticSite.Answer answer) {
        return answer instanceof StaticSite.Found found
                && ContentTypes.isHtml(found.contentType().toLowerCase(Locale.ROOT));
    }

    private static String rawPathOf(URI uri) {
        return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    }

    /** The answer the site's server gives to this request, made here. */
    FetchOutcome answer(FetchRequest request) {
        return answer(request, site.answer(rawPathOf(request.uri())));
    }

    private FetchOutcome answer(FetchRequest request, StaticSite.Answer answer) {
        URI uri = request.uri();
        if (answer instanceof StaticSite.AddSlash addSlash) {
            return response(
                    request,
                    addSlash.status(),
                    Map.of("Location", addSlash.location(rawPathOf(uri), uri.getRawQuery())),
                    null,
                    false);
        }
        if (!(answer instanceof StaticSite.Found found)) {
            return response(request, answer.status(), Map.of(), null, false);
        }
        Path file = found.file();
        String contentType = found.contentType();
        long size = found.size();
        Map<String, String> headers = Map.of("Content-Type", contentType, "Content-Length", Long.toString(size));
        if (!readsPage(request, found)) {
            return response(request, found.status(), headers, null, false);
        }
        try {
            if (size <= maxPageSize) {
                return response(request, found.status(), headers, Files.readAllBytes(file), false);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return response(
                        request,
                        found.status(),
                        headers,
                        in.readNBytes((int) Math.min(maxPageSize, Integer.MAX_VALUE - 8)),
                        true);
            }
        } catch (NoSuchFileException e) {
            return response(request, 404, Map.of(), null, false); // gone since it was found
        } catch (IOException e) {
            return new FetchOutcome.Failure(uri, FailureKind.IO, "the file could not be read: " + e);
        }
    }

    private static FetchOutcome response(
            FetchRequest request, int status, Map<String, String> headers, byte[] body, boolean truncated) {
        Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> values.put(name, List.of(value)));
        return new FetchOutcome.Response(
                request.uri(),
                request.uri(),
                status,
                HttpHeaders.of(values, (name, value) -> true),
                body,
                truncated,
                List.of(),
                null);
    }
}
