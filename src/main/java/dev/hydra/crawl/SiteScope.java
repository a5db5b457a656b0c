package dev.hydra.crawl;

import dev.hydra.site.SitePart;
import dev.hydra.site.StaticSite;
import java.net.URI;
import java.util.List;

/**
 * Which URLs belong to the site being crawled: the start's origin, under the start's directory.
 * With {@code siteUrl}, absolute links to the site's public address are mapped onto the served copy.
 */
final class SiteScope {

    private final String origin;
    private final String basePath;
    private final String publicPrefix;
    private final String servedPrefix;
    private final StaticSite served;

    /**
     * @param start the site's root: where its crawl starts, or null when only the project's files are checked
     * @param served the served site, whose parts tell a page this build made from one it did not; or null
     */
    SiteScope(URI start, URI siteUrl, URI servedRoot, StaticSite served) {
        this.served = served;
        if (start == null) {
            this.origin = null;
            this.basePath = null;
            this.publicPrefix = null;
            this.servedPrefix = null;
            return;
        }
        this.origin = originOf(start);
        String path = start.getRawPath() == null || start.getRawPath().isEmpty() ? "/" : start.getRawPath();
        this.basePath = path.substring(0, path.lastIndexOf('/') + 1);
        if (siteUrl != null) {
            String text = siteUrl.toString();
            this.publicPrefix = text.endsWith("/") ? text : text + "/";
            String servedText = (servedRoot != null ? servedRoot : start).toString();
            this.servedPrefix = servedText.endsWith("/") ? servedText : servedText + "/";
        } else {
            this.publicPrefix = null;
            this.servedPrefix = null;
        }
    }

    /** Rewrites a link to the site's public address onto the copy being checked. */
    String remap(String url) {
        if (publicPrefix == null) {
            return url;
        }
        if (url.startsWith(publicPrefix)) {
            return servedPrefix + url.substring(publicPrefix.length());
        }
        if (url.equals(publicPrefix.substring(0, publicPrefix.length() - 1))) {
            return servedPrefix;
        }
        return url;
    }

    boolean isInside(URI uri) {
        return origin != null
                && origin.equals(originOf(uri))
                && uri.getRawPath() != null
                && uri.getRawPath().startsWith(basePath);
    }

    /**
     * Whether an inside URL lies under no folder of the served site: a module's site that this build did not make.
     * A site served whole at {@code /} makes every inside path.
     */
    boolean isNotBuilt(URI uri) {
        return served != null && isInside(uri) && served.partOf(uri.getRawPath()) == null;
    }

    /**
     * The URL of the file an inside URL serves, by that file's real path, when it reaches it through a symbolic link
     * (a folder linked to {@code .} repeats the whole site below itself, up to the system's depth limit); else null.
     * A page is crawled under its real URL only, so that no link is reported once per repetition.
     */
    String realForm(URI uri) {
        if (served == null || !isInside(uri)) {
            return null;
        }
        String real = served.realPath(uri.getRawPath());
        if (real == null) {
            return null;
        }
        try {
            return new URI(uri.getScheme(), uri.getRawAuthority(), real, null, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The paths of the served site's folders, to name them when a link leads elsewhere. */
    List<String> builtPaths() {
        return served == null
                ? List.of()
                : served.parts().stream().map(SitePart::path).toList();
    }

    private static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
