package dev.hydra.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The limits that keep a crawl finite: {@code maxPages}, {@code maxDepth}, {@code maxUrlLength} and
 * {@code maxChainLength}. Pages past a limit are still checked; only their links are not followed. Each limit
 * reached leaves one notice, naming the shortest URL that reached it, so that the notice is the same in every run.
 *
 * <p>The chain limit stops generated pages without end (a calendar's "next month", an archive whose page N links page
 * N+1) long before {@code maxPages}: such pages are each found first on the one before and differ only in their
 * numbers. A real site's pages are found through many paths, so its chains stay short however many pages it has.
 */
final class CrawlBounds {

    private final int maxPages;
    private final int maxDepth;
    private final int maxChainLength;
    private final int maxUrlLength;
    private final AtomicInteger pagesAdmitted = new AtomicInteger();
    private final ConcurrentHashMap<String, String> reached = new ConcurrentHashMap<>();

    CrawlBounds(int maxPages, int maxDepth, int maxChainLength, int maxUrlLength) {
        this.maxPages = maxPages;
        this.maxDepth = maxDepth;
        this.maxChainLength = maxChainLength;
        this.maxUrlLength = maxUrlLength;
    }

    /** Counts pages admitted by an earlier check whose results this one reuses, as if admitted now. */
    void admitted(int pages) {
        pagesAdmitted.addAndGet(pages);
    }

    int maxUrlLength() {
        return maxUrlLength;
    }

    /** Whether a URL of this length is too long to check; notes the bound when it is. */
    boolean isTooLong(String shownUrl) {
        if (shownUrl.length() <= maxUrlLength) {
            return false;
        }
        reached("maxUrlLength (" + maxUrlLength + ") reached: longer URLs were not checked", abbreviated(shownUrl));
        return true;
    }

    /** The chain length of a page found on {@code foundOn} (null for a start). */
    int chainAfter(Target foundOn, String url) {
        if (foundOn == null || foundOn.depth == Target.UNREACHED) {
            return 1;
        }
        return continuesAChain(foundOn.url, url) ? foundOn.chain + 1 : 1;
    }

    /**
     * Whether a page found on another may be the next of a generated chain: it has the other's shape, both carry a
     * number (a counter, whichever segment or query holds it, whatever tail follows), or it lies below the other's
     * folder, one segment deeper or more. A trap can alternate between shapes ({@code /trap/7} links {@code /trap/8}
     * and {@code /trap/8/a/b}, which links {@code /trap/9}), between a query and a path ({@code ?page=8},
     * {@code /page/8/}) or grow its path; each step stays a step of the chain whichever page finds the next one first.
     * A real site's pages are found from hub pages a few links from the start, so its chains stay short however many
     * pages share a shape.
     */
    static boolean continuesAChain(String from, String to) {
        String fromPath = pathAndQuery(from);
        String toPath = pathAndQuery(to);
        return hasNumber(fromPath) && hasNumber(toPath)
                || isBelowFolderOf(fromPath, toPath)
                || patternOf(to).equals(patternOf(from));
    }

    /** The path and query of a URL (from the first slash after its authority). */
    private static String pathAndQuery(String url) {
        int authority = url.indexOf("://");
        int path = authority < 0 ? 0 : url.indexOf('/', authority + 3);
        return path < 0 ? "" : url.substring(path);
    }

    private static boolean hasNumber(String pathAndQuery) {
        for (int i = 0; i < pathAndQuery.length(); i++) {
            char c = pathAndQuery.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code to}'s path lies in {@code from}'s folder, in a folder below it. */
    private static boolean isBelowFolderOf(String from, String to) {
        String fromPath = withoutQuery(from);
        String toPath = withoutQuery(to);
        String folder = fromPath.substring(0, fromPath.lastIndexOf('/') + 1);
        return toPath.startsWith(folder) && toPath.indexOf('/', folder.length()) >= 0;
    }

    private static String withoutQuery(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        return path.isEmpty() ? "/" : path;
    }

    /** Whether a page's links may be followed; counts it against maxPages when they may. */
    boolean admit(Target page, String shownUrl) {
        if (maxDepth >= 0 && page.depth > maxDepth) {
            reached(
                    "maxDepth (" + maxDepth + ") reached: pages deeper than that were checked but not crawled",
                    shownUrl);
            return false;
        }
        if (page.chain > maxChainLength) {
            reached(
                    "maxChainLength (" + maxChainLength + ") reached: more than " + maxChainLength + " pages like "
                            + abbreviated(patternOf(shownUrl))
                            + " (where # is any number) were each found on the one before, as a"
                            + " calendar's \"next month\" is: the rest were checked but not crawled (raise maxChainLength"
                            + " to follow such a chain further)",
                    shownUrl);
            return false;
        }
        if (pagesAdmitted.incrementAndGet() > maxPages) {
            reached(
                    "maxPages (" + maxPages + ") reached: further pages were checked but not crawled"
                            + " (a crawler trap, such as endless generated URLs, or raise maxPages)",
                    shownUrl);
            return false;
        }
        return true;
    }

    /** One notice per limit reached, with its example URL. */
    List<String> notices() {
        List<String> notices = new ArrayList<>();
        reached.forEach((notice, url) -> notices.add(notice + "; for example " + url));
        return notices;
    }

    /**
     * A URL's shape: each run of digits in its path and query is {@code #}, and a path segment repeated right after
     * itself counts once, so that {@code /cal?month=11} and {@code /cal?month=12}, or {@code /a/} and {@code /a/a/},
     * share one pattern.
     */
    static String patternOf(String url) {
        int authority = url.indexOf("://");
        int path = authority < 0 ? 0 : url.indexOf('/', authority + 3);
        if (path < 0) {
            return url;
        }
        StringBuilder pattern = new StringBuilder(url.length()).append(url, 0, path + 1); // the origin as it is
        int segmentStart = pattern.length();
        int previousStart = -1;
        for (int i = path + 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c >= '0' && c <= '9') {
                if (pattern.isEmpty() || pattern.charAt(pattern.length() - 1) != '#') {
                    pattern.append('#');
                }
                continue;
            }
            pattern.append(c);
            if (c == '/') {
                int length = pattern.length() - 1 - segmentStart;
                if (previousStart >= 0
                        && length > 0
                        && length == segmentStart - 1 - previousStart
                        && pattern.substring(previousStart, segmentStart - 1)
                                .equals(pattern.substring(segmentStart, pattern.length() - 1))) {
                    pattern.setLength(segmentStart); // drop the repeat, keep the slash before it
                } else {
                    previousStart = segmentStart;
                    segmentStart = pattern.length();
                }
            }
        }
        return pattern.toString();
    }

    private void reached(String notice, String url) {
        // the shortest URL (then the first in order) names the trap the same way in every run
        reached.merge(
                notice,
                url,
                (a, b) -> a.length() != b.length() ? (a.length() < b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b));
    }

    private static String abbreviated(String url) {
        return url.length() > 200 ? url.substring(0, 200) + "..." : url;
    }
}
