package dev.hydra.model;

/**
 * A place that holds a link: the page (as shown in reports) and the 1-based line of the element, or 0 when the
 * line is unknown; and, when Hydra found it, the source file the page was generated from and the line in it, or a
 * note saying where the link comes from when that is no file of the build.
 *
 * @param page the page as shown in reports
 * @param line the 1-based line on the page, or 0 when unknown
 * @param sourceFile the file an author edits to fix the link: the page's source (Markdown, Java, ...), the site
 *     descriptor for a link of the skin's menus, or the page itself for the project's own files; relative to the
 *     build's top folder with {@code /} separators; null when unknown
 * @param sourceLine the 1-based line in {@code sourceFile} that holds the link, or 0 when unknown
 * @param sourceNote where the link comes from when no file of the build holds it ({@link #INHERITED}), or null; never
 *     together with a source file
 */
public record Source(String page, int line, String sourceFile, int sourceLine, String sourceNote)
        implements Comparable<Source> {

    /** The note of a link of a skin's menus, banner or breadcrumbs that the project's own site descriptor lacks. */
    public static final String INHERITED = "from the parent's site descriptor, a generated menu or the skin";

    public Source {
        if (sourceFile == null && sourceLine != 0) {
            throw new IllegalArgumentException("a source line needs its source file: " + page + ", " + sourceLine);
        }
        if (sourceFile != null && sourceNote != null) {
            throw new IllegalArgumentException("a source file needs no note: " + page + ", " + sourceNote);
        }
    }

    /** A place whose source file is unknown. */
    public Source(String page, int line) {
        this(page, line, null, 0, null);
    }

    /** This place with the source file it comes from and the line in it (0 when unknown). */
    public Source withSourceFile(String file, int lineInFile) {
        return new Source(page, line, file, file == null ? 0 : lineInFile, null);
    }

    /** This place with a note on where its link comes from instead of a source file. */
    public Source withSourceNote(String note) {
        return new Source(page, line, null, 0, note);
    }

    /** Whether the source file is known. */
    public boolean hasSourceFile() {
        return sourceFile != null;
    }

    /** Whether a note says where the link comes from, which no file of the build holds. */
    public boolean hasSourceNote() {
        return sourceNote != null;
    }

    /**
     * The source file and line as a person reads them ({@code src/site/markdown/guide.md:3}), else the note, or null
     * when neither is known.
     */
    public String sourceText() {
        if (sourceFile == null) {
            return sourceNote;
        }
        return sourceLine > 0 ? sourceFile + ":" + sourceLine : sourceFile;
    }

    /**
     * The page and line with the source beside it, {@code /guide.html:12 (src/site/markdown/guide.md:3)}, for reports a
     * person reads; just the page when the source is unknown or is the page itself (the project's own files).
     */
    public String withSourceText() {
        if (sourceText() == null || page.equals("/" + sourceFile) && line == sourceLine) {
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
