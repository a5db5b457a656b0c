package dev.hydra.output;

import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plain-text lines Hydra prints in the build log. */
public final class ConsoleReport {

    private ConsoleReport() {}

    public static String summaryLine(CheckResult result) {
        Summary s = result.summary();
        return String.format(
                        Locale.ROOT,
                        "Hydra checked %d links on %d pages in %.1f s: %d ok, %d broken, %d warnings, %d skipped, %d excluded",
                        s.links(),
                        s.pages(),
                        s.durationMillis() / 1000.0,
                        s.ok(),
                        s.broken(),
                        s.warnings(),
                        s.skipped(),
                        s.excluded())
                + (ignored(result) > 0
                        ? String.format(Locale.ROOT, " (%d ignored where written)", ignored(result))
                        : "")
                + result.baseline()
                        .map(baseline -> "; baseline: " + result.knownCount() + " known, "
                                + baseline.fixed().size() + " fixed")
                        .orElse("");
    }

    /** How many links the pages mark not to be checked, counted among the excluded. */
    private static long ignored(CheckResult result) {
        return result.links().stream()
                .filter(link -> link.kind() == ResultKind.IGNORED)
                .count();
    }

    /**
     * The baseline entries that are no longer broken, each as the exact line to delete from the file, with its
     * number, at most {@code maxEntries} ({@code -1} for all); empty when there are none.
     */
    public static String fixedEntries(CheckResult result, int maxEntries) {
        if (result.baseline().isEmpty() || result.baseline().get().fixed().isEmpty()) {
            return "";
        }
        BaselineOutcome baseline = result.baseline().get();
        int count = baseline.fixed().size();
        StringBuilder out = new StringBuilder();
        out.append(count)
                .append(count == 1 ? " baseline entry is" : " baseline entries are")
                .append(" no longer broken: delete ")
                .append(count == 1 ? "this line" : "these lines")
                .append(" from ")
                .append(baseline.file())
                .append('\n');
        int shown = maxEntries < 0 ? count : Math.min(maxEntries, count);
        for (BaselineOutcome.FixedEntry entry : baseline.fixed().subList(0, shown)) {
            out.append("  line ")
                    .append(entry.line())
                    .append(": ")
                    .append(clean(entry.place().url()))
                    .append('\t')
                    .append(clean(entry.place().page()))
                    .append('\n');
        }
        if (shown < count) {
            out.append(String.format(
                    Locale.ROOT,
                    "  ... and %,d more, listed in report.json (baseline.fixed);"
                            + " mvn hydra:baseline writes the file anew%n",
                    count - shown));
        }
        return out.toString();
    }

    /** How many links the build log lists when {@code maxConsoleLinks} is not set; the rest are in the reports. */
    public static final int DEFAULT_MAX_LINKS = 50;

    /** Places named per link; a link on more pages is "on N pages, such as" these. */
    private static final int PLACES_SHOWN = 3;

    /** Every link, in the order and form of {@link #describe(List, int, String)}. */
    public static String describe(List<LinkResult> links) {
        return describe(links, -1, null);
    }

    /**
     * The links as the build log shows them, readable also when there are thousands: first their count by kind,
     * then one entry of at most two lines per link (the link and its reason, then the places that hold it), links
     * on most places first, since one target linked from every page is one fix; after {@code maxEntries} entries
     * ({@code -1} for all), one closing line says how many more there are and where they are listed.
     *
     * @param reportPath where all results are, named in the closing line; null when every link is shown
     */
    public static String describe(List<LinkResult> links, int maxEntries, String reportPath) {
        StringBuilder out = new StringBuilder();
        out.append("  by kind: ").append(countByKind(links)).append('\n');
        List<LinkResult> biggestFirst = new ArrayList<>(links);
        biggestFirst.sort(
                Comparator.comparingInt((LinkResult link) -> -link.sources().size())
                        .thenComparing(LinkResult::url));
        int shown = maxEntries < 0 ? links.size() : Math.min(maxEntries, links.size());
        for (LinkResult link : biggestFirst.subList(0, shown)) {
            out.append("  ")
                    .append(clean(link.shownWithJudgedAs()))
                    .append(" : ")
                    .append(clean(link.reason()))
                    .append('\n');
            out.append("      ").append(places(link.sources())).append('\n');
        }
        if (shown < links.size()) {
            int morePlaces = biggestFirst.subList(shown, links.size()).stream()
                    .mapToInt(link -> link.sources().size())
                    .sum();
            out.append(String.format(
                    Locale.ROOT,
                    "  ... and %,d more (in %,d place%s), listed in %s;"
                            + " -Dhydra.maxConsoleLinks=-1 or -X lists them all here%n",
                    links.size() - shown,
                    morePlaces,
                    morePlaces == 1 ? "" : "s",
                    reportPath == null ? "report.json" : reportPath));
        }
        return out.toString();
    }

    /** {@code 9,000 missing-file, 427 http-status}: the most frequent kind first. */
    static String countByKind(List<LinkResult> links) {
        Map<ResultKind, Integer> counts = new EnumMap<>(ResultKind.class);
        for (LinkResult link : links) {
            if (link.kind() != null) {
                counts.merge(link.kind(), 1, Integer::sum);
            }
        }
        List<Map.Entry<ResultKind, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Comparator.comparingInt((Map.Entry<ResultKind, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<ResultKind, Integer> count : sorted) {
            out.append(out.length() == 0 ? "" : ", ")
                    .append(String.format(
                            Locale.ROOT,
                            "%,d %s",
                            count.getValue(),
                            count.getKey().id()));
        }
        return out.toString();
    }

    /** {@code on /:10}, {@code on /a.html:3, /b.html:7}, or {@code on 3,000 pages, such as /a.html:3, ...}. */
    private static String places(List<Source> sources) {
        StringBuilder out = new StringBuilder("on ");
        if (sources.size() > PLACES_SHOWN) {
            long pages = sources.stream().map(Source::page).distinct().count();
            out.append(
                    pages == sources.size()
                            ? String.format(Locale.ROOT, "%,d pages, such as ", pages)
                            : String.format(
                                    Locale.ROOT,
                                    "%,d places on %,d page%s, such as ",
                                    sources.size(),
                                    pages,
                                    pages == 1 ? "" : "s"));
        }
        for (int i = 0; i < Math.min(PLACES_SHOWN, sources.size()); i++) {
            out.append(i == 0 ? "" : ", ").append(clean(sources.get(i).withSourceText()));
        }
        return out.append(sources.size() > PLACES_SHOWN ? ", ..." : "").toString();
    }

    public static String howToAccept(String reportPath) {
        return "To accept or exclude a link, add a regular expression on its URL to <excludes> "
                + "(for example <exclude>^https://example\\.org/moved/</exclude>), or -Dhydra.excludes=REGEX; "
                + "to report without failing, set <failOnError>false</failOnError>. All results: " + reportPath;
    }

    /**
     * Control characters from a crawled page must not reach the terminal (they could rewrite the log), nor
     * invisible formatting such as a right-to-left override or a line separator (it could disguise a line).
     */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR;
            out.append(Character.isISOControl(c) || hidden ? '?' : c);
        }
        return out.toString();
    }
}
