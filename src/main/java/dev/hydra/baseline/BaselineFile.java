package dev.hydra.baseline;

import dev.hydra.io.AtomicFile;
import dev.hydra.io.TextLines;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkPlace;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads and writes a baseline file: the dead links known when it was written, one link place a line (the link,
 * a tab, the page that holds it), sorted, after a comment header. It holds no timestamp or count, so that two runs
 * on the same site write the same bytes and a review shows only the places that came or went.
 */
public final class BaselineFile {

    /** What every line but a comment must look like, for error messages. */
    static final String LINE_SHAPE = "each line is a link, a tab and the page that holds it, as reports show them "
            + "(/missing.html<TAB>/index.html); lines starting with # are comments";

    static final String HEADER = """
            # Hydra baseline: dead links known when this file was written, so that only new ones fail the build.
            # One link place a line: the link, a tab, the page or file that holds it. hydra:check reports these as
            # known and names the lines to delete once they work again; -Dhydra.baseline=false ignores this file.
            # Regenerate it with: mvn hydra:baseline
            """;

    /** Longer lines are no entry: links are at most maxUrlLength characters. */
    static final int MAX_LINE_LENGTH = 64 * 1024;

    /** How many lines that are no entry are named one by one; the rest are counted in one more notice. */
    static final int MAX_LINE_NOTICES = 5;

    private BaselineFile() {}

    /**
     * Writes the broken link places of {@code result}, replacing the file atomically.
     *
     * @return how many entries were written
     */
    public static int write(CheckResult result, Path file) throws IOException {
        TreeSet<String> lines = new TreeSet<>();
        for (LinkPlace place : result.brokenPlaces()) {
            lines.add(BaselineLine.of(place));
        }
        AtomicFile.replace(file, out -> {
            out.write(HEADER);
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        });
        return lines.size();
    }

    /**
     * Reads a baseline file line by line, in bounded memory. Blank lines and {@code #} comments are skipped. What
     * editors add is no part of an entry: a byte-order mark, a CR before the LF, spaces at the end of a line. A line
     * that is no entry is left out with a notice naming it; its link then fails the build as one not in the baseline,
     * and the notice says why.
     *
     * @throws IOException when the file cannot be read at all
     */
    public static Baseline read(Path file) throws IOException {
        return read(file, maxEntriesForHeap());
    }

    static Baseline read(Path file, int maxEntries) throws IOException {
        List<BaselineEntry> entries = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        long bad = 0;
        long overflow = 0;
        try (TextLines lines = TextLines.open(file, MAX_LINE_LENGTH)) {
            for (TextLines.Line line = lines.next(); line != null; line = lines.next()) {
                String problem;
                String text = null;
                if (line instanceof TextLines.Text written) {
                    text = written.text().stripTrailing();
                    if (text.isEmpty() || text.startsWith("#")) {
                        continue;
                    }
                    problem = problem(text);
                } else {
                    problem = "it is longer than " + MAX_LINE_LENGTH + " characters";
                }
                if (problem != null) {
                    if (++bad <= MAX_LINE_NOTICES) {
                        notices.add(file + " line " + line.number() + " is not a baseline entry (" + problem
                                + ") and is left out: " + LINE_SHAPE
                                + ". Fix the line, or regenerate the file with mvn hydra:baseline");
                    }
                } else if (entries.size() < maxEntries) {
                    int tab = text.indexOf(BaselineLine.SEPARATOR);
                    entries.add(new BaselineEntry(
                            (int) Math.min(line.number(), Integer.MAX_VALUE),
                            text,
                            new LinkPlace(text.substring(0, tab), text.substring(tab + 1))));
                } else {
                    overflow++;
                }
            }
        }
        if (bad > MAX_LINE_NOTICES) {
            notices.add(file + ": " + (bad - MAX_LINE_NOTICES) + " more lines are not baseline entries and are left"
                    + " out. Regenerate the file with mvn hydra:baseline");
        }
        if (overflow > 0) {
            notices.add(file + " holds more entries than fit in memory: the last " + overflow + " are left out, and"
                    + " the dead links they list fail the build. Fix the dead links, then regenerate the file");
        }
        return new Baseline(file.toString(), entries, notices);
    }

    /** About a quarter of the heap's worth of entries (one costs some 400 bytes): a huge file costs no build. */
    private static int maxEntriesForHeap() {
        return (int) Math.max(10_000, Math.min(5_000_000, Runtime.getRuntime().maxMemory() / 4 / 400));
    }

    /** Why a line is no entry, or null when it is one. */
    private static String problem(String line) {
        int tab = line.indexOf(BaselineLine.SEPARATOR);
        if (tab < 0) {
            return "it has no tab";
        }
        if (line.indexOf(BaselineLine.SEPARATOR, tab + 1) >= 0) {
            return "it has more than one tab";
        }
        if (line.substring(0, tab).isBlank()) {
            return "its link is empty";
        }
        if (line.substring(tab + 1).isBlank()) {
            return "its page is empty";
        }
        return null;
    }
}
