package dev.hydra.output;

import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import java.util.List;
import java.util.Locale;

/** The plain-text lines Hydra prints in the build log. */
public final class ConsoleReport {

    /** How many holding pages are named per link before "and N more". */
    private static final int SOURCES_SHOWN = 5;

    private ConsoleReport() {}

    public static String summaryLine(CheckResult result) {
        Summary s = result.summary();
        return String.format(Locale.ROOT,
                "Hydra checked %d links on %d pages in %.1f s: %d ok, %d broken, %d warnings, %d skipped, %d excluded",
                s.links(), s.pages(), s.durationMillis() / 1000.0, s.ok(), s.broken(), s.warnings(), s.skipped(), s.excluded())
                + result.baseline().map(baseline -> "; baseline: " + result.knownCount() + " known, "
                        + baseline.fixed().size() + " fixed").orElse("");
    }

    /**
     * The baseline entries that are no longer broken, each as the exact line to delete from the file, with its
     * number; empty when there are none.
     */
    public static String fixedEntries(CheckResult result) {
        if (result.baseline().isEmpty() || result.baseline().get().fixed().isEmpty()) {
            return "";
        }
        BaselineOutcome baseline = result.baseline().get();
        int count = baseline.fixed().size();
        StringBuilder out = new StringBuilder();
        out.append(count).append(count == 1 ? " baseline entry is" : " baseline entries are")
                .append(" no longer broken: delete ").append(count == 1 ? "this line" : "these lines")
                .append(" from ").append(baseline.file()).append('\n');
        for (BaselineOutcome.FixedEntry entry : baseline.fixed()) {
            out.append("  line ").append(entry.line()).append(": ").append(clean(entry.place().url()))
                    .append('\t').append(clean(entry.place().page())).append('\n');
        }
        return out.toString();
    }

    /** One block per link: the URL, its reason, and the pages (with lines) that hold it. */
    public static String describe(List<LinkResult> links) {
        StringBuilder out = new StringBuilder();
        for (LinkResult link : links) {
            out.append("  ").append(clean(link.url())).append(" : ").append(clean(link.reason())).append('\n');
            out.append("      on ");
            List<Source> sources = link.sources();
            for (int i = 0; i < Math.min(SOURCES_SHOWN, sources.size()); i++) {
                out.append(i == 0 ? "" : ", ").append(clean(sources.get(i).toString()));
            }
            if (sources.size() > SOURCES_SHOWN) {
                out.append(" and ").append(sources.size() - SOURCES_SHOWN).append(" more pages");
            }
            out.append('\n');
        }
        return out.toString();
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
            boolean hidden = type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            out.append(Character.isISOControl(c) || hidden ? '?' : c);
        }
        return out.toString();
    }
}
