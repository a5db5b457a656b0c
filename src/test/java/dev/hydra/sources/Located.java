package dev.hydra.sources;

import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the files of a project in a temporary folder and locates the source of one broken link's place. */
final class Located {

    private Located() {}

    static Path write(Path root, String relative, String... lines) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A generated page of the site, as it is written: no skin around it. */
    static void page(Path root, String relative, String... lines) {
        write(root, "target/site/" + relative, lines);
    }

    /**
     * A generated page as a skin lays it out, the way Fluido does: a banner, breadcrumbs and a menu (the chrome) before
     * the content in {@code <main id="bodyColumn">}, one element a line.
     */
    static void skinned(Path root, String relative, List<String> chrome, List<String> content) {
        List<String> lines = new ArrayList<>(List.of(
                "<!DOCTYPE html>", "<html>", "<head><title>A page</title></head>", "<body>", "<div id=\"banner\">"));
        lines.addAll(chrome);
        lines.add("</div>");
        lines.add("<main id=\"bodyColumn\" class=\"span10\">");
        lines.addAll(content);
        lines.addAll(List.of("</main>", "<footer><a href=\"#\">Back to top</a></footer>", "</body>", "</html>"));
        write(root, "target/site/" + relative, lines.toArray(new String[0]));
    }

    /** The 1-based line of a generated page that holds {@code text} for the {@code occurrence}-th time (from 1). */
    static int lineOf(Path root, String relative, String text, int occurrence) {
        try {
            List<String> lines = Files.readAllLines(root.resolve("target/site/" + relative));
            int seen = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text) && ++seen == occurrence) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(relative + " does not hold " + text + " " + occurrence + " times");
    }

    static SourceLocator site(Path root) {
        SourceFolders folders = new SourceFolders(
                root,
                root.resolve("src/site"),
                List.of(root.resolve("src/main/java")),
                List.of(root.resolve("src/test/java")));
        return new SourceLocator(
                folders,
                List.of(new SourceLocator.SiteFolder("/", root.resolve("target/site"), folders)),
                null,
                List.of());
    }

    static Source broken(SourceLocator locator, String url, String page, int line) {
        LinkResult link = new LinkResult(
                url,
                Verdict.BROKEN,
                ResultKind.MISSING_FILE,
                404,
                "404 Not Found",
                null,
                List.of(new Source(page, line)));
        return locator.locate(List.of(link)).get(0).sources().get(0);
    }
}
