package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReportReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsBackEverythingJsonReportWrote() throws Exception {
        CheckResult original = Results.hostile();
        Path file = dir.resolve("report.json");
        Files.writeString(file, Results.render(new JsonReport(), original));

        CheckResult read = JsonReportReader.read(file);

        assertEquals(original, read); // records: every field, every link, every source, hostile text intact
    }

    @Test
    void readsBackSourceFilesAndLines() throws Exception {
        CheckResult original = Results.withSources();
        Path file = dir.resolve("report.json");
        String json = Results.render(new JsonReport(), original);
        Files.writeString(file, json);

        assertEquals(original, JsonReportReader.read(file));
        com.fasterxml.jackson.databind.JsonNode sources =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).at("/links/0/sources");
        assertEquals("src/site/markdown/guide.md", sources.at("/0/sourceFile").asText());
        assertEquals(7, sources.at("/0/sourceLine").asInt());
        assertFalse(sources.get(1).has("sourceLine"), "an unknown line is left out: " + sources);
        assertFalse(sources.get(2).has("sourceFile"), "an unknown file is left out: " + sources);
        assertFalse(sources.get(2).has("sourceNote"), sources.toString());
        assertEquals(Source.INHERITED, sources.at("/3/sourceNote").asText());
        assertFalse(sources.get(3).has("sourceFile"), sources.toString());
    }

    @Test
    void aDamagedFileIsRefusedSayingWhereAndWhatToDo() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"start\": \"x\", \"links\": [");

        IOException e = assertThrows(IOException.class, () -> JsonReportReader.read(file));
        assertTrue(
                e.getMessage().contains("not a Hydra report.json")
                        && e.getMessage().contains("run hydra:check again"),
                e.getMessage());
    }

    @Test
    void readsEscapesAndIgnoresNamesItDoesNotKnow() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, """
                {"schemaVersion": 2, "start": "a\\"\\u00e9\\n\\/", "checkedAt": "2026-11-25T10:00:00Z", "future": [1, -2.5e0, true, null, {}],
                 "summary": {"pages": 1, "links": 1, "broken": 1, "durationMillis": 12},
                 "links": [{"url": "https://example.org/x", "result": "broken", "kind": "http-status", "status": 404,
                            "reason": "404 Not Found", "sources": [{"page": "/index.html", "line": 3}]}]}
                """);

        CheckResult read = JsonReportReader.read(file);

        assertEquals("a\"\u00e9\n/", read.start());
        assertEquals(12, read.summary().durationMillis());
        assertEquals(ResultKind.HTTP_STATUS, read.links().get(0).kind());
        assertEquals(List.of(new Source("/index.html", 3)), read.links().get(0).sources());
        assertEquals(List.of(), read.notices());
    }

    /** Strict RFC 8259: what lenient parsers accept is refused, with the place and what to do. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"pages\": +1",
                "\"pages\": 01",
                "\"pages\": .5",
                "\"pages\": 1.",
                "\"pages\": NaN",
                "\"pages\": 1, }",
                "\"pages\": 1 /* comment */",
                "\"pages\": 1 // comment\n",
                "\"pages\": 1 # comment\n",
                "'pages': 1",
                "pages: 1",
                "\"pages\": 1, \"pages\": 2",
                "\"pages\": \"\u0001\"",
                "\"pages\": \"\\x\""
            })
    void lenientJsonIsRefused(String summaryBody) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(
                file,
                "{\"schemaVersion\": 2, \"start\": \"x\", \"checkedAt\": \"2026-11-25T10:00:00Z\",\n \"summary\": {"
                        + summaryBody + "}, \"links\": []}");

        IOException e = assertThrows(IOException.class, () -> JsonReportReader.read(file));
        assertTrue(
                e.getMessage().startsWith(file + " is not a Hydra report.json (not valid JSON at line 2, column ")
                        && e.getMessage().endsWith("); run hydra:check again"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1, 2,]", "{} x", "{}{}", "", "[1]"})
    void anythingButOneReportObjectIsRefused(String text) throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, text);

        IOException e = assertThrows(IOException.class, () -> JsonReportReader.read(file));
        assertTrue(
                e.getMessage().contains("not a Hydra report.json")
                        && e.getMessage().contains("run hydra:check again"),
                e.getMessage());
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"start\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");

        IOException e = assertThrows(IOException.class, () -> JsonReportReader.read(file));
        assertTrue(e.getMessage().contains("not valid JSON") && e.getMessage().contains("nesting"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(
                file,
                "{\"schemaVersion\": 2, \"start\": \"x\", \"checkedAt\": \"2026-11-25T10:00:00Z\", \"summary\": {\"pages\": \"1\"},"
                        + " \"links\": []}");

        IOException e = assertThrows(IOException.class, () -> JsonReportReader.read(file));
        assertTrue(e.getMessage().contains("(pages is not a whole number)"), e.getMessage());
    }

    @Test
    void writesTheSameKeysInTheSameOrderPrettyPrinted() throws Exception {
        String json = Results.render(new JsonReport(), Results.hostile());

        assertTrue(json.startsWith("{\n  \"schemaVersion\": 2,\n  \"start\": "), json);
        List<String> keys = json.lines()
                .filter(line -> line.matches("  \"\\w+\": .*"))
                .map(line -> line.substring(3, line.indexOf('"', 3)))
                .toList();
        assertEquals(List.of("schemaVersion", "start", "checkedAt", "summary", "settings", "notices", "links"), keys);
        assertTrue(json.contains("""
                    "url": "https://example.org/slow",
                    "result": "warning",
                    "kind": "rate-limited",
                    "status": 429,
                    "reason": "429 Too Many Requests",
                    "sources": [
                      {
                        "page": "/contact.html",
                        "line": 8
                      }
                    ]
              """), json);
        assertTrue(json.endsWith("\n  ]\n}\n"), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"schemaVersion\": 3, ", "\"schemaVersion\": \"2\", ", "\"schemaVersion\": 2.0, "})
    void aReportOfAnotherSchemaVersionIsRefusedNamingIt(String version) throws Exception {
        Path file = dir.resolve("report.json");
        String report = Results.render(new JsonReport(), Results.hostile());
        Files.writeString(file, report.replace("\"schemaVersion\": 2,\n  ", version));

        IOException e = assertThrows(IOException.class, () -> JsonReportReader.read(file));
        String shown = version.isEmpty() ? "1" : version.substring(version.indexOf(':') + 2, version.length() - 2);
        assertEquals(
                file + " was written by another version of Hydra (schemaVersion " + shown + "); run hydra:check again",
                e.getMessage());
    }

    @Test
    void everyKindIsInTheDocumentedTableWithItsTitle() throws Exception {
        String section = Files.readString(Path.of("src/site/markdown/report-json.md"));

        for (ResultKind kind : ResultKind.values()) {
            assertTrue(
                    section.contains("| `" + kind.id() + "` | " + kind.title() + " |"),
                    kind.id() + " is not documented");
        }
    }
}
