package dev.hydra.output;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the site report shows, arranged for reading: broken links grouped by page (pages with most first), warnings,
 * and per target how many pages hold it (most-linked first). Knows nothing of how it is drawn.
 */
public final class SiteReportModel {

    /** Rows of the per-target table; the rest is in report.json. */
    public static final int TARGETS_SHOWN = 500;

    /** Pages shown with their broken links, most broken first; the rest is in report.json. */
    public static final int PAGES_SHOWN = 100;

    /** Rows of one page's table of broken links, and of the table of broken links by target. */
    public static final int ROWS_SHOWN = 100;

    /**
     * One broken link as seen from one page.
     *
     * @param sourceText the source file and line the page comes from ({@code src/site/markdown/guide.md:3}), or null
     */
    public record BrokenOnPage(LinkResult link, int line, String sourceText) {}

    /** A page and the broken links it holds, in URL and line order. */
    public record PageGroup(String page, List<BrokenOnPage> broken) {}

    /** A link and the number of distinct pages that hold it. */
    public record TargetCount(LinkResult link, int pages) {}

    /** One verdict's share of all links. */
    public record Share(Verdict verdict, int count) {}

    private final CheckResult result;
    private final String reportFolder;

    public SiteReportModel(CheckResult result) {
        this(result, null);
    }

    /**
     * @param reportFolder where the page showing the result lies in the checked site ({@code /}, {@code /module-a/}),
     *     when the checked site is the one it is part of; its pages are then linked relatively, so that the links
     *     work wherever the site is published. Null for a result of another site.
     */
    public SiteReportModel(CheckResult result, String reportFolder) {
        this.result = result;
        this.reportFolder = reportFolder;
    }

    public CheckResult result() {
        return result;
    }

    public List<Share> shares() {
        Summary s = result.summary();
        return List.of(
                new Share(Verdict.OK, s.ok()),
                new Share(Verdict.BROKEN, s.broken()),
                new Share(Verdict.WARNING, s.warnings()),
                new Share(Verdict.SKIPPED, s.skipped()),
                new Share(Verdict.EXCLUDED, s.excluded()));
    }

    /** Pages holding broken links, most broken links first, then by page. */
    public List<PageGroup> brokenByPage() {
        Map<String, List<BrokenOnPage>> pages = new TreeMap<>();
        for (LinkResult link : result.withVerdict(Verdict.BROKEN)) {
            for (Source source : link.sources()) {
                pages.computeIfAbsent(source.page(), page -> new ArrayList<>())
                        .add(new BrokenOnPage(link, source.line(), source.sourceText()));
            }
        }
        List<PageGroup> groups = new ArrayList<>();
        pages.forEach((page, broken) -> {
            broken.sort(Comparator.comparing((BrokenOnPage b) -> b.link().url()).thenComparingInt(BrokenOnPage::line));
            groups.add(new PageGroup(page, List.copyOf(broken)));
        });
        groups.sort(Comparator.comparingInt((PageGroup g) -> -g.broken().size()).thenComparing(PageGroup::page));
        return groups;
    }

    /** The broken links, those on most pages first: one target linked from every page is one fix. At most {@link #ROWS_SHOWN}. */
    public List<TargetCount> brokenTargets() {
        return allTargets().stream()
                .filter(t -> t.link().verdict() == Verdict.BROKEN)
                .limit(ROWS_SHOWN)
                .toList();
    }

    /** {@code 9,000 missing-file, 427 http-status}: the broken links counted by kind, the most frequent first. */
    public String brokenKinds() {
        return ConsoleReport.countByKind(result.withVerdict(Verdict.BROKEN));
    }

    /**
     * Where a page can be opened, or null: an absolute http(s) page as it is; a site-absolute one relative to the
     * report's own page when the checked site is the report's own, else on the checked URL (or, for a served
     * directory, on its {@code siteUrl}). A page of a directory without a public
     * address, or a project file, has no address to link to.
     */
    public String pageHref(String page) {
        URI absolute = webUri(page);
        if (absolute != null) {
            return absolute.toString();
        }
        if (reportFolder != null) {
            return RelativeHref.of(reportFolder, page);
        }
        URI base = webUri(result.start());
        if (base == null) {
            base = webUri(result.settings().get("siteUrl"));
        }
        if (base == null || !page.startsWith("/") || page.startsWith("//")) {
            return null;
        }
        URI resolved = webUri(base.resolve("/").toString() + page.substring(1));
        return resolved == null ? null : resolved.toString();
    }

    /** Where an external target can be opened: an absolute http(s) URL as it is; null for anything else. */
    public String targetHref(LinkResult link) {
        URI uri = webUri(link.url());
        return uri == null ? null : uri.toString();
    }

    /** The text as an http(s) URL with a host, or null; a text that is no valid URI (quotes, spaces, markup) is none. */
    private static URI webUri(String text) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    ? uri
                    : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Broken links that no page holds (the start URL itself), which {@link #brokenByPage()} cannot show. */
    public List<LinkResult> brokenWithoutPage() {
        return result.withVerdict(Verdict.BROKEN).stream()
                .filter(link -> link.sources().isEmpty())
                .toList();
    }

    public List<LinkResult> warnings() {
        return result.withVerdict(Verdict.WARNING);
    }

    /** Every link with the number of pages holding it, most-linked first, then by URL; at most {@link #TARGETS_SHOWN}. */
    public List<TargetCount> targets() {
        return allTargets().stream().limit(TARGETS_SHOWN).toList();
    }

    public int targetCount() {
        return result.links().size();
    }

    private List<TargetCount> allTargets() {
        List<TargetCount> targets = new ArrayList<>();
        for (LinkResult link : result.links()) {
            targets.add(new TargetCount(link, (int)
                    link.sources().stream().map(Source::page).distinct().count()));
        }
        targets.sort(Comparator.comparingInt((TargetCount t) -> -t.pages())
                .thenComparing(t -> t.link().url()));
        return targets;
    }
}
