package dev.hydra.maven;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.maven.model.DistributionManagement;
import org.apache.maven.project.MavenProject;

/**
 * Where {@code site:stage} puts a project's site below the site of its top project: the parent at {@code /}, a
 * module at {@code /module-a/}. As maven-site-plugin computes it: the top project is the highest local parent whose
 * {@code distributionManagement.site.url} is on the same site, and the path is the project's site URL relative to
 * the top's (Maven appends each module's artifactId to the URL it inherits). Without site URLs, the path is made of
 * the artifactIds from the top down, as the parent's "Modules" menu links them.
 */
final class StagedSitePath {

    private StagedSitePath() {}

    /** The project's path in the staged site, starting and ending with {@code /}. */
    static String of(MavenProject project) {
        MavenProject top = topOf(project);
        String relative = belowTop(project, top);
        if (relative != null) {
            return relative;
        }
        StringBuilder path = new StringBuilder();
        for (MavenProject step = project; step != top && step != null; step = step.getParent()) {
            path.insert(0, step.getArtifactId() + "/");
        }
        return "/" + path;
    }

    /**
     * The path of a module read from its POM outside the session, declared by a project at {@code declaringPath}: its
     * site URL relative to {@code top}'s, as for any project, else the declaring project's path and its artifactId.
     */
    static String ofModule(MavenProject module, String declaringPath, MavenProject top) {
        String relative = belowTop(module, top);
        return relative != null ? relative : declaringPath + module.getArtifactId() + "/";
    }

    /** The project's site URL relative to the top's, as a path {@code /a/b/}; null when either has none. */
    private static String belowTop(MavenProject project, MavenProject top) {
        String projectUrl = siteUrl(project);
        String topUrl = siteUrl(top);
        return projectUrl == null || topUrl == null ? null : relative(projectUrl, topUrl);
    }

    /** The highest parent that is a local project (not one from a repository) on the same site. */
    static MavenProject topOf(MavenProject project) {
        MavenProject top = project;
        while (isLocal(top.getParent(), top) && sameSite(top.getParent(), top)) {
            top = top.getParent();
        }
        return top;
    }

    /** A parent is local when it is a pom of the same build tree, not one resolved from a repository. */
    private static boolean isLocal(MavenProject parent, MavenProject child) {
        if (parent == null || parent.getFile() == null || parent.getBasedir() == null || child.getBasedir() == null) {
            return false;
        }
        File parentFolder = parent.getBasedir().getAbsoluteFile();
        // a parent resolved from a repository has its pom in the local repository, above no module's folder
        return child.getBasedir()
                .getAbsoluteFile()
                .toPath()
                .normalize()
                .startsWith(parentFolder.toPath().normalize());
    }

    private static boolean sameSite(MavenProject parent, MavenProject child) {
        String parentUrl = siteUrl(parent);
        String childUrl = siteUrl(child);
        if (parentUrl == null || childUrl == null) {
            // without URLs the folders decide; a parent with a URL holds a child without one, not the reverse
            return childUrl == null;
        }
        try {
            URI a = new URI(parentUrl);
            URI b = new URI(childUrl);
            return equal(a.getScheme(), b.getScheme()) && equal(a.getAuthority(), b.getAuthority());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String siteUrl(MavenProject project) {
        DistributionManagement management = project.getDistributionManagement();
        return management == null || management.getSite() == null
                ? null
                : management.getSite().getUrl();
    }

    /** {@code to} below {@code from} as a path {@code /a/b/}, or null when it does not lie below it. */
    private static String relative(String to, String from) {
        String base = from.endsWith("/") ? from : from + "/";
        String target = to.endsWith("/") ? to : to + "/";
        if (!target.startsWith(base)) {
            return null;
        }
        String below = target.substring(base.length());
        for (String segment : below.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return ("/" + below).replaceAll("/{2,}", "/");
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
