package dev.hydra.model;

/**
 * Why a link is not OK, as a stable id that machines read: report.json's {@code kind}, SARIF rule ids and the
 * site report's grouping. An id never changes meaning once released; new kinds may be added.
 */
public enum ResultKind {
    MISSING_FILE("missing-file", "File not found"),
    MISSING_ANCHOR("missing-anchor", "Anchor not found"),
    ANCHOR_NOT_CHECKED("anchor-not-checked", "Anchor could not be checked"),
    PAGE_TRUNCATED("page-truncated", "Page read in part"),
    HTTP_STATUS("http-status", "HTTP error status"),
    REFUSED_BY_HOST("refused-by-host", "Host refuses automated checks"),
    RATE_LIMITED("rate-limited", "Rate limited"),
    BOT_WALL("bot-wall", "Bot challenge"),
    INSECURE_REDIRECT("insecure-redirect", "Redirect from https to http"),
    TIMEOUT("timeout", "Timed out"),
    CONNECTION("connection", "Connection failed"),
    TLS("tls", "TLS failure"),
    DNS("dns", "Unknown host"),
    NO_NETWORK("no-network", "Network unreachable"),
    REDIRECT_LOOP("redirect-loop", "Redirect loop"),
    TOO_MANY_REDIRECTS("too-many-redirects", "Too many redirects"),
    INVALID_URL("invalid-url", "Invalid URL"),
    UNRESOLVED_PLACEHOLDER("unresolved-placeholder", "Unresolved placeholder"),
    MALFORMED_RESPONSE("malformed-response", "Malformed response"),
    FILE_URL("file-url", "file: link on a web page"),
    URL_TOO_LONG("url-too-long", "URL too long"),
    UNSUPPORTED_SCHEME("unsupported-scheme", "Scheme not checked"),
    EXTERNAL_NOT_CHECKED("external-not-checked", "External link not checked"),
    PRIVATE_ADDRESS("private-address", "Private address not checked"),
    SITE_NOT_BUILT("site-not-built", "Site not built in this build"),
    OUTSIDE_SITE("outside-site", "Leads above the site's root"),
    RENDERED_LATER("rendered-later", "Page the site renders later"),
    EXCLUDED("excluded", "Excluded by configuration"),
    IGNORED("ignored", "Ignored where it is written"),
    NOT_CHECKED("not-checked", "Not checked: the check stopped"),
    INTERNAL_ERROR("internal-error", "Internal error");

    private final String id;
    private final String title;

    ResultKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The stable id, lower case with dashes: {@code missing-anchor}. */
    public String id() {
        return id;
    }

    /** A short title for people: {@code Anchor not found}. */
    public String title() {
        return title;
    }

    /** The kind with this id. */
    public static ResultKind ofId(String id) {
        for (ResultKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown result kind '" + id + "'");
    }
}
