package dev.hydra.project;

import dev.hydra.extract.Anchors;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The web addresses of a project's repository on GitHub, GitLab, Bitbucket or Gitea/Forgejo (Codeberg), read from
 * the POM's {@code <scm>}, and the file of the checkout a link to one of them names: {@code blob/<ref>/path},
 * {@code tree/}, {@code raw/}, {@code raw.githubusercontent.com/<owner>/<repo>/<ref>/path}, GitLab's
 * {@code -/blob/}, Bitbucket's {@code src/<ref>/}, Gitea's {@code src/branch/<ref>/}. Only links to the ref checked
 * out (its branch, or {@code HEAD}) name a file of the checkout: any other ref shows another state of the files.
 */
public final class RepositoryUrls {

    private enum Host {
        GITHUB(List.of("blob/", "tree/", "raw/")),
        GITLAB(List.of("-/blob/", "-/tree/", "-/raw/", "blob/", "tree/", "raw/")),
        BITBUCKET(List.of("src/", "raw/")),
        GITEA(List.of("src/branch/", "raw/branch/"));

        /** The path parts that come between the repository and {@code <ref>/path} in its web views. */
        private final List<String> views;

        Host(List<String> views) {
            this.views = views;
        }
    }

    private final Host host;
    /** The host and the repository's path, lower case, without scheme: {@code github.com/example/lib}. */
    private final String hostAndPath;

    private RepositoryUrls(Host host, String hostAndPath) {
        this.host = host;
        this.hostAndPath = hostAndPath;
    }

    /**
     * The repository of a POM's {@code <scm>}: its {@code url}, else a {@code connection} or
     * {@code developerConnection} on the same host as the url (any host when there is no url); empty when none names
     * a repository on a host this class knows.
     *
     * @param url {@code <scm><url>}, or null
     * @param connections {@code <connection>} and {@code <developerConnection>}, each possibly null
     */
    public static Optional<RepositoryUrls> ofScm(String url, String... connections) {
        Optional<RepositoryUrls> fromUrl = parse(url);
        if (fromUrl.isPresent()) {
            return fromUrl;
        }
        String urlHost = hostOf(url);
        for (String connection : connections) {
            Optional<RepositoryUrls> parsed = parse(connection);
            if (parsed.isPresent() && (urlHost == null || urlHost.equals(hostOf(connection)))) {
                return parsed;
            }
        }
        return Optional.empty();
    }

    /** The repository's web address: {@code https://github.com/example/lib}. */
    public String webAddress() {
        return "https://" + hostAndPath;
    }

    /**
     * The file of the checkout a link names, or empty when the link is not one of the repository's views of the ref
     * checked out.
     *
     * @param url a normalised http(s) URL, as a page's link resolves to
     */
    public Optional<RepositoryPath> pathOf(String url, GitCheckout checkout) {
        String rest = withoutScheme(url);
        if (rest == null) {
            return Optional.empty();
        }
        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        String refAndPath = null;
        String raw = "raw.githubusercontent.com/" + hostAndPath.substring(hostAndPath.indexOf('/') + 1) + "/";
        if (host == Host.GITHUB && startsWithIgnoringCase(rest, raw)) {
            refAndPath = rest.substring(raw.length());
            if (refAndPath.startsWith("refs/heads/")) {
                refAndPath = refAndPath.substring("refs/heads/".length());
            }
        } else if (startsWithIgnoringCase(rest, hostAndPath + "/")) {
            String view = rest.substring(hostAndPath.length() + 1);
            for (String prefix : host.views) {
                if (view.startsWith(prefix)) {
                    refAndPath = view.substring(prefix.length());
                    break;
                }
            }
        }
        if (refAndPath == null) {
            return Optional.empty();
        }
        String path = pathAfterRef(refAndPath, checkout);
        if (path == null) {
            return Optional.empty();
        }
        String decoded = Anchors.percentDecode(path);
        while (decoded.endsWith("/")) {
            decoded = decoded.substring(0, decoded.length() - 1);
        }
        return Optional.of(new RepositoryPath(decoded, fragment));
    }

