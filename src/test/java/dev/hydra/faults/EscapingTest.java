package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.output.ConsoleReport;
import dev.hydra.output.JsonReport;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Text a crawled page controls (link URLs, redirect targets) is escaped in every report Hydra writes. */
class EscapingTest {

    private RawServer server;
    private CheckResult result;

    @BeforeEach
    void check() throws IOException {
        server = new RawServer();
        // &#1; and &#27; decode to control characters (ESC starts terminal escape sequences); the space keeps the URL
        // invalid
        server.page(
                "/",
                "<a href=\"http://exa mple.com/<script>alert(&quot;x&quot;)</script>'&#1;&#27;[2J&#27;]0;pwned&#7;\">a</a>"
                        + "<a href=\"mailto:&quot;<img src=x onerror=alert(1)>&quot;@example.org\">m</a>"
                        + "<a href=\"/p?q=<script>&quot;'&#27;\">q</a>"
                        + "<a href=\"/redirect\">r</a>"
                        + "<a href=\"http://evil example/&#x202E;lmth.exe&#x2028;fake line\">b</a>");
        server.route(
                "/redirect",
                (request, socket, out) -> RawServer.redirect(out, 302, "http://exa mple.org/</script><b>\"'"));
        result = run(fast(server.uri("/")).build(), Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void hostileTextReallyReachesTheResults() {
        assertTrue(
                result.links().stream()
                        .anyMatch(l -> l.url().contains("<script>") && l.url().contains("\u001b")),
                "the test page must put raw markup and control characters into a result: " + result.links());
        assertTrue(
                result.links().stream().anyMatch(l -> l.reason().contains("</script><b>")),
                result.links().toString());
    }

    @Test
    void jsonReportEscapesMarkupQuotesAndControlCharacters() throws IOException {
        StringWriter out = new StringWriter();
        new JsonReport().write(result, out);
        String json = out.toString();

        assertFalse(json.contains("<"), "raw '<' in JSON: unsafe to embed in HTML");
        assertFalse(json.contains(">"), "raw '>' in JSON");
        assertTrue(json.contains("\\u003cscript\\u003e"), json);
        assertTrue(json.contains("\\u001b"), json);
        assertTrue(json.contains("alert(\\\"x\\\")"), "quotes are backslash-escaped");
        for (char c : json.toCharArray()) {
            assertTrue(c >= 0x20 || c == '\n', "raw control character U+" + Integer.toHexString(c) + " in JSON");
        }
        // every string is closed on its own line: each line is a bracket, or a name and a whole value
        String string = "\"([^\"\\\\]|\\\\.)*\"";
        json.lines()
                .forEach(line -> assertTrue(
                        line.matches(" *(" + string + ": )?(" + string
                                + "|-?\\d+|true|false|null|\\[\\]|\\{\\}|[\\[{]|[\\]}])?,?"),
                        "a line that is not whole JSON: " + line));
    }

    @Test
    void consoleTextHasNoControlCharactersAndOneLinePerField() {
        String text = ConsoleReport.describe(result.links());

        for (char c : text.toCharArray()) {
            assertTrue(
                    !Character.isISOControl(c) || c == '\n',
                    "control character U+" + Integer.toHexString(c) + " reaches the log");
            assertTrue(
                    Character.getType(c) != Character.FORMAT && c != '\u2028', "invisible U+" + Integer.toHexString(c));
        }
        assertEquals(
                1 + result.links().size() * 2,
                text.lines().count(),
                "the count by kind, then each link in two lines: URL with reason, then its pages");
        LinkResult hostile = result.links().stream()
                .filter(l -> l.url().contains("<script>"))
                .findFirst()
                .orElseThrow();
        assertTrue(text.contains("http://exa mple.com/<script>alert(\"x\")</script>'??[2J?]0;pwned?"), text);
        assertTrue(hostile.reason().startsWith("invalid URL"), hostile.reason());
        assertTrue(
                text.contains("http://evil example/?lmth.exe?fake line"), "right-to-left override and line separator");
    }
}
