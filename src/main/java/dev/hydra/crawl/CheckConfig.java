package dev.hydra.crawl;

import dev.hydra.http.HeaderRule;
import dev.hydra.http.HostPattern;
import dev.hydra.project.PomUrl;
import dev.hydra.project.Remap;
import dev.hydra.project.RepositoryUrls;
import dev.hydra.site.SitePart;
import dev.hydra.sources.SourceFolders;
import java.net.Authenticator;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a check needs to know. Build it with {@link #builder()}; every setting has the default a
 * user gets from the plugin. At most one of {@code url} and a served site (one {@code directory}, or the folders of
 * a multi-module site each under its path) is set, and {@code files} may come with either or stand alone.
 */
public record CheckConfig(
        URI url,
        List<SitePart> siteParts,
        List<String> absentSitePaths,
        Path filesRoot,
        List<Path> files,
        URI siteUrl,
        int threads,
        int maxConnectionsPerHost,
        Duration minRequestInterval,
        Duration timeout,
        int retries,
        Duration firstBackoff,
        Duration maxRetryAfter,
        int maxRedirects,
        String userAgent,
        List<HeaderRule> headers,
        StatusCodes acceptedStatusCodes,
        StatusCodes warningStatusCodes,
        List<Pattern> excludes,
        List<Pattern> includes,
        boolean skipExternal,
        boolean checkPrivateAddresses,
        List<String> allowedPrivateHosts,
        int maxPages,
        int maxDepth,
        int maxChainLength,
        int maxUrlLength,
        boolean checkExternalAnchors,
        long maxPageSize,
        List<HostPattern> insecureHosts,
        ProxySelector proxy,
        Authenticator proxyAuthenticator,
        Duration progressInterval,
        Path cacheDirectory,
        Duration cacheTtl,
        Clock clock,
        SourceFolders sourceFolders,
        Path projectDirectory,
        RepositoryUrls repository,
        List<Remap> remaps,
        List<PomUrl> pomUrls,
        Set<String> pagesRenderedLater) {

    public static final int DEFAULT_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    public static final int DEFAULT_MAX_CONNECTIONS_PER_HOST = 8;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final String DEFAULT_ACCEPTED = "200-299";
    public static final String DEFAULT_WARNING = "429,999";
    public static final Duration DEFAULT_CACHE_TTL = Duration.ofDays(1);
    public static final int DEFAULT_MAX_CHAIN_LENGTH = 1000;

    public CheckConfig {
        files = List.copyOf(files);
        siteParts = siteParts == null ? List.of() : List.copyOf(siteParts);
        absentSitePaths = absentSitePaths == null ? List.of() : List.copyOf(absentSitePaths);
        if (url != null && !siteParts.isEmpty()) {
            throw new IllegalArgumentException("set either url or directory, not both");
        }
        if (url == null && siteParts.isEmpty() && files.isEmpty() && (pomUrls == null || pomUrls.isEmpty())) {
            throw new IllegalArgumentException("nothing to check: set url, directory or files");
        }
        if (!files.isEmpty() && filesRoot == null) {
            throw new IllegalArgumentException("files need the base directory they are relative to");
        }
        headers = List.copyOf(headers);
        excludes = List.copyOf(excludes);
        includes = List.copyOf(includes);
        insecureHosts = List.copyOf(insecureHosts);
        allowedPrivateHosts = List.copyOf(allowedPrivateHosts);
        remaps = remaps == null ? List.of() : List.copyOf(remaps);
        pomUrls = pomUrls == null ? List.of() : List.copyOf(pomUrls);
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages
                    + ": it is the most pages whose links are followed; for no limit, set it above the site's size,"
                    + " such as maxPages=" + Integer.MAX_VALUE);
        }
        if (maxDepth < -1) {
            throw new IllegalArgumentException(
                    "maxDepth must be -1 (no limit) or at least 0 (the start page only), was " + maxDepth);
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be at least 1 byte, was " + maxPageSize
                    + ": it is the most of a page read for its links and anchors (8MB by default); for no limit in"
                    + " practice, set maxPageSize=2GB");
        }
        if (maxChainLength < 1) {
            throw new IllegalArgumentException("maxChainLength must be at least 1, was " + maxChainLength);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException(
                    "maxConnectionsPerHost must be at least 1, was " + maxConnectionsPerHost);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        if (retries < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("retries and maxRedirects cannot be negative");
        }
        clock = clock == null ? Clock.systemUTC() : clock;
        sourceFolders = sourceFolders == null ? SourceFolders.NONE : sourceFolders;
        pagesRenderedLater = pagesRenderedLater == null ? Set.of() : Set.copyOf(pagesRenderedLater);
        String refusal = HeaderRule.refusal("User-Agent", userAgent);
        if (refusal != null) {
            throw new IllegalArgumentException("userAgent cannot be sent: " + refusal);
        }
    }

    /** Whether a local site is served and crawled. */
    public boolean servesSite() {
        return !siteParts.isEmpty();
    }

    /** The folder of a site served whole at {@code /}, or null for none or a site of several folders. */
    public Path directory() {
        return siteParts.size() == 1 && siteParts.get(0).path().equals("/")
                ? siteParts.get(0).directory()
                : null;
    }

    /**
     * Whether a link into the served site, as reports show it ({@code /hydra.html}), leads to a page that the site
     * generator writes after this check, or into a folder it writes later ({@code /module-a/}): it is not judged, and
     * an earlier build's copy of it is not crawled.
     */
    public boolean isRenderedLater(String shown) {
        if (pagesRenderedLater.isEmpty()) {
            return false;
        }
        int end = shown.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = shown.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = shown.substring(0, end);
        if (pagesRenderedLater.contains(path)) {
            return true;
        }
        // a folder stands for every page under it: a module's site, written after its parent's
        for (String later : pagesRenderedLater) {
            if (later.endsWith("/") && (path.startsWith(later) || (path + "/").equals(later))) {
                return true;
            }
        }
        return false;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a URL, given in its forms (as fetched, and as reported: site-absolute for a served directory), is
     * left out: an {@code excludes} pattern is found in one of them, or {@code includes} are set and none of them
     * is found in any form.
     */
    public boolean isExcluded(String... forms) {
        if (matchesAnExclude(forms)) {
            return true;
        }
        if (includes.isEmpty()) {
            return false;
        }
        for (Pattern include : includes) {
            for (String form : forms) {
                if (include.matcher(form).find()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether an {@code excludes} pattern is found in any of the given forms of one URL. */
    public boolean matchesAnExclude(String... forms) {
        for (Pattern exclude : excludes) {
            for (String form : forms) {
                if (exclude.matcher(form).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A mutable builder with the plugin's defaults. */
    public static final class Builder {
        private URI url;
        private List<SitePart> siteParts = List.of();
        private List<String> absentSitePaths = List.of();
        private Path filesRoot;
        private final List<Path> files = new ArrayList<>();
        private URI siteUrl;
        private int threads = DEFAULT_THREADS;
        private int maxConnectionsPerHost = DEFAULT_MAX_CONNECTIONS_PER_HOST;
        private Duration minRequestInterval = Duration.ZERO;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int retries = 2;
        private Duration firstBackoff = Duration.ofMillis(500);
        private Duration maxRetryAfter = Duration.ofSeconds(30);
        private int maxRedirects = 10;
        private String userAgent = "hydra-maven-plugin/" + Version.current();
        private final List<HeaderRule> headers = new ArrayList<>();
        private StatusCodes acceptedStatusCodes = StatusCodes.parse(DEFAULT_ACCEPTED);
        private StatusCodes warningStatusCodes = StatusCodes.parse(DEFAULT_WARNING);
        private final List<Pattern> excludes = new ArrayList<>();
        private final List<Pattern> includes = new ArrayList<>();
        private boolean skipExternal;
        private boolean checkPrivateAddresses;
        private final List<String> allowedPrivateHosts = new ArrayList<>();
        private int maxPages = 100_000;
        private int maxDepth = -1;
        private int maxChainLength = DEFAULT_MAX_CHAIN_LENGTH;
        private int maxUrlLength = 4096;
        private boolean checkExternalAnchors;
        private long maxPageSize = 8L * 1024 * 1024;
        private final List<HostPattern> insecureHosts = new ArrayList<>();
        private ProxySelector proxy;
        private Authenticator proxyAuthenticator;
        private Duration progressInterval = Duration.ofSeconds(5);
        private Path cacheDirectory;
        private Duration cacheTtl = DEFAULT_CACHE_TTL;
        private Clock clock = Clock.systemUTC();
        private SourceFolders sourceFolders = SourceFolders.NONE;
        private Path projectDirectory;
        private RepositoryUrls repository;
        private final List<Remap> remaps = new ArrayList<>();
        private final List<PomUrl> pomUrls = new ArrayList<>();
        private Set<String> pagesRenderedLater = Set.of();

        public Builder url(URI value) {
            this.url = value;
            return this;
        }

        /** A local site directory, served at {@code /}. */
        public Builder directory(Path value) {
            this.siteParts = value == null ? List.of() : List.of(SitePart.whole(value, null));
            return this;
        }

        /**
         * A local site of several folders, each served under its path, as {@code site:stage} lays out a multi-module
         * site; each crawl starts at every part's root.
         */
        public Builder siteParts(List<SitePart> value) {
            this.siteParts = List.copyOf(value);
            return this;
        }

        /**
         * The paths, in the staged layout, of a reactor's module sites that this build did not make ({@code -pl},
         * {@code -am}, {@code -rf}): a link into one is {@code site-not-built}, also below a part that was made.
         */
        public Builder absentSitePaths(List<String> value) {
            this.absentSitePaths = List.copyOf(value);
            return this;
        }
        /** The root of the files' links, as a repository's root is: the top folder of the build. */
        public Builder filesRoot(Path value) {
            this.filesRoot = value;
            return this;
        }
        /** Files below {@link #filesRoot} whose links are checked, such as README.md. */
        public Builder files(List<Path> value) {
            this.files.addAll(value);
            return this;
        }

        public Builder siteUrl(URI value) {
            this.siteUrl = value;
            return this;
        }

        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        public Builder maxConnectionsPerHost(int value) {
            this.maxConnectionsPerHost = value;
            return this;
        }

        public Builder minRequestInterval(Duration value) {
            this.minRequestInterval = value;
            return this;
        }

        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public Builder retries(int value) {
            this.retries = value;
            return this;
        }

        public Builder firstBackoff(Duration value) {
            this.firstBackoff = value;
            return this;
        }

        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = value;
            return this;
        }

        public Builder maxRedirects(int value) {
            this.maxRedirects = value;
            return this;
        }

        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        public Builder header(HeaderRule value) {
            this.headers.add(value);
            return this;
        }

        public Builder acceptedStatusCodes(StatusCodes value) {
            this.acceptedStatusCodes = value;
            return this;
        }

        public Builder warningStatusCodes(StatusCodes value) {
            this.warningStatusCodes = value;
            return this;
        }

        public Builder exclude(Pattern value) {
            this.excludes.add(value);
            return this;
        }

        public Builder include(Pattern value) {
            this.includes.add(value);
            return this;
        }

        public Builder skipExternal(boolean value) {
            this.skipExternal = value;
            return this;
        }

        /** Checks links to loopback, private and link-local addresses too, which are skipped by default. */
        public Builder checkPrivateAddresses(boolean value) {
            this.checkPrivateAddresses = value;
            return this;
        }

        /** A host ({@code localhost}) or host and port ({@code localhost:8080}) checked though its address is private. */
        public Builder allowedPrivateHost(String value) {
            this.allowedPrivateHosts.add(value);
            return this;
        }

        public Builder maxPages(int value) {
            this.maxPages = value;
            return this;
        }

        public Builder maxDepth(int value) {
            this.maxDepth = value;
            return this;
        }

        public Builder maxChainLength(int value) {
            this.maxChainLength = value;
            return this;
        }

        public Builder maxUrlLength(int value) {
            this.maxUrlLength = value;
            return this;
        }

        public Builder checkExternalAnchors(boolean value) {
            this.checkExternalAnchors = value;
            return this;
        }

        public Builder maxPageSize(long value) {
            this.maxPageSize = value;
            return this;
        }

        public Builder insecureHost(HostPattern value) {
            this.insecureHosts.add(value);
            return this;
        }

        public Builder proxy(ProxySelector value) {
            this.proxy = value;
            return this;
        }

        public Builder proxyAuthenticator(Authenticator value) {
            this.proxyAuthenticator = value;
            return this;
        }

        public Builder progressInterval(Duration value) {
            this.progressInterval = value;
            return this;
        }
        /** Where OK results of external links are kept between checks; null (the engine's default) keeps none. */
        public Builder cacheDirectory(Path value) {
            this.cacheDirectory = value;
            return this;
        }

        public Builder cacheTtl(Duration value) {
            this.cacheTtl = value;
            return this;
        }
        /** The time the result cache ages its entries by; the system's UTC clock unless a test sets another. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }
        /** Where the pages' sources are, to name the file and line of each broken link; none by default. */
        public Builder sourceFolders(SourceFolders value) {
            this.sourceFolders = value;
            return this;
        }

        /** The project's folder, which a remap's path is relative to and whose git checkout names the branch. */
        public Builder projectDirectory(Path value) {
            this.projectDirectory = value;
            return this;
        }

        /** The project's repository: links to its files at the branch checked out are judged on this checkout. */
        public Builder repository(RepositoryUrls value) {
            this.repository = value;
            return this;
        }

        /** A rewrite of links before they are judged, in order: the first that matches a link decides. */
        public Builder remap(Remap value) {
            this.remaps.add(value);
            return this;
        }

        /** The POM's own URLs, checked as links of the POM that declares each. */
        public Builder pomUrls(List<PomUrl> value) {
            this.pomUrls.addAll(value);
            return this;
        }

        /**
         * Pages of the served site, as reports show them ({@code /hydra.html}), and folders ending in {@code /} (a
         * module's site, {@code /module-a/}), that the site generator writes after the check: links to them are
         * skipped ({@code rendered-later}) instead of judged. None by default.
         */
        public Builder pagesRenderedLater(Set<String> value) {
            this.pagesRenderedLater = Set.copyOf(value);
            return this;
        }

        public CheckConfig build() {
            return new CheckConfig(
                    url,
                    siteParts,
                    absentSitePaths,
                    filesRoot,
                    files,
                    siteUrl,
                    threads,
                    maxConnectionsPerHost,
                    minRequestInterval,
                    timeout,
                    retries,
                    firstBackoff,
                    maxRetryAfter,
                    maxRedirects,
                    userAgent,
                    headers,
                    acceptedStatusCodes,
                    warningStatusCodes,
                    excludes,
                    includes,
                    skipExternal,
                    checkPrivateAddresses,
                    allowedPrivateHosts,
                    maxPages,
                    maxDepth,
                    maxChainLength,
                    maxUrlLength,
                    checkExternalAnchors,
                    maxPageSize,
                    insecureHosts,
                    proxy,
                    proxyAuthenticator,
                    progressInterval,
                    cacheDirectory,
                    cacheTtl,
                    clock,
                    sourceFolders,
                    projectDirectory,
                    repository,
                    remaps,
                    pomUrls,
                    pagesRenderedLater);
        }
    }
}