    /**
     * The path after the ref when the ref is the one checked out, else null. A branch's name may hold slashes
     * ({@code feature/x}), so the ref is matched by the branch's name, not by the first segment.
     */
    private static String pathAfterRef(String refAndPath, GitCheckout checkout) {
        for (String ref : checkout.branch() == null ? List.of("HEAD") : List.of(checkout.branch(), "HEAD")) {
            if (refAndPath.equals(ref)) {
                return "";
            }
            if (refAndPath.startsWith(ref + "/")) {
                return refAndPath.substring(ref.length() + 1);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return webAddress();
    }

    private static Optional<RepositoryUrls> parse(String scm) {
        String address = hostAndPathOf(scm);
        if (address == null) {
            return Optional.empty();
        }
        int slash = address.indexOf('/');
        String hostName = address.substring(0, slash);
        Host host = hostKind(hostName);
        if (host == null) {
            return Optional.empty();
        }
        String[] segments = address.substring(slash + 1).split("/");
        StringBuilder path = new StringBuilder(hostName);
        int kept = 0;
        for (String segment : segments) {
            // GitLab's groups nest (group/sub/project) until its views begin at "-"; the others are owner/name
            if (segment.isEmpty() || segment.equals("-") || host != Host.GITLAB && kept == 2) {
                break;
            }
            if (host == Host.GITLAB
                    && kept >= 2
                    && List.of("tree", "blob", "raw").contains(segment)) {
                break;
            }
            path.append('/').append(segment);
            kept++;
        }
        if (kept < 2) {
            return Optional.empty();
        }
        String text = path.toString();
        if (text.endsWith(".git")) {
            text = text.substring(0, text.length() - 4);
        }
        return Optional.of(new RepositoryUrls(host, text.toLowerCase(Locale.ROOT)));
    }

    /** {@code host/path} of an scm URL in any of its forms (https, ssh, {@code git@host:path}, {@code scm:git:}). */
    private static String hostAndPathOf(String scm) {
        if (scm == null || scm.isBlank()) {
            return null;
        }
        String text = scm.strip();
        while (text.startsWith("scm:")) {
            int colon = text.indexOf(':', 4);
            if (colon < 0) {
                return null;
            }
            text = text.substring(colon + 1);
        }
        int scheme = text.indexOf("://");
        if (scheme >= 0) {
            text = text.substring(scheme + 3);
        } else {
            // scp-like: git@github.com:example/lib.git
            int colon = text.indexOf(':');
            if (colon < 0) {
                return null;
            }
            text = text.substring(0, colon) + "/" + text.substring(colon + 1);
        }
        int at = text.indexOf('@');
        int firstSlash = text.indexOf('/');
        if (at >= 0 && (firstSlash < 0 || at < firstSlash)) {
            text = text.substring(at + 1);
            firstSlash = text.indexOf('/');
        }
        if (firstSlash <= 0) {
            return null;
        }
        String hostName = text.substring(0, firstSlash).toLowerCase(Locale.ROOT);
        int port = hostName.indexOf(':');
        if (port >= 0) {
            hostName = hostName.substring(0, port);
        }
        if (hostName.startsWith("www.")) {
            hostName = hostName.substring(4);
        }
        String path = text.substring(firstSlash);
        int end = indexOfAny(path, "?#");
        return hostName + (end < 0 ? path : path.substring(0, end));
    }

    private static String hostOf(String scm) {
        String address = hostAndPathOf(scm);
        return address == null ? null : address.substring(0, address.indexOf('/'));
    }

    private static Host hostKind(String hostName) {
        if (hostName.equals("github.com")) {
            return Host.GITHUB;
        }
        if (hostName.equals("bitbucket.org")) {
            return Host.BITBUCKET;
        }
        if (hostName.equals("gitlab.com") || hostName.startsWith("gitlab.")) {
            return Host.GITLAB;
        }
        if (hostName.equals("codeberg.org") || hostName.startsWith("gitea.") || hostName.startsWith("forgejo.")) {
            return Host.GITEA;
        }
        return null;
    }

    private static String withoutScheme(String url) {
        if (startsWithIgnoringCase(url, "https://")) {
            return stripWww(url.substring(8));
        }
        if (startsWithIgnoringCase(url, "http://")) {
            return stripWww(url.substring(7));
        }
        return null;
    }

    private static String stripWww(String rest) {
        return startsWithIgnoringCase(rest, "www.") ? rest.substring(4) : rest;
    }

    private static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
