package dev.hydra.maven;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.StatusCodes;
import dev.hydra.extract.UrlNormalizer;
import dev.hydra.http.HeaderRule;
import dev.hydra.http.HostPattern;
import dev.hydra.project.Remap;
import dev.hydra.project.RepositoryUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.model.Scm;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The mapping of a Hydra goal's parameters onto the engine's {@link CheckConfig}: it reads them where Maven sets them,
 * on the Mojo, and turns a value that cannot be used into a {@link MojoExecutionException} naming the parameter.
 */
final class ConfigMapping {

    private ConfigMapping() {}

    /** Maps the parameters onto the engine's configuration, or explains what to fix. */
    static CheckConfig.Builder configBuilder(AbstractHydraMojo mojo, ProjectLayout layout)
            throws MojoExecutionException {
        boolean hasUrl = mojo.url != null && !mojo.url.isBlank();
        if (hasUrl && mojo.directory != null) {
            throw new MojoExecutionException("Hydra: set either url or directory, not both (url=" + mojo.url
                    + ", directory=" + mojo.directory + ")");
        }
        CheckConfig.Builder builder = CheckConfig.builder();
        try {
            if (hasUrl) {
                builder.url(startUrl(mojo.url));
            } else if (mojo.directory != null) {
                builder.directory(mojo.directory.toPath().toAbsolutePath());
            }
            if (mojo.siteUrl != null && !mojo.siteUrl.isBlank()) {
                builder.siteUrl(startUrl(mojo.siteUrl));
            }
            if (mojo.threads != null) {
                builder.threads(mojo.threads);
            }
            builder.maxConnectionsPerHost(mojo.maxConnectionsPerHost)
                    .minRequestInterval(Quantities.duration("minRequestInterval", mojo.minRequestInterval))
                    .timeout(Quantities.duration("timeout", mojo.timeout))
                    .retries(mojo.retries)
                    .maxRetryAfter(Quantities.duration("maxRetryAfter", mojo.maxRetryAfter))
                    .maxRedirects(mojo.maxRedirects)
                    .acceptedStatusCodes(statusCodes("acceptedStatusCodes", mojo.acceptedStatusCodes))
                    .warningStatusCodes(statusCodes("warningStatusCodes", mojo.warningStatusCodes))
                    .skipExternal(mojo.skipExternal || mojo.isOffline())
                    .checkPrivateAddresses(mojo.checkPrivateAddresses)
                    .maxPages(mojo.maxPages)
                    .maxDepth(mojo.maxDepth)
                    .maxChainLength(mojo.maxChainLength)
                    .maxUrlLength(mojo.maxUrlLength)
                    .checkExternalAnchors(mojo.checkExternalAnchors)
                    .maxPageSize(Quantities.size("maxPageSize", mojo.maxPageSize));
            if (mojo.useCache && mojo.cacheDirectory != null) {
                builder.cacheDirectory(mojo.cacheDirectory.toPath().toAbsolutePath())
                        .cacheTtl(Quantities.duration("cacheTtl", mojo.cacheTtl));
            }
            if (mojo.userAgent != null && !mojo.userAgent.isBlank()) {
                builder.userAgent(mojo.userAgent);
            }
            if (mojo.headers != null) {
                for (Header header : mojo.headers) {
                    if (header.getHost() == null || header.getName() == null || header.getValue() == null) {
                        throw new IllegalArgumentException("each <header> needs <host>, <name> and <value>");
                    }
                    builder.header(
                            new HeaderRule(new HostPattern(header.getHost()), header.getName(), header.getValue()));
                }
            }
            nonBlank(mojo.allowedPrivateHosts).forEach(builder::allowedPrivateHost);
            for (String exclude : nonBlank(mojo.excludes)) {
                builder.exclude(regex("excludes", exclude));
            }
            for (String include : nonBlank(mojo.includes)) {
                builder.include(regex("includes", include));
            }
            for (String host : nonBlank(mojo.insecureHosts)) {
                builder.insecureHost(new HostPattern(host));
            }
            for (String remap : nonBlank(mojo.remaps)) {
                builder.remap(Remap.parse(remap));
            }
            projectItself(mojo, layout, builder);
            MavenProxies.apply(
                    mojo.session != null ? mojo.session.getSettings() : null,
                    mojo.settingsDecrypter,
                    builder,
                    mojo.getLog());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Hydra: " + e.getMessage(), e);
        }
        return builder;
    }

    /**
     * The configuration a builder holds, or an error: values that parse but make no sense (threads 0, timeout 0s)
     * are a configuration error, not a crash.
     */
    static CheckConfig build(CheckConfig.Builder builder) throws MojoExecutionException {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Hydra: " + e.getMessage(), e);
        }
    }

    /**
     * What a check needs to judge links to the project itself: its folder, its repository from {@code <scm>}, and,
     * with {@code checkPomUrls}, the POM's URLs.
     */
    private static void projectItself(AbstractHydraMojo mojo, ProjectLayout layout, CheckConfig.Builder builder) {
        Path base = layout.baseDirectory();
        builder.projectDirectory(base).filesRoot(layout.linkRoot(base));
        if (mojo.project == null || mojo.project.getFile() == null) {
            return;
        }
        Scm scm = mojo.project.getModel().getScm();
        if (scm != null) {
            RepositoryUrls.ofScm(scm.getUrl(), scm.getConnection(), scm.getDeveloperConnection())
                    .ifPresent(builder::repository);
        }
        if (mojo.checkPomUrls) {
            Path localRepository = mojo.session != null && mojo.session.getLocalRepository() != null
                    ? Path.of(mojo.session.getLocalRepository().getBasedir())
                    : null;
            builder.pomUrls(PomUrls.of(mojo.project, layout.linkRoot(base), localRepository));
        }
    }

    private static URI startUrl(String text) {
        try {
            URI uri = new URI(text.trim());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not an http(s) URL; to check local files use <directory>");
            }
            return UrlNormalizer.parseAbsolute(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URL: " + e.getReason());
        }
    }

    private static Pattern regex(String parameter, String text) {
        try {
            return Pattern.compile(text.trim());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    parameter + ": '" + text + "' is not a regular expression: " + e.getDescription());
        }
    }

    /** Names the parameter in the message, since both status code parameters look alike. */
    private static StatusCodes statusCodes(String parameter, String text) {
        try {
            return StatusCodes.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(parameter + ": " + e.getMessage(), e);
        }
    }

    /** The values of a list parameter that say something: Maven leaves blank entries for empty elements. */
    static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
