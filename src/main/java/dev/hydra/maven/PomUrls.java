package dev.hydra.maven;

import dev.hydra.project.PomUrl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Contributor;
import org.apache.maven.model.Developer;
import org.apache.maven.model.DistributionManagement;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.License;
import org.apache.maven.model.MailingList;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;

/**
 * The URLs of a project's effective POM, each at the file and line that declare it, as Maven's model tracks input
 * locations: a value inherited from a parent in the project names that parent's file; one from a parent outside it
 * (the local repository) names the parent as {@code groupId:artifactId:version}.
 */
final class PomUrls {

    private final Path root;
    private final Path localRepository;
    private final Path ownPom;
    private final List<PomUrl> urls = new ArrayList<>();

    private PomUrls(Path root, Path localRepository, Path ownPom) {
        this.root = root.toAbsolutePath().normalize();
        this.localRepository = localRepository == null
                ? null
                : localRepository.toAbsolutePath().normalize();
        this.ownPom = ownPom.toAbsolutePath().normalize();
    }

    /**
     * @param root the top folder of the build, which files are named from
     * @param localRepository the local repository, whose POMs are named by their coordinates; or null
     */
    static List<PomUrl> of(MavenProject project, Path root, Path localRepository) {
        PomUrls found = new PomUrls(root, localRepository, project.getFile().toPath());
        found.read(project.getModel());
        Set<PomUrl> unique = new LinkedHashSet<>(found.urls);
        return List.copyOf(unique);
    }

    private void read(Model model) {
        add(model.getUrl(), "url", model, "url");
        if (model.getOrganization() != null) {
            add(model.getOrganization().getUrl(), "organization/url", model.getOrganization(), "url");
        }
        if (model.getIssueManagement() != null) {
            add(model.getIssueManagement().getUrl(), "issueManagement/url", model.getIssueManagement(), "url");
        }
        if (model.getCiManagement() != null) {
            add(model.getCiManagement().getUrl(), "ciManagement/url", model.getCiManagement(), "url");
        }
        if (model.getScm() != null) {
            add(model.getScm().getUrl(), "scm/url", model.getScm(), "url");
        }
        for (License license : model.getLicenses()) {
            add(license.getUrl(), "licenses/license/url", license, "url");
        }
        for (Developer developer : model.getDevelopers()) {
            add(developer.getUrl(), "developers/developer/url", developer, "url");
            add(developer.getOrganizationUrl(), "developers/developer/organizationUrl", developer, "organizationUrl");
        }
        for (Contributor contributor : model.getContributors()) {
            add(contributor.getUrl(), "contributors/contributor/url", contributor, "url");
            add(
                    contributor.getOrganizationUrl(),
                    "contributors/contributor/organizationUrl",
                    contributor,
                    "organizationUrl");
        }
        for (MailingList list : model.getMailingLists()) {
            add(list.getArchive(), "mailingLists/mailingList/archive", list, "archive");
            List<String> others = list.getOtherArchives();
            InputLocation othersLocation = list.getLocation("otherArchives");
            for (int i = 0; i < others.size(); i++) {
                InputLocation at = othersLocation == null ? null : othersLocation.getLocation(i);
                add(others.get(i), "mailingLists/mailingList/otherArchives", at != null ? at : othersLocation);
            }
        }
        DistributionManagement distribution = model.getDistributionManagement();
        if (distribution != null
                && distribution.getSite() != null
                && PublicSiteUrl.isHttp(distribution.getSite().getUrl())) {
            add(distribution.getSite().getUrl(), "distributionManagement/site/url", distribution.getSite(), "url");
        }
    }

    private void add(String url, String element, InputLocationTracker owner, String field) {
        add(url, element, owner.getLocation(field));
    }

    private void add(String url, String element, InputLocation location) {
        if (url == null || url.isBlank()) {
            return;
        }
        int line = location == null ? 0 : Math.max(0, location.getLineNumber());
        InputSource source = location == null ? null : location.getSource();
        Path file = source == null || source.getLocation() == null
                ? ownPom
                : Path.of(source.getLocation()).toAbsolutePath().normalize();
        boolean inProject = file.startsWith(root) && (localRepository == null || !file.startsWith(localRepository));
        if (inProject) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            urls.add(new PomUrl(url.strip(), element, file, "/" + relative, line));
        } else {
            String coordinates = source.getModelId() != null
                    ? source.getModelId()
                    : file.getFileName().toString();
            urls.add(new PomUrl(url.strip(), element, null, coordinates, line));
        }
    }
}
