package dev.hydra.crawl;

import dev.hydra.extract.Anchors;
import dev.hydra.http.FetchOutcome;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The one path by which a link gets its verdict: the outcomes of links that are never fetched, the judging of
 * answers (by {@link ResponseJudge}), the judging of a link's {@code #fragment} against its page's anchors, and the
 * final {@link LinkResult}.
 */
final class Verdicts {

    static final TargetOutcome EXCLUDED =
            TargetOutcome.of(Verdict.EXCLUDED, ResultKind.EXCLUDED, "excluded by configuration");
    static final TargetOutcome IGNORED_IN_PAGE = TargetOutcome.of(
            Verdict.EXCLUDED, ResultKind.IGNORED, "ignored where it is written (data-hydra-ignore / hydra-ignore)");
    static final TargetOutcome STOPPED =
            TargetOutcome.of(Verdict.SKIPPED, ResultKind.NOT_CHECKED, "not checked: the check was stopped");
    static final TargetOutcome EXTERNAL_NOT_CHECKED = TargetOutcome.of(
            Verdict.SKIPPED,
            ResultKind.EXTERNAL_NOT_CHECKED,
            "external link not checked (skipExternal, or Maven is offline)");
    static final TargetOutcome FILE_URL_ON_WEB_PAGE = TargetOutcome.of(
            Verdict.BROKEN,
            ResultKind.FILE_URL,
            "file: link on a web page: a visitor's browser cannot open it, and Hydra does not read local files");

    static final TargetOutcome FILE_FOUND = new TargetOutcome(Verdict.OK, null, 0, "file exists", null, null, false);
    static final TargetOutcome FOLDER_FOUND =
            new TargetOutcome(Verdict.OK, null, 0, "folder exists", null, null, false);
    static final TargetOutcome FILE_URL_IN_DOCUMENT = TargetOutcome.of(
            Verdict.BROKEN,
            ResultKind.FILE_URL,
            "file: link: no reader of the file on GitHub or in a browser can open it; write the path relative to the"
                    + " file instead");

    private final ResponseJudge responses;
    private final String notFoundReason;
    private final long maxPageSize;
    private final UrlDisplay display;

    /**
     * @param notFoundReason what a 404 from the served directory means, or null when no directory is served
     */
    Verdicts(ResponseJudge responses, String notFoundReason, long maxPageSize, UrlDisplay display) {
        this.responses = responses;
        this.notFoundReason = notFoundReason;
        this.maxPageSize = maxPageSize;
        this.display = display;
    }

    /** The verdict on an answer from the site being crawled. */
    TargetOutcome ofSitePage(FetchOutcome outcome) {
        return responses.judge(outcome, notFoundReason);
    }

    /** The verdict on an answer from anywhere else. */
    TargetOutcome ofExternal(FetchOutcome outcome) {
        return responses.judge(outcome, null);
    }

    /** The verdict on a redirect's end, judged as if it had been asked directly. */
    TargetOutcome ofRedirectEnd(FetchOutcome.Response response, boolean onTheSite) {
        return responses.judge(response.redirectedFrom(response.uri(), List.of()), onTheSite ? notFoundReason : null);
    }

    /**
     * A link into the part of a multi-module site that this build did not make (a module left out with {@code -pl}):
     * whether it exists cannot be told, so it is not judged as missing.
     */
    static TargetOutcome siteNotBuilt(String path, List<String> builtPaths) {
        return TargetOutcome.of(
                Verdict.SKIPPED,
                ResultKind.SITE_NOT_BUILT,
                "not checked: " + path + " is outside the module sites this build made ("
                        + String.join(", ", builtPaths)
                        + "); build the whole reactor (without -pl or -N) to check links between modules");
    }

    /** A link to a private address, not requested: why, as {@link dev.hydra.http.PrivateAddresses} says it. */
    static TargetOutcome privateAddress(String why) {
        return TargetOutcome.of(Verdict.SKIPPED, ResultKind.PRIVATE_ADDRESS, why);
    }

