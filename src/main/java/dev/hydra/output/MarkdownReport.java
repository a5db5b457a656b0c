package dev.hydra.output;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code report.md}: a summary and the broken links (with the pages and lines that hold them, and the source
 * files and lines the pages come from when known) as
 * Markdown tables, for pull-request comments and GitHub's job summary. Text from crawled pages is escaped.
 */
public final class MarkdownReport implements ReportFormat {

    /** Rows per table: a pull-request comment holds at most 65536 characters; the rest is in report.json. */
    private static final int ROWS_SHOWN = 200;

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
        List<LinkResult> broken = result.withVerdict(Verdict.BROKEN);
        out.write("## Hydra: " + (broken.isEmpty() ? "no dead links" : broken.size() + " dead link" + plural(broken.size())) + "\n\n");
        out.write(String.format(Locale.ROOT, "Checked %s at %s: %d link%s on %d page%s in %.1f s.%n%n",
                Markdown.cell(result.start()), result.checkedAt().truncatedTo(ChronoUnit.SECONDS),
                s.links(), plural(s.links()), s.pages(), plural(s.pages()), s.durationMillis() / 1000.0));
        out.write("| ok | broken | warnings | skipped | excluded |\n| ---: | ---: | ---: | ---: | ---: |\n");
        out.write("| " + s.ok() + " | " + s.broken() + " | " + s.warnings() + " | " + s.skipped() + " | " + s.excluded() + " |\n");
        table(out, "Broken links", broken);
        table(out, "Warnings", result.withVerdict(Verdict.WARNING));
        for (String notice : result.notices()) {
            out.write("\n> " + Markdown.cell(notice) + "\n");
        }
    }

    private static void table(Writer out, String title, List<LinkResult> links) throws IOException {
        if (links.isEmpty()) {
            return;
        }
        out.write("\n### " + title + " (" + links.size() + ")\n\n| Link | Reason | Pages |\n| --- | --- | --- |\n");
        for (LinkResult link : links.subList(0, Math.min(ROWS_SHOWN, links.size()))) {
            out.write("| " + Markdown.cell(link.url()) + " | " + Markdown.cell(link.reason()) + " | " + pages(link.sources()) + " |\n");
        }
        if (links.size() > ROWS_SHOWN) {
            out.write("\n" + (links.size() - ROWS_SHOWN) + " more in report.json.\n");
        }
    }

    private static String pages(List<Source> sources) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(SOURCES_SHOWN, sources.size()); i++) {
            text.append(i == 0 ? "" : "<br>").append(Markdown.cell(sources.get(i).withSourceText()));
        }
        if (sources.size() > SOURCES_SHOWN) {
            text.append("<br>and ").append(sources.size() - SOURCES_SHOWN).append(" more");
        }
        return text.toString();
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
