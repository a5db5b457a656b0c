package dev.hydra.maven;

import dev.hydra.extract.UrlNormalizer;
import dev.hydra.project.RepositoryUrls;
import java.net.URI;
import java.util.Locale;
import org.apache.maven.model.DistributionManagement;
import org.apache.maven.project.MavenProject;

/**
 * Where a project's site is published, when its POM tells: its {@code <url>}, else its
 * {@code distributionManagement} site URL when that is http(s) (an {@code scp:} or {@code file:} URL says where the
 * site is uploaded to, not where it is read). A {@code <url>} that names a repository on a code host
 * ({@code https://github.com/org/lib}) is where the code is read, not the Maven site: many projects without a published
 * site write it there.
 *
 * @param url the public URL, normalized as links are
 * @param from what in the POM gives it, for the build log
 */
record PublicSiteUrl(URI url, String from) {

    /** The public URL of a project's site, or null when its POM names none. */
    static PublicSiteUrl of(MavenProject project) {
        if (project == null) {
            return null;
        }
        URI url = http(project.getUrl());
        if (url != null && RepositoryUrls.ofScm(url.toString()).isEmpty()) {
            return new PublicSiteUrl(url, project.getArtifactId() + "'s <url>");
        }
        DistributionManagement management = project.getDistributionManagement();
        URI site = management == null || management.getSite() == null
                ? null
                : http(management.getSite().getUrl());
        return site == null
                ? null
                : new PublicSiteUrl(site, project.getArtifactId() + "'s distributionManagement site URL");
    }

    private static URI http(String text) {
        if (text == null || text.isBlank() || text.contains("${")) {
            return null;
        }
        if (!isHttp(text)) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return UrlNormalizer.parseAbsolute(trimmed);
        } catch (IllegalArgumentException e) {
            return null; // a URL no browser could open publishes nothing: the site's address stays unknown
        }
    }

    /** Whether a POM's URL is a web address (http or https), not an upload address such as {@code scp:}. */
    static boolean isHttp(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
