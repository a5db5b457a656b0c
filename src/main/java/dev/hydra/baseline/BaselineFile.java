package dev.hydra.baseline;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkPlace;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return lines.size();
    }

    /**
     * Reads a baseline file. Blank lines and {@code #} comments are skipped; a line ending in CR LF is read as
     * one ending in LF, since checkouts on Windows may convert them.
     *
     * @throws MalformedBaselineException naming the line that is not an entry and what an entry looks like
     */
    public static Baseline read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).endsWith("\r")
                    ? lines.get(i).substring(0, lines.get(i).length() - 1)
                    : lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            entries.add(entry(file, i + 1, line));
        }
        return new Baseline(file.toString(), entries);
    }

    private static BaselineEntry entry(Path file, int number, String line) throws MalformedBaselineException {
        int tab = line.indexOf(BaselineLine.SEPARATOR);
        String problem = null;
        if (tab < 0) {
            problem = "it has no tab";
        } else if (line.indexOf(BaselineLine.SEPARATOR, tab + 1) >= 0) {
            problem = "it has more than one tab";
        } else if (line.substring(0, tab).isBlank()) {
            problem = "its link is empty";
        } else if (line.substring(tab + 1).isBlank()) {
            problem = "its page is empty";
        }
        if (problem != null) {
            throw new MalformedBaselineException(file + " line " + number + " is not a baseline entry (" + problem
                    + "): " + LINE_SHAPE + ". Fix the line, or regenerate the file with mvn hydra:baseline");
        }
        return new BaselineEntry(number, line, new LinkPlace(line.substring(0, tab), line.substring(tab + 1)));
    }
}
