package dev.hydra.maven;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.output.SiteReportModel;
import dev.hydra.output.SummaryBar;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * Draws the "Dead Links" page through the Doxia Sink. Every string that came from a crawled page goes through
 * {@link Sink#text}, which escapes it; the base class's cell helpers are not used for such strings because they
 * turn {@code {text, url}} patterns into links. The only raw output is the summary bar, built from numbers.
 */
final class DeadLinksRenderer extends AbstractMavenReportRenderer {

    static final String TITLE = "Dead Links";
    /** The comments around the page's body, by which {@link RenderedReportPage} finds it to write it again. */
    static final String BODY_BEGINS = "hydra:dead-links-begin";

    static final String BODY_ENDS = "hydra:dead-links-end";

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final SiteReportModel model;
    private final String provenance;

    /**
     * @param model the results, or null when there are none
     * @param provenance where the results came from, or, without results, why there are none and what to do
     */
    DeadLinksRenderer(Sink sink, SiteReportModel model, String provenance) {
        super(sink);
        this.model = model;
        this.provenance = provenance;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        sink.comment(BODY_BEGINS);
        renderResults();
        sink.comment(BODY_ENDS);
    }

    private void renderResults() {
        startSection(TITLE);
        if (model == null) {
            paragraph("No link check results to show.");
            textParagraph(provenance);
            endSection();
            return;
        }
        CheckResult result = model.result();
        Summary s = result.summary();
        sink.paragraph();
        sink.text("Checked ");
        sink.inline(SinkEventAttributeSet.Semantics.CODE);
        sink.text(result.start());
        sink.inline_();
        sink.text(String.format(
                Locale.ROOT,
                " on %s: %d links on %d pages in %.1f s.",
                WHEN.format(result.checkedAt()),
                s.links(),
                s.pages(),
                s.durationMillis() / 1000.0));
        sink.paragraph_();
        textParagraph(provenance);
        renderSummary(s);
        renderNotices(result.notices());
        renderBroken();
        renderWarnings();
        renderTargets();
        renderSettings(result.settings());
        endSection();
    }

    private void renderSummary(Summary s) {
        sink.paragraph();
        sink.rawText(SummaryBar.svg(model.shares())); // numbers and fixed labels only: see SummaryBar
        sink.paragraph_();
        sink.table();
        sink.tableRows();
        headerRow("Verdict", "Links", "Share");
        for (SiteReportModel.Share share : model.shares()) {
            sink.tableRow();
            sink.tableCell();
            sink.rawText(SummaryBar.swatch(share.verdict())); // a fixed colour square, no crawled text
            sink.text(" " + share.verdict().label());
            sink.tableCell_();
            cell(String.valueOf(share.count()));
            cell(s.links() == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * share.count() / s.links()));
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private void renderNotices(List<String> notices) {
        if (notices.isEmpty()) {
            return;
        }
        sink.list();
        for (String notice : notices) {
            sink.listItem();
            sink.text(notice);
            sink.listItem_();
        }
        sink.list_();
    }

    private void renderBroken() {
        List<SiteReportModel.PageGroup> pages = model.brokenByPage();
        int broken = model.result().summary().broken();
        startSection(
                "Broken links (" + broken + " on " + pages.size() + " page" + (pages.size() == 1 ? "" : "s") + ")");
        if (broken == 0) {
            paragraph("No broken links.");
        } else {
            textParagraph("By kind: " + model.brokenKinds() + ".");
            renderBrokenTargets();
        }
        for (SiteReportModel.PageGroup page : pages.subList(0, Math.min(SiteReportModel.PAGES_SHOWN, pages.size()))) {
            sink.section(3, null);
            sink.sectionTitle(3, null);
            linkOrText(page.page(), model.pageHref(page.page()));
            sink.text(" (" + page.broken().size() + ")");
            sink.sectionTitle_(3);
            sink.table();
            sink.tableRows();
            // the Source column shows only on pages generated from a known source, where it is the line to fix
            boolean sources = page.broken().stream().anyMatch(entry -> entry.sourceText() != null);
            if (sources) {
                headerRow("Target", "Kind", "Status", "Reason", "Line", "Source");
            } else {
                headerRow("Target", "Kind", "Status", "Reason", "Line");
            }
            List<SiteReportModel.BrokenOnPage> rows = page.broken();
            for (SiteReportModel.BrokenOnPage entry :
                    rows.subList(0, Math.min(SiteReportModel.ROWS_SHOWN, rows.size()))) {
                LinkResult link = entry.link();
                boolean known = model.result().isKnown(link, new Source(page.page(), entry.line()));
                sink.tableRow();
                linkCell(link.shownWithJudgedAs(), model.targetHref(link));
                cell(kind(link));
                cell(status(link));
                cell(link.reason() + (known ? " (known: listed in the baseline)" : ""));
                cell(entry.line() > 0 ? String.valueOf(entry.line()) : "-");
                if (sources) {
                    cell(entry.sourceText() != null ? entry.sourceText() : "-");
                }
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
            if (rows.size() > SiteReportModel.ROWS_SHOWN) {
                textParagraph("And " + (rows.size() - SiteReportModel.ROWS_SHOWN)
                        + " more on this page, listed in report.json.");
            }
            sink.section_(3);
        }
        if (pages.size() > SiteReportModel.PAGES_SHOWN) {
            textParagraph("The " + SiteReportModel.PAGES_SHOWN + " pages with most broken links are shown; the other "
                    + (pages.size() - SiteReportModel.PAGES_SHOWN) + " are listed in report.json.");
        }
        List<LinkResult> orphans = model.brokenWithoutPage();
        if (!orphans.isEmpty()) {
            paragraph("Broken without a page that links to them (the start address):");
            linkTable(orphans);
        }
        endSection();
    }

    /** The broken targets on most pages first: the biggest causes, each one fix. */
    private void renderBrokenTargets() {
        List<SiteReportModel.TargetCount> targets = model.brokenTargets();
        paragraph("Broken targets, those on most pages first"
                + (model.result().summary().broken() > targets.size() ? " (the first " + targets.size() + "):" : ":"));
        sink.table();
        sink.tableRows();
        headerRow("Pages", "Target", "Kind", "Reason");
        for (SiteReportModel.TargetCount target : targets) {
            sink.tableRow();
            cell(String.valueOf(target.pages()));
            linkCell(target.link().url(), model.targetHref(target.link()));
            cell(kind(target.link()));
            cell(target.link().reason());
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private void renderWarnings() {
        List<LinkResult> warnings = model.warnings();
        startSection("Warnings (" + warnings.size() + ")");
        if (warnings.isEmpty()) {
            paragraph("No warnings.");
        } else {
            paragraph("Not counted as broken: rate limits, bot walls and other answers that do not prove a link dead.");
            linkTable(warnings);
        }
        endSection();
    }

    private void linkTable(List<LinkResult> links) {
        sink.table();
        sink.tableRows();
        headerRow("Target", "Kind", "Status", "Reason", "Pages");
        for (LinkResult link : links) {
            StringBuilder pages = new StringBuilder();
            link.sources().stream()
                    .limit(10)
                    .forEach(source ->
                            pages.append(pages.length() == 0 ? "" : ", ").append(source.withSourceText()));
            if (link.sources().size() > 10) {
                pages.append(" and ").append(link.sources().size() - 10).append(" more");
            }
            sink.tableRow();
            linkCell(link.shownWithJudgedAs(), model.targetHref(link));
            cell(kind(link));
            cell(status(link));
            cell(link.reason());
            cell(pages.toString());
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private void renderTargets() {
        List<SiteReportModel.TargetCount> targets = model.targets();
        startSection("Links by target (" + model.targetCount() + ")");
        paragraph("How many pages hold each link, most-linked first"
                + (model.targetCount() > targets.size()
                        ? "; the first " + targets.size() + " are shown, all are in report.json."
                        : "."));
        sink.table();
        sink.tableRows();
        headerRow("Pages", "Target", "Verdict");
        for (SiteReportModel.TargetCount target : targets) {
            sink.tableRow();
            cell(String.valueOf(target.pages()));
            linkCell(target.link().url(), model.targetHref(target.link()));
            cell(target.link().verdict().label());
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        endSection();
    }

    private void renderSettings(Map<String, String> settings) {
        startSection("Settings that change verdicts");
        sink.table();
        sink.tableRows();
        headerRow("Setting", "Value");
        settings.forEach((name, value) -> row(name, value));
        sink.tableRows_();
        sink.table_();
        endSection();
    }

    private void textParagraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private void headerRow(String... names) {
        sink.tableRow();
        for (String name : names) {
            sink.tableHeaderCell();
            sink.text(name);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private void row(String... cells) {
        sink.tableRow();
        for (String text : cells) {
            cell(text);
        }
        sink.tableRow_();
    }

    /** A table cell holding a link to {@code href}, or the bare text when there is none. */
    private void linkCell(String text, String href) {
        sink.tableCell();
        linkOrText(text, href);
        sink.tableCell_();
    }

    /**
     * The text as a link to {@code href}, which {@link SiteReportModel} only gives for a valid http(s) URL (no quote,
     * space or markup can be in it); the Sink escapes both.
     */
    private void linkOrText(String text, String href) {
        if (href == null) {
            sink.text(text);
            return;
        }
        sink.link(href);
        sink.text(text);
        sink.link_();
    }

    /** A table cell whose text is escaped by the Sink, whatever it holds. */
    private void cell(String text) {
        sink.tableCell();
        sink.text(text == null || text.isEmpty() ? "-" : text);
        sink.tableCell_();
    }

    /** The kind's title ({@code Anchor not found}); its id is in report.json and the SARIF rules. */
    private static String kind(LinkResult link) {
        return link.kind() == null ? "-" : link.kind().title();
    }

    private static String status(LinkResult link) {
        return link.hasStatus() ? String.valueOf(link.status()) : "-";
    }
}
