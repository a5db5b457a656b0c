package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.maven.model.DistributionManagement;
import org.apache.maven.model.Model;
import org.apache.maven.model.Site;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class PublicSiteUrlOfProjectTest {

    private static MavenProject project(String url, String siteUrl) {
        Model model = new Model();
        model.setArtifactId("lib");
        model.setUrl(url);
        if (siteUrl != null) {
            Site site = new Site();
            site.setUrl(siteUrl);
            DistributionManagement management = new DistributionManagement();
            management.setSite(site);
            model.setDistributionManagement(management);
        }
        return new MavenProject(model);
    }

    @Test
    void theProjectsUrlIsWhereItsSiteIsPublished() {
        PublicSiteUrl url = PublicSiteUrl.of(project("https://docs.example.org/org/lib/", null));
        assertEquals("https://docs.example.org/org/lib/", url.url().toString());
        assertEquals("lib's <url>", url.from());
    }

    @Test
    void aRepositoryOnACodeHostIsNotWhereTheSiteIsPublished() {
        assertNull(PublicSiteUrl.of(project("https://github.com/example/lib", null)));
        assertNull(PublicSiteUrl.of(project("https://gitlab.com/example/lib", "scp://host/www/lib")));
        PublicSiteUrl site =
                PublicSiteUrl.of(project("https://github.com/example/lib", "https://example.github.io/lib/"));
        assertEquals("https://example.github.io/lib/", site.url().toString());
    }

    @Test
    void anUploadAddressOrAPlaceholderPublishesNothing() {
        assertNull(PublicSiteUrl.of(project(null, "scp://host/www/lib")));
        assertNull(PublicSiteUrl.of(project("${site.base}/lib", null)));
    }
}
