package dev.hydra.output;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * GitHub Actions workflow commands, one per place that holds a dead link: {@code ::error file=F,line=N,title=Dead
 * link::URL: reason}, so that a pull request shows the dead link on the line of the file that holds it. Warnings
 * become {@code ::warning}. GitHub shows only the first few of a step, so the list is capped and a closing notice
 * says how many more there are and where.
 */
public final class GitHubAnnotations {

    private GitHubAnnotations() {}

    /**
     * @param fileOf the file of a page as shown in reports, relative to the repository's root with {@code /}
     *     separators, or null when the page is no file of the repository (a live site's page)
     * @param max the most annotations
     * @param reportFile where the rest can be read, named in the closing notice
     */
    public static List<String> lines(CheckResult result, Function<String, String> fileOf, int max, String reportFile) {
        return lines(result, fileOf, sourceFile -> null, max, reportFile);
    }

    /**
     * @param fileOf the file of a page as shown in reports, relative to the repository's root with {@code /}
     *     separators, or null when the page is no file of the repository (a live site's page)
     * @param sourceFileOf the file of a source file as {@link Source#sourceFile()} names it, relative to the
     *     repository's root, or null when it lies outside; a known source file wins over the page, since it is the
     *     file an author edits
     * @param max the most annotations
     * @param reportFile where the rest can be read, named in the closing notice
     */
    public static List<String> lines(
            CheckResult result,
            Function<String, String> fileOf,
            Function<String, String> sourceFileOf,
            int max,
            String reportFile) {
        List<String> lines = new ArrayList<>();
        int total = 0;
        for (LinkResult link : result.links()) {
            if (link.verdict() != Verdict.BROKEN && link.verdict() != Verdict.WARNING) {
                continue;
            }
            for (Source source : link.sources()) {
                total++;
                if (lines.size() < max) {
                    String sourceFile = source.hasSourceFile() ? sourceFileOf.apply(source.sourceFile()) : null;
                    lines.add(
                            sourceFile != null
                                    ? annotation(link, source, sourceFile, source.sourceLine())
                                    : source.hasSourceNote()
                                            ? annotation(link, source, null, 0) // no file of the build holds it
                                            : annotation(link, source, fileOf.apply(source.page()), source.line()));
                }
            }
        }
        if (total > max) {
            lines.add("::notice title=More dead links::"
                    + data((total - max) + " more dead link places are not annotated;" + " all of them are in "
                            + reportFile));
        }
        return lines;
    }

    private static String annotation(LinkResult link, Source source, String file, int line) {
        boolean broken = link.verdict() == Verdict.BROKEN;
        StringBuilder command = new StringBuilder(broken ? "::error " : "::warning ");
        if (file != null) {
            command.append("file=").append(property(file));
            if (line > 0) {
                command.append(",line=").append(line);
            }
            command.append(',');
        }
        command.append("title=").append(property(broken ? "Dead link" : "Link warning"));
        String where =
                file == null ? " (on " + source + (source.hasSourceNote() ? ", " + source.sourceNote() : "") + ")" : "";
        return command.append("::")
                .append(data(link.shownWithJudgedAs() + ": " + link.reason() + where))
                .toString();
    }

    /** The escaping GitHub's runner undoes in a command's message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping GitHub's runner undoes in a command's property values. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
