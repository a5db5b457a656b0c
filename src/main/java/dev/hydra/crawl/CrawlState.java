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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the crawl knows: every target (a URL without fragment, checked once) and every unique link as written (with
 * the places that hold it). Safe for the many threads that discover links at once.
 */
final class CrawlState {

    private final ConcurrentHashMap<String, Target> targets = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Link> links = new ConcurrentHashMap<>();
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
        links.computeIfAbsent(shownUrl, url -> new Link(fetchKey, fragment, url, judgedAs, fixed))
                .sources
                .add(page, line);
    }

    /**
     * Records one place whose page says not to check the link there. Such places are one link of their own, apart
     * from the places that hold the same URL unmarked: those are checked, and their verdict is not the ignored one's.
     */
    void addIgnoredPlace(String shownUrl, String page, int line) {
        links.computeIfAbsent(IGNORED_KEY + shownUrl, key -> new Link(null, null, shownUrl, Verdicts.IGNORED_IN_PAGE))
                .sources
                .add(page, line);
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
        for (Iterator<Link> remaining = links.values().iterator(); remaining.hasNext(); ) {
            Link link = remaining.next();
            remaining.remove();
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
                        Link page =
                                cutPages.computeIfAbsent(link.fetchKey, key -> new Link(key, null, shownPage, null));
                        link.sources.sorted().forEach(place -> page.sources.add(place.page(), place.line()));
                    }
                }
            }
            results.add(verdicts.result(link, outcome, undecodable(link.fetchKey)));
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
}