    /** A link whose host was never reached while no external host was: the machine looks offline. */
    static TargetOutcome noNetwork(TargetOutcome unreached) {
        return TargetOutcome.of(
                Verdict.WARNING,
                ResultKind.NO_NETWORK,
                unreached.reason() + " (no external host could be reached from this machine)");
    }

    /** A link above the root of a site whose public URL is unknown: where it leads depends on where it is published. */
    static TargetOutcome outsideSite(String shown) {
        return TargetOutcome.of(
                Verdict.WARNING,
                ResultKind.OUTSIDE_SITE,
                "leads above the site's root (" + shown + "), to a page that depends on where the site is published:"
                        + " set siteUrl (-Dhydra.siteUrl=https://...) or the project's <url> to the site's public"
                        + " address to check it as a link of that host, or exclude it");
    }

    /**
     * A link to a page that the site generator writes after the check ran: a report page that {@code mvn site} renders
     * after the Dead Links page, or a page of a module's site, written after its parent's. It does not exist yet, or
     * holds an earlier build's page, so it is not judged.
     */
    static TargetOutcome renderedLater(String path) {
        return TargetOutcome.of(
                Verdict.SKIPPED,
                ResultKind.RENDERED_LATER,
                "not checked: mvn site writes " + path + " later in this build (a report after the Dead Links page,"
                        + " or a module's site)");
    }

    static TargetOutcome missingFile(String relative) {
        return TargetOutcome.of(Verdict.BROKEN, ResultKind.MISSING_FILE, "file not found: " + relative);
    }

    static TargetOutcome outsideBase(String path) {
        return TargetOutcome.of(
                Verdict.BROKEN,
                ResultKind.MISSING_FILE,
                "leaves the top folder of the build (" + path
                        + "), which stands for the repository's root: link to a file inside, or to its public URL");
    }

    static TargetOutcome unreadableFile(String shown, Exception error) {
        return TargetOutcome.of(
                Verdict.BROKEN, ResultKind.MISSING_FILE, "file could not be read: " + shown + " (" + error + ")");
    }

    static TargetOutcome unfetchable(String scheme) {
        return TargetOutcome.of(Verdict.SKIPPED, ResultKind.UNSUPPORTED_SCHEME, scheme + ": links are not checked");
    }

    static TargetOutcome invalid(String why, String written) {
        return TargetOutcome.of(
                Verdict.BROKEN,
                ResultKind.INVALID_URL,
                "invalid URL" + (why.equals("invalid URL") ? "" : " (" + why + ")") + ": " + written.strip()
                        + " (fix the link, or exclude it)");
    }

    static TargetOutcome tooLong(int maxUrlLength) {
        return TargetOutcome.of(
                Verdict.WARNING,
                ResultKind.URL_TOO_LONG,
                "URL longer than maxUrlLength (" + maxUrlLength + " characters): not checked, possibly a crawler trap");
    }

    static TargetOutcome internalError(Throwable error) {
        return TargetOutcome.of(
                Verdict.BROKEN,
                ResultKind.INTERNAL_ERROR,
                "internal error while checking: " + error + " (please report it; exclude the link to go on)");
    }

    /** An OK answer remembered by the result cache, {@code age} as "12 min ago". */
    static TargetOutcome cached(int status, String reason, String age, URI finalUri) {
        return new TargetOutcome(Verdict.OK, null, status, reason + " (cached " + age + ")", finalUri, null, false);
    }

