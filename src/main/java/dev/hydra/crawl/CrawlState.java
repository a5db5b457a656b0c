package dev.hydra.crawl;

import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * What the crawl knows: every target (a URL without fragment, checked once) and every unique link as written (with
 * the places that hold it). Safe for the many threads that discover links at once.
 */
final class CrawlState {

    private final ConcurrentHashMap<String, Target> targets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Link> links = new ConcurrentHashMap<>();
    /** The keys of the links in the order of their results, when known (they are then drawn so), else null. */
    private volatile List<String> resultOrder;

    /** The keys of the links found since links were taken over from an earlier check. */
    private final Queue<String> addedSinceSeed = new ConcurrentLinkedQueue<>();

    /** Pages whose body came in an encoding Hydra cannot undo, with the reason: their anchors are unknown. */
    private final ConcurrentHashMap<String, String> undecodable = new ConcurrentHashMap<>();

    /** The target of this URL, or null when it is not known. */
    Target target(String url) {
        return targets.get(url);
    }

    /** How many unique links are known: the summary's count of links, once the crawl is over. */
    int linkCount() {
        return links.size();
    }

    /** How many targets are known, checked or not. */
    int targetCount() {
        return targets.size();
    }

    /** Adds a target unless its URL is known; returns the one that holds the URL now, and whether it is new. */
    Claim claim(Target target) {
        Target raced = targets.putIfAbsent(target.url, target);
        return raced == null ? new Claim(target, true) : new Claim(raced, false);
    }

    record Claim(Target target, boolean isNew) {}

    /** Records one place that holds a link; the first place of a link decides how it is checked. */
    void addPlace(String shownUrl, String page, int line, String fetchKey, String fragment, TargetOutcome fixed) {
        addPlace(shownUrl, null, page, line, fetchKey, fragment, fixed);
    }

    /** {@link #addPlace(String, String, int, String, String, TargetOutcome)} of a link judged as another. */
    void addPlace(
            String shownUrl,
            String judgedAs,
            String page,
            int line,
            String fetchKey,
            String fragment,
            TargetOutcome fixed) {
        links.computeIfAbsent(shownUrl, url -> added(url, new Link(fetchKey, fragment, url, judgedAs, fixed)))
                .sources
                .add(page, line);
    }

    /**
     * Records one place whose page says not to check the link there. Such places are one link of their own, apart
     * from the places that hold the same URL unmarked: those are checked, and their verdict is not the ignored one's.
     */
    void addIgnoredPlace(String shownUrl, String page, int line) {
        links.computeIfAbsent(
                        ignoredKey(shownUrl),
                        key -> added(key, new Link(null, null, shownUrl, Verdicts.IGNORED_IN_PAGE)))
                .sources
                .add(page, line);
    }

    /** The key of the link of the places whose page says not to check {@code shownUrl} there. */
    static String ignoredKey(String shownUrl) {
        return IGNORED_KEY + shownUrl;
    }

    static boolean isIgnoredKey(String key) {
        return key.startsWith(IGNORED_KEY);
    }

    /**
     * Takes over the targets of an earlier check whose outcomes still hold, and its links with the places that hold
     * them still, by their keys, in the order of their results; before the crawl starts.
     */
    void seed(List<Target> earlierTargets, Map<String, Link> earlierLinks) {
        Map<String, Target> byUrl = new HashMap<>(earlierTargets.size() * 4 / 3 + 1);
        earlierTargets.forEach(target -> byUrl.put(target.url, target));
        targets.putAll(byUrl); // one resize for all, as for the links
        links.putAll(earlierLinks);
        resultOrder = new ArrayList<>(earlierLinks.keySet());
    }

    /**
     * Every link with its key, for a snapshot of the crawl; once the crawl is over, and before {@link #drainResults}.
     * After links were taken over from an earlier check, in the order of their results (those taken over are in order
     * already: only those found since are sorted, and the two merged), which the results are then drawn in, sparing
     * their sort; else as the map holds them, sorted by {@link #inResultOrder} where they are written.
     */
    List<Map.Entry<String, Link>> linksForSnapshot() {
        List<Map.Entry<String, Link>> links = new ArrayList<>(this.links.size());
        if (resultOrder == null) {
            this.links.forEach((key, link) -> links.add(Map.entry(key, link)));
            return links;
        }
        List<Map.Entry<String, Link>> found = new ArrayList<>(addedSinceSeed.size());
        addedSinceSeed.forEach(key -> found.add(Map.entry(key, this.links.get(key))));
        found.sort(RESULT_ORDER);
        int next = 0;
        for (String key : resultOrder) {
            Map.Entry<String, Link> earlier = Map.entry(key, this.links.get(key));
            while (next < found.size() && RESULT_ORDER.compare(found.get(next), earlier) < 0) {
                links.add(found.get(next++));
            }
            links.add(earlier);
        }
        links.addAll(found.subList(next, found.size()));
        List<String> order = new ArrayList<>(links.size());
        links.forEach(entry -> order.add(entry.getKey()));
        resultOrder = order;
        return links;
    }

