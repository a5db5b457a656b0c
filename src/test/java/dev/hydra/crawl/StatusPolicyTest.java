package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.Reply;
import dev.hydra.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which answers are alive, dead, or a bot wall (a warning), by the user's status policy. */
class StatusPolicyTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    private CheckResult check(CheckConfig.Builder config, String... externalPaths) {
        StringBuilder html = new StringBuilder();
        for (String path : externalPaths) {
            html.append("<a href='").append(other.url(path)).append("'>x</a>\n");
        }
        site.page("/index.html", html.toString());
        return Checks.run(config.url(site.uri("/index.html")).checkPrivateAddresses(true));
    }

    private LinkResult link(CheckResult result, String path) {
        return Checks.link(result, other.url(path));
    }

    @Test
    void deadAnswersAreBrokenWithTheirStatus() {
        other.status("/missing", 404).status("/gone", 410).status("/error", 500);
        CheckResult result = check(Checks.quick().retries(0), "/missing", "/gone", "/error");
        assertEquals("404 Not Found", link(result, "/missing").reason());
        assertEquals(410, link(result, "/gone").status());
        assertEquals("500 Internal Server Error", link(result, "/error").reason());
        assertEquals(3, result.summary().broken());
    }

    @Test
    void acceptedStatusCodesMakeAnAnswerAlive() {
        other.status("/members-only", 403);
        CheckResult strict = check(Checks.quick(), "/members-only");
        assertEquals(Verdict.BROKEN, link(strict, "/members-only").verdict());
        CheckResult accepting =
                check(Checks.quick().acceptedStatusCodes(StatusCodes.parse("200-299,403")), "/members-only");
        LinkResult accepted = link(accepting, "/members-only");
        assertEquals(Verdict.OK, accepted.verdict());
        assertEquals(403, accepted.status());
    }

    @Test
    void a429ThatOutlivesItsRetriesIsAWarning() {
        other.status("/busy", 429);
        CheckResult result = check(Checks.quick().retries(1), "/busy");
        LinkResult busy = link(result, "/busy");
        assertEquals(Verdict.WARNING, busy.verdict());
        assertEquals("429 Too Many Requests: the host kept rate limiting after 1 retry", busy.reason());
        assertEquals(0, result.summary().broken());
        assertEquals(1, result.summary().warnings());
    }

    @Test
    void a429AskingForALongerWaitThanAllowedIsAWarningThatSaysSo() {
        other.route("/later", request -> Reply.status(429).withHeader("Retry-After", "3600"));
        CheckResult result = check(Checks.quick(), "/later");
        LinkResult later = link(result, "/later");
        assertEquals(Verdict.WARNING, later.verdict());
        assertTrue(
                later.reason().contains("Retry-After: 3600") && later.reason().contains("maxRetryAfter"),
                later.reason());
        assertEquals(1, other.requests("/later").size(), "an hour is not waited for");
    }

    @Test
    void status999IsAWarning() {
        other.status("/linkedin-style", 999);
        LinkResult wall = link(check(Checks.quick(), "/linkedin-style"), "/linkedin-style");
        assertEquals(Verdict.WARNING, wall.verdict());
        assertEquals(999, wall.status());
    }

    @Test
    void a403CarryingACloudflareChallengeIsAWarningAPlain403IsNot() {
        other.route("/challenged", request -> Reply.status(403).withHeader("cf-mitigated", "challenge"));
        other.status("/forbidden", 403);
        CheckResult result = check(Checks.quick(), "/challenged", "/forbidden");
        LinkResult challenged = link(result, "/challenged");
        assertEquals(Verdict.WARNING, challenged.verdict());
        assertTrue(challenged.reason().contains("bot challenge"), challenged.reason());
        assertEquals(Verdict.BROKEN, link(result, "/forbidden").verdict());
    }

    @Test
    void warningCodesAreConfigurable() {
        other.status("/error", 500).status("/busy", 429);
        CheckResult result =
                check(Checks.quick().retries(0).warningStatusCodes(StatusCodes.parse("500")), "/error", "/busy");
        assertEquals(Verdict.WARNING, link(result, "/error").verdict());
        assertEquals(Verdict.BROKEN, link(result, "/busy").verdict(), "429 is no longer a warning code");
    }

    @Test
    void statusCodeListsAreValidated() {
        assertTrue(StatusCodes.parse("200-299, 403,999").contains(403));
        assertTrue(StatusCodes.parse("200-299").contains(204));
        IllegalArgumentException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> StatusCodes.parse("200-299,forbidden"));
        assertTrue(wrong.getMessage().contains("'forbidden'"), wrong.getMessage());
    }
}
