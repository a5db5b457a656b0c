package dev.hydra.crawl;

import dev.hydra.extract.Anchors;
import dev.hydra.extract.LinkTarget;
import dev.hydra.extract.UrlNormalizer;
import dev.hydra.project.GitCheckout;
import dev.hydra.project.Remap;
import dev.hydra.project.RepositoryPath;
import dev.hydra.project.RepositoryUrls;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Links to the project itself, judged on this checkout: a {@code remaps} entry rewrites a link to another URL or to
 * a path of the project, and a link to the project's repository at the branch checked out names a file of the
 * checkout. Either way the link is judged as what it became, and reports show both.
 */
final class ProjectLinks {

    /**
     * What a link is judged as.
     *
     * @param target the rewritten link: a {@code file:} URL of the project's files, or another URL
     * @param lastLine the last line a link to the repository's file view names ({@code #L10-L20}), or 0
     */
    record Rewrite(LinkTarget target, int lastLine) {}

    private final List<Remap> remaps;
    private final RepositoryUrls repository;
    private final GitCheckout checkout;
    private final Path filesRoot;
    private final Path projectDirectory;

    /**
     * @param repository the project's repository, or null
     * @param checkout the git checkout the project lies in, or null
     * @param filesRoot the root of the project's files' URLs ({@code file:///} is this folder)
     * @param projectDirectory the folder a remap's path is relative to
     */
    ProjectLinks(
            List<Remap> remaps,
            RepositoryUrls repository,
            GitCheckout checkout,
            Path filesRoot,
            Path projectDirectory) {
        this.remaps = List.copyOf(remaps);
        this.repository = checkout == null ? null : repository;
        this.checkout = checkout;
        this.filesRoot = filesRoot.toAbsolutePath().normalize();
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
    }

    /** The links to the project itself of a check's configuration, or null when it rewrites none. */
    static ProjectLinks of(CheckConfig config) {
        Path root = config.filesRoot() != null ? config.filesRoot() : config.projectDirectory();
        if (root == null || config.remaps().isEmpty() && config.repository() == null) {
            return null;
        }
        Path project = config.projectDirectory() != null ? config.projectDirectory() : root;
        GitCheckout checkout = config.repository() == null
                ? null
                : GitCheckout.holding(project).orElse(null);
        if (checkout == null && config.remaps().isEmpty()) {
            return null; // a repository without a checkout of it: its links stay external
        }
        return new ProjectLinks(config.remaps(), config.repository(), checkout, root, project);
    }

    /** Where the project's files are rooted: {@code file:///} is this folder. */
    Path filesRoot() {
        return filesRoot;
    }

    /** What a link is judged as, or null when it is judged as written. */
    Rewrite rewrite(String url) {
        String current = url;
        boolean remapped = false;
        for (Remap remap : remaps) {
            String rewritten = remap.apply(current);
            if (rewritten == null) {
                continue;
            }
            if (!Remap.isAbsoluteUrl(rewritten)) {
                return new Rewrite(new LinkTarget.Web(fileUrl(projectDirectory, rewritten)), 0);
            }
            LinkTarget target = UrlNormalizer.resolve(rewritten, null);
            if (!(target instanceof LinkTarget.Web web)) {
                return new Rewrite(target, 0);
            }
            current = web.url();
            remapped = true;
            break; // the first entry that matches decides, as lychee's --remap does
        }
        Optional<RepositoryPath> path = repository == null ? Optional.empty() : repository.pathOf(current, checkout);
        if (path.isPresent()) {
            Path file = checkout.root().resolve(path.get().path()).normalize();
            // a file of the repository outside the checked project's folder has no file: URL: it stays a web link
            if (file.startsWith(filesRoot)) {
                String fragment = path.get().fragment();
                String fileUrl = RepositoryFiles.uriOf(filesRoot, file) + (fragment == null ? "" : "#" + fragment);
                return new Rewrite(new LinkTarget.Web(fileUrl), path.get().lastLine());
            }
        }
        return remapped ? new Rewrite(new LinkTarget.Web(current), 0) : null;
    }

    /** The {@code file:} URL of a path relative to {@code folder}, written as a link is ({@code docs/a.md#x}). */
    private String fileUrl(Path folder, String written) {
        String path = written;
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String decoded = Anchors.percentDecode(path);
        Path file = (decoded.startsWith("/") ? filesRoot.resolve(decoded.substring(1)) : folder.resolve(decoded))
                .normalize();
        return RepositoryFiles.uriOf(filesRoot, file) + fragment;
    }
}