    /** Sorts links as their results are sorted (a no-op on links in that order already). */
    static void inResultOrder(List<Map.Entry<String, Link>> links) {
        links.sort(RESULT_ORDER);
    }

    /** Notes a link found after links were taken over from an earlier check. */
    private Link added(String key, Link link) {
        if (resultOrder != null) {
            addedSinceSeed.add(key);
        }
        return link;
    }

    /** As results are sorted: by the link as shown, a link checked before the same one ignored. */
    private static final Comparator<Map.Entry<String, Link>> RESULT_ORDER =
            Comparator.<Map.Entry<String, Link>, String>comparing(entry -> entry.getValue().shownUrl)
                    .thenComparing(entry -> isIgnoredKey(entry.getKey()));

    void forEachTarget(Consumer<Target> action) {
        targets.values().forEach(action);
    }

    /** Starts the key of an ignored link's places: no URL holds a NUL, so it never meets a checked link's key. */
    private static final String IGNORED_KEY = "\u0000ignored:";

    void noteUndecodable(String url, String why) {
        undecodable.put(url, why);
    }

    String undecodable(String url) {
        return url == null ? null : undecodable.get(url);
    }

    /** Up to {@code max} targets still without a verdict, sorted: what a stalled crawl waits for. */
    List<String> unfinished(int max) {
        List<String> waiting = new ArrayList<>();
        for (Target target : targets.values()) {
            if (target.outcome == null) {
                waiting.add(UrlDisplay.maskCredentials(target.url));
            }
        }
        Collections.sort(waiting);
        return waiting.subList(0, Math.min(max, waiting.size()));
    }

    /**
     * The result of every unique link. Called once, at the end: each link leaves the state as its result is made,
     * so that the two are not both held in full.
     */
    List<LinkResult> drainResults(Verdicts verdicts) {
        List<LinkResult> results = new ArrayList<>(links.size());
        // pages read in part that only links with a #fragment lead to: their warning needs a result of its own
        Map<String, Link> cutPages = new HashMap<>();
        Set<String> cutPagesLinked = new HashSet<>();
        if (resultOrder != null) {
            for (String key : resultOrder) {
                Link link = links.remove(key);
                if (link != null) {
                    results.add(result(link, verdicts, cutPages, cutPagesLinked));
                }
            }
        }
        for (Iterator<Link> remaining = links.values().iterator(); remaining.hasNext(); ) {
            Link link = remaining.next();
            remaining.remove();
            results.add(result(link, verdicts, cutPages, cutPagesLinked));
        }
        cutPages.forEach((key, page) -> {
            if (!cutPagesLinked.contains(key)) {
                results.add(verdicts.result(page, targets.get(key).outcome, undecodable(key)));
            }
        });
        // a URL both ignored and checked is two results: the checked one first, whatever order the map gave
        results.sort(
                Comparator.<LinkResult>naturalOrder().thenComparing(result -> result.kind() == ResultKind.IGNORED));
        return results;
    }

    private LinkResult result(Link link, Verdicts verdicts, Map<String, Link> cutPages, Set<String> cutPagesLinked) {
        TargetOutcome outcome = link.fixedOutcome;
        if (outcome == null) {
            Target target = targets.get(link.fetchKey);
            outcome = target == null || target.outcome == null ? Verdicts.STOPPED : target.outcome;
            if (outcome.readInPart()) {
                if (link.fragment == null) {
                    cutPagesLinked.add(link.fetchKey);
                } else {
                    int hash = link.shownUrl.indexOf('#');
                    String shownPage = hash < 0 ? link.shownUrl : link.shownUrl.substring(0, hash);
                    Link page = cutPages.computeIfAbsent(link.fetchKey, key -> new Link(key, null, shownPage, null));
                    link.sources.sorted().forEach(place -> page.sources.add(place.page(), place.line()));
                }
            }
        }
        return verdicts.result(link, outcome, undecodable(link.fetchKey));
    }
}
