package dev.hydra.model;

/**
 * A place that holds a link: the page (as shown in reports) and the 1-based line of the element, or 0 when the
 * line is unknown; and, when Hydra found it, the source file the page was generated from and the line in it.
 *
 * @param page the page as shown in reports
 * @param line the 1-based line on the page, or 0 when unknown
 * @param sourceFile the file the page comes from (a Markdown or Javadoc source, or the page itself for the
 *     project's own files), relative to the build's top folder with {@code /} separators; null when unknown
 * @param sourceLine the 1-based line in {@code sourceFile} that holds the link, or 0 when unknown
 */
public record Source(String page, int line, String sourceFile, int sourceLine) implements Comparable<Source> {

    public Source {
        if (sourceFile == null && sourceLine != 0) {
            throw new IllegalArgumentException("a source line needs its source file: " + page + ", " + sourceLine);
        }
    }

    /** A place whose source file is unknown. */
    public Source(String page, int line) {
        this(page, line, null, 0);
    }

    /** This place with the source file it comes from and the line in it (0 when unknown). */
    public Source withSourceFile(String file, int lineInFile) {
        return new Source(page, line, file, file == null ? 0 : lineInFile);
    }

    /** Whether the source file is known. */
    public boolean hasSourceFile() {
        return sourceFile != null;
    }

    /** The source file and line as a person reads them ({@code src/site/markdown/guide.md:3}), or null when unknown. */
    public String sourceText() {
        if (sourceFile == null) {
            return null;
        }
        return sourceLine > 0 ? sourceFile + ":" + sourceLine : sourceFile;
    }

    /**
     * The page and line with the source beside it, {@code /guide.html:12 (src/site/markdown/guide.md:3)}, for reports a
     * person reads; just the page when the source is unknown or is the page itself (the project's own files).
     */
    public String withSourceText() {
        if (sourceFile == null || page.equals("/" + sourceFile) && line == sourceLine) {
            return toString();
        }
        return this + " (" + sourceText() + ")";
    }

    @Override
    public int compareTo(Source other) {
        int byPage = page.compareTo(other.page);
        return byPage != 0 ? byPage : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return line > 0 ? page + ":" + line : page;
    }
}
