package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.hydra.crawl.Version;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static final ObjectReader JSON = new ObjectMapper().reader();

    @Test
    void oneRunWithTheToolAndOneRulePerKindThatOccurs() throws Exception {
        JsonNode sarif = write(new SarifReport("9.9.9"), Results.hostile());

        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(1, sarif.get("runs").size());
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertEquals("Hydra", driver.get("name").asText());
        assertEquals(
                "https://github.com/hydra-link-checker/hydra-maven-plugin",
                driver.get("informationUri").asText());
        assertEquals("9.9.9", driver.get("version").asText());
        // broken: http-status and connection; warning: rate-limited; the OK link has no kind and no rule
        assertEquals(List.of("http-status", "rate-limited", "connection"), texts(driver.get("rules"), "/id"));
        assertEquals(
                List.of("HTTP error status", "Rate limited", "Connection failed"),
                texts(driver.get("rules"), "/shortDescription/text"));
        assertEquals(
                Version.current(),
                write(new SarifReport(), Results.hostile())
                        .at("/runs/0/tool/driver/version")
                        .asText());
    }

    @Test
    void oneResultPerPlaceThatHoldsABrokenOrWarningLink() throws Exception {
        JsonNode results = write(new SarifReport("1"), Results.hostile()).at("/runs/0/results");

        // the hostile link on two pages, the pipe link on one, the rate-limited link on one; the OK link on none
        assertEquals(4, results.size());
        JsonNode first = results.get(0);
        assertEquals("http-status", first.get("ruleId").asText());
        assertEquals(0, first.get("ruleIndex").asInt());
        assertEquals("error", first.get("level").asText());
        assertEquals(
                Results.HOSTILE_URL + ": 404 Not Found",
                first.at("/message/text").asText());
        assertEquals(
                "about.html",
                first.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(
                3, first.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(
                "index.html",
                results.get(1)
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        assertEquals(
                12,
                results.get(1)
                        .at("/locations/0/physicalLocation/region/startLine")
                        .asInt());
        JsonNode connection = results.get(2);
        assertEquals("connection", connection.get("ruleId").asText());
        assertEquals(2, connection.get("ruleIndex").asInt());
        assertEquals(
                Results.PIPE_URL + ": connection refused <b>\u0000\u0001",
                connection.at("/message/text").asText());
        JsonNode warning = results.get(3);
        assertEquals("rate-limited", warning.get("ruleId").asText());
        assertEquals("warning", warning.get("level").asText());
        assertEquals(
                "https://example.org/slow: 429 Too Many Requests",
                warning.at("/message/text").asText());
        assertEquals(
                "contact.html",
                warning.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(
                8, warning.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void pagesBecomeUriReferences() throws Exception {
        JsonNode results = write(
                        new SarifReport("1"),
                        onPages(
                                new Source("(start)", 0),
                                new Source("/", 4),
                                new Source("/guide/p \u00e9.html", 0),
                                new Source("https://example.org/docs/a.html?x=1", 7)))
                .at("/runs/0/results");

        assertEquals(4, results.size());
        assertFalse(results.get(0).has("locations"), "the start link is on no page: " + results.get(0));
        assertEquals(
                "./",
                results.get(1)
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        JsonNode unknownLine = results.get(2).at("/locations/0/physicalLocation");
        assertEquals(
                "guide/p%20%C3%A9.html", unknownLine.at("/artifactLocation/uri").asText());
        assertFalse(unknownLine.has("region"), "no region for an unknown line: " + unknownLine);
        assertEquals(
                "https://example.org/docs/a.html?x=1",
                results.get(3)
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
    }

    @Test
    void theSourceFileAndLineAreTheLocationWhenKnown() throws Exception {
        JsonNode sarif = write(new SarifReport("1"), Results.withSources());
        JsonNode results = sarif.at("/runs/0/results");

        assertEquals(5, results.size());
        JsonNode markdown = results.get(0).at("/locations/0/physicalLocation");
        assertEquals(
                "src/site/markdown/guide.md",
                markdown.at("/artifactLocation/uri").asText());
        assertEquals(7, markdown.at("/region/startLine").asInt());
        JsonNode noLine = results.get(1).at("/locations/0/physicalLocation");
        assertEquals(
                "src/site/apt/other.apt", noLine.at("/artifactLocation/uri").asText());
        assertFalse(noLine.has("region"), "the line in the source is unknown; the page's line is not it: " + noLine);
        JsonNode page = results.get(2).at("/locations/0/physicalLocation");
        assertEquals("project-info.html", page.at("/artifactLocation/uri").asText());
        assertEquals(3, page.at("/region/startLine").asInt());
        assertFalse(results.get(3).has("locations"), "no file of the build holds an inherited menu's link");
        assertEquals(
                "/gone.html: 404 Not Found (on /index.html:12 (" + Source.INHERITED + "))",
                results.get(3).at("/message/text").asText());
        assertEquals(
                "src/main/java/org/example/Foo.java",
                results.get(4)
                        .at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        assertValid(sarif);
    }

    @Test
    void aCheckWithoutProblemsHasTheRunAndNoResults() throws Exception {
        LinkResult ok = new LinkResult(
                "https://example.org/", Verdict.OK, null, 200, "200 OK", null, List.of(new Source("/", 1)));
        JsonNode sarif = write(new SarifReport("1"), result(List.of(ok)));

        assertEquals(0, sarif.at("/runs/0/tool/driver/rules").size());
        assertEquals(0, sarif.at("/runs/0/results").size());
        assertValid(sarif);
    }

    /** The official SARIF 2.1.0 schema, as shipped by Microsoft's jest-sarif (see src/test/resources/sarif/README.md). */
    @Test
    void validAgainstTheSarif210Schema() throws Exception {
        assertValid(write(new SarifReport(), Results.hostile()));
        assertValid(write(
                new SarifReport("1"),
                onPages(
                        new Source("(start)", 0),
                        new Source("/", 4),
                        new Source("/guide/p \u00e9.html", 0),
                        new Source("https://example.org/docs/a.html?x=1", 7))));

        // the schema bites: a level SARIF does not have, a line 0 and a URI with a space are each refused
        for (String[] damage : new String[][] {
            {"\"level\": \"error\"", "\"level\": \"fatal\""},
            {"\"startLine\": 3", "\"startLine\": 0"},
            {"\"uri\": \"about.html\"", "\"uri\": \"about me.html\""}
        }) {
            String text = Results.render(new SarifReport("1"), Results.hostile());
            assertTrue(text.contains(damage[0]), damage[0]);
            assertFalse(
                    errors(JSON.readTree(text.replaceFirst(damage[0], damage[1])))
                            .isEmpty(),
                    damage[1] + " was accepted");
        }
    }

    @Test
    void markupInTextIsEscaped() throws Exception {
        String text = Results.render(new SarifReport("1"), Results.hostile());

        assertFalse(text.contains("<script>"), text);
        assertTrue(text.contains("\\u003cscript\\u003e"), text);
    }

    private static void assertValid(JsonNode sarif) throws Exception {
        List<Error> errors = errors(sarif);
        assertTrue(errors.isEmpty(), errors + " in " + sarif.toPrettyString());
    }

    private static List<Error> errors(JsonNode sarif) throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in);
            return schema.validate(sarif);
        }
    }

    private static CheckResult onPages(Source... sources) {
        return result(List.of(new LinkResult(
                "/missing.html",
                Verdict.BROKEN,
                ResultKind.MISSING_FILE,
                404,
                "file not found in site directory",
                null,
                List.of(sources))));
    }

    private static CheckResult result(List<LinkResult> links) {
        return new CheckResult("/site", Instant.EPOCH, Summary.of(1, links, 0), links, List.of(), Map.of());
    }

    private static JsonNode write(SarifReport report, CheckResult result) throws Exception {
        return JSON.readTree(Results.render(report, result));
    }

    private static List<String> texts(JsonNode array, String pointer) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.at(pointer).asText())
                .toList();
    }
}
