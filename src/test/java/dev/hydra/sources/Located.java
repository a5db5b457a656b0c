package dev.hydra.sources;

import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** A generated page of {@code lines} lines, which sets where on it a link is. */
    static void page(Path root, String relative, int lines) {
        write(root, "target/site/" + relative, "<p>x</p>\n".repeat(lines).split("\n"));
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
