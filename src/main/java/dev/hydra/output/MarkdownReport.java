package dev.hydra.output;

import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes {@code report.md}: a summary and the broken links (with the pages and lines that hold them, and the source
 * files and lines the pages come from when known) as
 * Markdown tables, for pull-request comments and GitHub's job summary. Text from crawled pages is escaped.
 */
public final class MarkdownReport implements ReportFormat {

    /** Rows per table: a pull-request comment holds at most 65536 characters; the rest is in report.json. */
    private static final int ROWS_SHOWN = 100;

    /** Holding pages named per link before "and N more". */
    private static final int SOURCES_SHOWN = 5;

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String fileName() {
        return "report.md";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        Summary s = result.summary();
        List<LinkResult> broken = result.newlyBroken();
        out.write("## Hydra: "
                + (broken.isEmpty() ? "no dead links" : broken.size() + " dead link" + plural(broken.size()))
                + (result.knownCount() > 0 ? " (and " + result.knownCount() + " known from the baseline)" : "")
                + "\n\n");
        out.write(String.format(
                Locale.ROOT,
                "Checked %s at %s: %d link%s on %d page%s in %.1f s.%n%n",
                Markdown.cell(result.start()),
                result.checkedAt().truncatedTo(ChronoUnit.SECONDS),
                s.links(),
                plural(s.links()),
                s.pages(),
                plural(s.pages()),
                s.durationMillis() / 1000.0));
        out.write("| ok | broken | warnings | skipped | excluded |\n| ---: | ---: | ---: | ---: | ---: |\n");
        out.write("| " + s.ok() + " | " + s.broken() + " | " + s.warnings() + " | " + s.skipped() + " | " + s.excluded()
                + " |\n");
        table(out, "Broken links", broken);
        table(out, "Known broken links, listed in the baseline", result.knownBroken());
        fixed(out, result);
        table(out, "Warnings", result.withVerdict(Verdict.WARNING));
        for (String notice : result.notices()) {
            out.write("\n> " + Markdown.cell(notice) + "\n");
        }
    }

    private static void table(Writer out, String title, List<LinkResult> links) throws IOException {
        if (links.isEmpty()) {
            return;
        }
        out.write("\n### " + title + " (" + links.size() + ")\n\nBy kind: " + ConsoleReport.countByKind(links)
                + ". Links on most pages first.\n\n| Link | Reason | Pages |\n| --- | --- | --- |\n");
        List<LinkResult> biggestFirst = new ArrayList<>(links);
        biggestFirst.sort(
                Comparator.comparingInt((LinkResult link) -> -link.sources().size())
                        .thenComparing(LinkResult::url));
        for (LinkResult link : biggestFirst.subList(0, Math.min(ROWS_SHOWN, links.size()))) {
            out.write("| " + Markdown.cell(link.shownWithJudgedAs()) + " | " + Markdown.cell(link.reason()) + " | "
                    + pages(link.sources()) + " |\n");
        }
        if (links.size() > ROWS_SHOWN) {
            out.write("\n" + (links.size() - ROWS_SHOWN) + " more in report.json.\n");
        }
    }

    /** The baseline's entries that work again, as the lines to delete, in a code block so that the tab survives. */
    private static void fixed(Writer out, CheckResult result) throws IOException {
        if (result.baseline().isEmpty() || result.baseline().get().fixed().isEmpty()) {
            return;
        }
        BaselineOutcome baseline = result.baseline().get();
        out.write("\n### Fixed: delete these lines from the baseline ("
                + baseline.fixed().size() + ")\n\n"
                + Markdown.cell(baseline.file()) + ", line "
                + baseline.fixed().stream()
                        .map(entry -> String.valueOf(entry.line()))
                        .collect(Collectors.joining(", ")) + ":\n\n````text\n");
        for (BaselineOutcome.FixedEntry entry : baseline.fixed()) {
            out.write(codeLine(entry.place().url()) + "\t"
                    + codeLine(entry.place().page()) + "\n");
        }
        out.write("````\n");
    }

    /** Text inside a fenced code block: nothing to escape but what could end the block or the line. */
    private static String codeLine(String text) {
        return text.replace("````", "` ` ` `").replaceAll("[\\r\\n]", " ");
    }

    private static String pages(List<Source> sources) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(SOURCES_SHOWN, sources.size()); i++) {
            text.append(i == 0 ? "" : "<br>")
                    .append(Markdown.cell(sources.get(i).withSourceText()));
        }
        if (sources.size() > SOURCES_SHOWN) {
            text.append("<br>and ")
                    .append(sources.size() - SOURCES_SHOWN)
                    .append(" more (")
                    .append(sources.size())
                    .append(" places)");
        }
        return text.toString();
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
