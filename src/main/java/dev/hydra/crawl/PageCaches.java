package dev.hydra.crawl;

import dev.hydra.cache.PageCache;
import dev.hydra.site.SitePart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Which page cache a check uses: its file is named by the site, and its header keyed by what changes verdicts. */
final class PageCaches {

    private PageCaches() {}

    /**
     * The page cache of this check, or null when the cache is off ({@code cacheDirectory} unset, or a {@code cacheTtl}
     * of 0, as {@code -Dhydra.cache=false} and {@code cacheTtl=0} leave it).
     *
     * @param publicRoot the URL the served site's pages are resolved against, or null without a served site
     */
    static PageCache open(CheckConfig config, String publicRoot) {
        if (config.cacheDirectory() == null
                || config.cacheTtl().isZero()
                || config.cacheTtl().isNegative()) {
            return null;
        }
        return PageCache.open(
                config.cacheDirectory(),
                site(config),
                settings(config),
                publicRoot,
                config.clock().instant());
    }

    /** A line for the user: how many pages the cache spared, with its file. */
    static String counts(PageCache cache) {
        return cache.reused() + " pages were read from the page cache " + cache.file() + " (" + cache.unread()
                + " of them not read again: their files' size and times are unchanged), " + cache.parsed()
                + " parsed (turn the cache off to parse them all)";
    }

    /** What names the site: its folders, its project files' root and its URL. */
    static String site(CheckConfig config) {
        StringBuilder site = new StringBuilder();
        for (SitePart part : config.siteParts()) {
            site.append("part ")
                    .append(part.path())
                    .append(' ')
                    .append(part.directory())
                    .append('\n');
        }
        return site.append("files ")
                .append(config.files().isEmpty() ? "" : config.filesRoot())
                .append("\nurl ")
                .append(config.url())
                .toString();
    }

    /** Hydra's version and the settings that change what is extracted or judged. */
    static String settings(CheckConfig config) {
        String version = Version.current();
        StringBuilder settings = new StringBuilder("hydra ").append(version);
        if (version.endsWith("-SNAPSHOT") || version.equals("dev")) {
            settings.append(' ').append(buildStamp()); // a snapshot rebuilt may extract otherwise under one version
        }
        settings.append("\nsite ").append(site(config));
        settings.append("\nmaxPageSize ").append(config.maxPageSize());
        settings.append("\nsiteUrl ").append(config.siteUrl());
        config.excludes().forEach(pattern -> settings.append("\nexclude ").append(written(pattern)));
        config.includes().forEach(pattern -> settings.append("\ninclude ").append(written(pattern)));
        return settings.toString();
    }

    /**
     * When Hydra's own classes were last written: its jar's time, or the newest class file's in its classes folder (a
     * folder's own time does not move when a class in it is compiled again); "" when that is unknown.
     */
    private static String buildStamp() {
        try {
            CodeSource source = PageCaches.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "";
            }
            Path classes = Path.of(source.getLocation().toURI());
            if (!Files.isDirectory(classes)) {
                return Files.getLastModifiedTime(classes).toString();
            }
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(Files::isRegularFile)
                        .map(PageCaches::modified)
                        .max(Comparator.naturalOrder())
                        .map(FileTime::toString)
                        .orElse("");
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String written(Pattern pattern) {
        return pattern.flags() + " " + pattern.pattern();
    }
}
