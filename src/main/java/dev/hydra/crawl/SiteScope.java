package dev.hydra.crawl;

import dev.hydra.site.SitePart;
import dev.hydra.site.StaticSite;
import java.net.URI;
import java.util.List;

/**
 * Which URLs belong to the site being crawled (the start's origin, under the start's directory), and where the site
 * stands: each page's links are resolved against the page's public URL, as a browser on the published site resolves
 * them, then a result inside the site's public URL is mapped back onto the copy being checked; any other result leaves
 * the site. A served directory whose public URL is unknown stands at a stand-in address deep below a host of its own,
 * so that a link climbing above the site's root ({@code ../../org/} on the root page) is told from a root-absolute
 * one ({@code /x}, the site's own root, as a static host serves it).
 */
final class SiteScope {

    /**
     * The stand-in public root of a served directory without a public URL: a reserved host ({@code .invalid} resolves
     * nowhere), {@value #STAND_IN_DEPTH} folders deep, so that a link climbing above the root lands on a path that still
     * starts with the stand-in folder. The folders are few and short, since every link of the site is resolved against
     * them; a link that climbs more than {@value #STAND_IN_DEPTH} folders above the root is taken for root-absolute.
     */
    private static final String STAND_IN_ORIGIN = "http://hydra.invalid";

    /** A first path segment no site uses, so that a root-absolute link is never taken for one above the root. */
    private static final String STAND_IN_FOLDER = "_hydra_up_/";

    private static final int STAND_IN_DEPTH = 8;
    private static final String STAND_IN_ROOT = STAND_IN_ORIGIN + "/" + STAND_IN_FOLDER.repeat(STAND_IN_DEPTH);

    private final String origin;
    private final String basePath;
    private final String publicPrefix;
    private final String servedPrefix;
    private final boolean publicUrlKnown;
    private final StaticSite served;
    private final List<String> absentPaths;

    /**
     * @param start the site's root: where its crawl starts, or null when only the project's files are checked
     * @param siteUrl the site's public URL, or null when it is unknown
     * @param servedRoot the root of the served directory, or null for a crawl of a URL
     * @param served the served site, whose parts tell a page this build made from one it did not; or null
     */
    SiteScope(URI start, URI siteUrl, URI servedRoot, StaticSite served) {
        this(start, siteUrl, servedRoot, served, List.of());
    }

    /** @param absentPaths the paths of module sites this build did not make, in the staged layout */
    SiteScope(URI start, URI siteUrl, URI servedRoot, StaticSite served, List<String> absentPaths) {
        this.served = served;
        this.absentPaths = absentPaths;
        this.publicUrlKnown = siteUrl != null;
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
        this.servedPrefix = servedRoot != null ? withSlash(servedRoot.toString()) : origin + basePath;
        if (siteUrl != null) {
            this.publicPrefix = withSlash(withoutQuery(siteUrl.toString()));
        } else {
            // a crawl of a URL stands at its own address; a served directory at the stand-in
            this.publicPrefix = servedRoot != null ? STAND_IN_ROOT : null;
        }
    }

    /**
     * The URL the served site's pages are resolved against, with its slash: its public URL, or the stand-in; it is the
     * same from one check to the next, unlike the served copy's port. Null when only files are checked.
     */
    String publicRoot() {
        return publicPrefix;
    }

    /** The public URL of a page of the site, to resolve its links against; any other URL as it is. */
    URI publicUrl(URI page) {
        if (publicPrefix == null) {
            return page;
        }
        String text = page.toString();
        return text.startsWith(servedPrefix) ? URI.create(publicPrefix + text.substring(servedPrefix.length())) : page;
    }

    /**
     * A link resolved against its page's public URL, as the crawl checks it: on the copy being checked when it lies
     * inside the site's public URL (or, with the public URL unknown, is root-absolute); else as it is, a link that
     * leaves the site. A link above the root of a site whose public URL is unknown is told by {@link #aboveRoot}.
     */
    String remap(String url) {
        if (publicPrefix == null) {
            return url;
        }
        if (isInsidePublicUrl(url)) {
            return url.startsWith(publicPrefix) ? servedPrefix + url.substring(publicPrefix.length()) : servedPrefix;
        }
        if (!publicUrlKnown && isStandIn(url)) {
            // root-absolute on a site at an unknown address: the served folder's root, as a static host serves it
            return servedPrefix + url.substring(STAND_IN_ORIGIN.length() + 1);
        }
        return url;
    }

    /**
     * How a link that climbs above the root of a site whose public URL is unknown is shown, relative to the root
     * ({@code ../../org/}); null for any other link. Where such a link leads depends on where the site is published.
     */
    String aboveRoot(String url) {
        if (publicUrlKnown || publicPrefix == null || !isStandIn(url) || isInsidePublicUrl(url)) {
            return null;
        }
        int at = STAND_IN_ORIGIN.length() + 1;
        int kept = 0;
        while (url.startsWith(STAND_IN_FOLDER, at) && kept < STAND_IN_DEPTH) {
            at += STAND_IN_FOLDER.length();
            kept++;
        }
        return kept == 0 || kept == STAND_IN_DEPTH ? null : "../".repeat(STAND_IN_DEPTH - kept) + url.substring(at);
    }

    /** Whether a URL lies inside the site's public URL, or is that URL without its closing slash. */
    private boolean isInsidePublicUrl(String url) {
        return url.startsWith(publicPrefix)
                || url.length() == publicPrefix.length() - 1 && publicPrefix.startsWith(url);
    }

    private static boolean isStandIn(String url) {
        return url.startsWith(STAND_IN_ORIGIN)
                && url.length() > STAND_IN_ORIGIN.length()
                && url.charAt(STAND_IN_ORIGIN.length()) == '/';
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
        if (served == null || !isInside(uri)) {
            return false;
        }
        SitePart part = served.partOf(uri.getRawPath());
        if (part == null) {
            return true;
        }
        // a module's site left out of the build, below a part that was made (the parent's, with -pl module -am)
        String path = uri.getRawPath();
        for (String absent : absentPaths) {
            if (absent.length() > part.path().length() && (path.startsWith(absent) || (path + "/").equals(absent))) {
                return true;
            }
        }
        return false;
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

    private static String withSlash(String text) {
        return text.endsWith("/") ? text : text + "/";
    }

    private static String withoutQuery(String text) {
        int cut = text.indexOf('?') >= 0 ? text.indexOf('?') : text.indexOf('#');
        return cut < 0 ? text : text.substring(0, cut);
    }

    private static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
