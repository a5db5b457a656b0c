package dev.hydra.crawl;

import dev.hydra.extract.DocumentFormat;
import dev.hydra.extract.DocumentLinks;
import dev.hydra.extract.PageLinks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * How a target in the project's own files is checked: found on disk, read and parsed when it is a document (for its
 * anchors), and crawled when it is one of the files whose links are checked. Runs on the workers.
 */
final class FileChecks {

    private final RepositoryFiles files;
    private final Executor workers;
    private final TargetChecks.Pages pages;
    private final Consumer<String> notices;
    private final UrlDisplay display;
    private final PageExtraction extraction;

    FileChecks(
            RepositoryFiles files,
            Executor workers,
            TargetChecks.Pages pages,
            Consumer<String> notices,
            UrlDisplay display,
            PageExtraction extraction) {
        this.files = files;
        this.workers = workers;
        this.pages = pages;
        this.notices = notices;
        this.display = display;
        this.extraction = extraction;
    }

    /** Checks a file target; the future completes with its outcome, once its links (if crawled) are found. */
    CompletableFuture<TargetOutcome> check(Target target) {
        return CompletableFuture.supplyAsync(() -> checkNow(target), workers);
    }

    private TargetOutcome checkNow(Target target) {
        URI uri = URI.create(target.url);
        RepositoryFiles.Found found;
        try {
            found = files.find(uri);
        } catch (IOException e) {
            return Verdicts.unreadableFile(display.show(uri), e);
        }
        if (found instanceof RepositoryFiles.Found.Missing missing) {
            return Verdicts.missingFile(missing.relative());
        }
        if (found instanceof RepositoryFiles.Found.OutsideBase outside) {
            return Verdicts.outsideBase(outside.written());
        }
        if (found instanceof RepositoryFiles.Found.Folder) {
            return Verdicts.FOLDER_FOUND;
        }
        if (!(found instanceof RepositoryFiles.Found.File file) || file.body() == null) {
            return Verdicts.FILE_FOUND;
        }
        String shown = display.show(uri);
        DocumentLinks document;
        try {
            document = extraction.document(file.body(), uri, file.truncated());
        } catch (RuntimeException | StackOverflowError e) {
            notices.accept(
                    "a file could not be parsed, so its links and anchors were not checked: " + shown + " (" + e + ")");
            return Verdicts.FILE_FOUND;
        }
        if (document.problem() != null) {
            notices.accept(shown + ": " + document.problem()
                    + (document.links().isEmpty() && document.anchors().isEmpty()
                            ? ": its links and anchors were not checked"
                            : ": read with each malformed byte replaced"));
        }
        Set<String> anchors = withGitHubPrefix(document.anchors(), file.path());
        TargetOutcome exists = Verdicts.FILE_FOUND.withAnchors(anchors, file.truncated());
        if (files.isSelected(target.url) && pages.admit(target, uri)) {
            pages.crawl(target, uri, new PageLinks(document.links(), anchors));
            return file.truncated() ? exists.crawledInPart() : exists;
        }
        return exists;
    }

    /**
     * GitHub writes a Markdown heading's id as {@code user-content-} plus its slug, and a link to either form reaches
     * it: both are anchors of the file.
     */
    private static Set<String> withGitHubPrefix(Set<String> anchors, Path file) {
        if (DocumentFormat.of(file.getFileName().toString()).orElse(null) != DocumentFormat.MARKDOWN) {
            return anchors;
        }
        Set<String> both = new HashSet<>(anchors);
        anchors.forEach(anchor -> both.add("user-content-" + anchor));
        return both;
    }
}
