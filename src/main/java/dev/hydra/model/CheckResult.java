package dev.hydra.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything one check found.
 *
 * @param start what was checked: the start URL, or the served directory
 * @param checkedAt when the check started
 * @param summary the counts
 * @param links every unique link, sorted by URL
 * @param notices things the user should know that are not about one link (a crawl bound reached)
 * @param settings the settings that change verdicts, by name, for reports
 * @param baseline what comparing the broken links with a baseline file found, when one was used
 */
public record CheckResult(
        String start,
        Instant checkedAt,
        Summary summary,
        List<LinkResult> links,
        List<String> notices,
        Map<String, String> settings,
        Optional<BaselineOutcome> baseline) {

    public CheckResult {
        links = List.copyOf(links);
        notices = List.copyOf(notices);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        Objects.requireNonNull(baseline, "baseline");
    }

    /** A result not compared with a baseline. */
    public CheckResult(
            String start,
            Instant checkedAt,
            Summary summary,
            List<LinkResult> links,
            List<String> notices,
            Map<String, String> settings) {
        this(start, checkedAt, summary, links, notices, settings, Optional.empty());
    }

    /** This result with what comparing it with a baseline found. */
    public CheckResult withBaseline(BaselineOutcome outcome) {
        return new CheckResult(start, checkedAt, summary, links, notices, settings, Optional.of(outcome));
    }

    /**
     * The part of this result found on the pages under a site path ({@code /module-a/}): each link with only its places
     * on those pages, and the counts of those links. What a module's own report shows of a check of its reactor's
     * site. The baseline comparison, made for the whole, is left out.
     */
    public CheckResult onPagesUnder(String sitePath) {
        return onPagesUnder(sitePath, List.of());
    }

    /**
     * {@link #onPagesUnder(String)}, without the pages under the other site paths below it: the parent's own part
     * ({@code /}) of a reactor whose modules are under {@code /module-a/} and {@code /module-b/}.
     */
    public CheckResult onPagesUnder(String sitePath, List<String> otherPaths) {
        List<String> nested = otherPaths.stream()
                .filter(other -> other.startsWith(sitePath) && !other.equals(sitePath))
                .toList();
        List<LinkResult> part = new ArrayList<>();
        java.util.Set<String> pages = new java.util.HashSet<>();
        for (LinkResult link : links) {
            List<Source> here = link.sources().stream()
                    .filter(source -> source.page().startsWith(sitePath))
                    .filter(source ->
                            nested.stream().noneMatch(other -> source.page().startsWith(other)))
                    .toList();
            if (!here.isEmpty()) {
                here.forEach(source -> pages.add(source.page()));
                part.add(link.withSources(here));
            }
        }
        return new CheckResult(
                start + " (the pages under " + sitePath + ")",
                checkedAt,
                Summary.of(pages.size(), part, summary.durationMillis()),
                part,
                notices,
                settings);
    }

    /** Whether the baseline lists this link on this page. */
    public boolean isKnown(LinkResult link, Source source) {
        return baseline.isPresent() && baseline.get().isKnown(link.url(), source.page());
    }

    /**
     * Every broken link on every page that holds it, once per page, sorted: what a baseline file lists. A link
     * that no page holds is placed on {@link #START_PAGE}.
     */
    public List<LinkPlace> brokenPlaces() {
        return withVerdict(Verdict.BROKEN).stream()
                .flatMap(link -> pagesOf(link).stream().map(page -> new LinkPlace(link.url(), page)))
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The broken links that fail the build: each with only the places the baseline does not list, and without
     * the links it lists everywhere. Without a baseline, every broken link.
     */
    public List<LinkResult> newlyBroken() {
        return brokenWhere(false);
    }

    /** The broken links the baseline lists, each with only the places it lists; empty without a baseline. */
    public List<LinkResult> knownBroken() {
        return brokenWhere(true);
    }

    /** How many broken link places the baseline lists. */
    public int knownCount() {
        return baseline.map(outcome -> outcome.known().size()).orElse(0);
    }

    /** The page of a link given as the check's start, which no page holds. */
    public static final String START_PAGE = "(start)";

    private List<LinkResult> brokenWhere(boolean known) {
        List<LinkResult> chosen = new ArrayList<>();
        for (LinkResult link : withVerdict(Verdict.BROKEN)) {
            if (link.sources().isEmpty()) {
                if (known == (baseline.isPresent() && baseline.get().isKnown(link.url(), START_PAGE))) {
                    chosen.add(link);
                }
                continue;
            }
            List<Source> sources = link.sources().stream()
                    .filter(source -> isKnown(link, source) == known)
                    .toList();
            if (sources.size() == link.sources().size()) {
                chosen.add(link);
            } else if (!sources.isEmpty()) {
                chosen.add(link.withSources(sources));
            }
        }
        return chosen;
    }

    private static List<String> pagesOf(LinkResult link) {
        if (link.sources().isEmpty()) {
            return List.of(START_PAGE);
        }
        return link.sources().stream().map(Source::page).distinct().toList();
    }

    /** The links with the given verdict, in URL order. */
    public List<LinkResult> withVerdict(Verdict verdict) {
        return links.stream().filter(link -> link.verdict() == verdict).collect(Collectors.toList());
    }
}