    /**
     * The result of one link: its target's outcome, unless its fragment names no anchor of the page. Credentials
     * written into a link never reach a report, whichever text holds them.
     *
     * @param undecodable why the link's page could not be decoded, or null
     */
    LinkResult result(Link link, TargetOutcome outcome, String undecodable) {
        TargetOutcome judged = withFragment(link.fragment, outcome, undecodable);
        if (link.fragment == null && judged.verdict() == Verdict.OK && judged.readInPart()) {
            String limit = size(maxPageSize);
            judged = judged.judged(
                    Verdict.WARNING,
                    ResultKind.PAGE_TRUNCATED,
                    "page larger than maxPageSize (" + limit + "): only its first " + limit + " were read, so links"
                            + " and anchors past that were not checked (raise maxPageSize to read it whole)");
        }
        List<Source> sources = link.sources.sorted();
        String finalUrl =
                judged.finalUri() == null ? null : UrlDisplay.maskCredentials(display.show(judged.finalUri()));
        String reason = judged.reason();
        if (link.judgedAs != null
                && judged.kind() == ResultKind.MISSING_FILE
                && RepositoryFiles.isRepositoryFile(link.fetchKey)) {
            reason = notInCheckout(link.judgedAs, link.shownUrl);
        }
        return new LinkResult(
                UrlDisplay.maskCredentials(link.shownUrl),
                judged.verdict(),
                judged.kind(),
                judged.status(),
                UrlDisplay.maskCredentials(reason),
                finalUrl,
                link.judgedAs == null ? null : UrlDisplay.maskCredentials(link.judgedAs),
                sources);
    }

    /** Why a link to the project's own repository, or remapped onto its files, names no file of the checkout. */
    private static String notInCheckout(String judgedAs, String written) {
        int hash = judgedAs.indexOf('#');
        String path = hash < 0 ? judgedAs : judgedAs.substring(0, hash);
        return "not in this checkout: " + Anchors.percentDecode(path.startsWith("/") ? path.substring(1) : path)
                + " (linked as " + written + ")";
    }

    /** A link whose text still holds a placeholder that was never filled in, such as {@code ${project.url}}. */
    static TargetOutcome unresolvedPlaceholder(String placeholder) {
        return TargetOutcome.of(
                Verdict.BROKEN,
                ResultKind.UNRESOLVED_PLACEHOLDER,
                "unresolved placeholder " + placeholder + ": the value was never filled in (define the property, or"
                        + " filter the file that holds it)");
    }

    /** A link to a line of a repository's file view past the file's end ({@code #L120} of a 100-line file). */
    static TargetOutcome missingLine(int line, long lines) {
        return TargetOutcome.of(
                Verdict.BROKEN,
                ResultKind.MISSING_ANCHOR,
                "line " + line + " not found: the file has " + lines + (lines == 1 ? " line" : " lines"));
    }

    /** {@code 8 MB}, {@code 1024 KB}, {@code 500 bytes}: a size as {@code maxPageSize} is written. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private TargetOutcome withFragment(String fragment, TargetOutcome outcome, String undecodable) {
        if (outcome.verdict() != Verdict.OK || fragment == null) {
            return outcome;
        }
        Set<String> anchors = outcome.anchors();
        if (anchors == null) {
            if (undecodable != null && !Anchors.isSatisfied(fragment, Set.of())) {
                return outcome.judged(
                        Verdict.WARNING,
                        ResultKind.ANCHOR_NOT_CHECKED,
                        "page could not be decoded (" + undecodable + "): anchor #" + Anchors.percentDecode(fragment)
                                + " not checked");
            }
            return outcome;
        }
        if (Anchors.isSatisfied(fragment, anchors)) {
            return outcome;
        }
        String shown = Anchors.percentDecode(fragment);
        if (outcome.truncated()) {
            return outcome.judged(
                    Verdict.WARNING,
                    ResultKind.ANCHOR_NOT_CHECKED,
                    "anchor #" + shown + " not found in the first " + size(maxPageSize)
                            + " of the page (raise maxPageSize to read more)");
        }
        return outcome.judged(Verdict.BROKEN, ResultKind.MISSING_ANCHOR, "anchor #" + shown + " not found on the page");
    }
}
