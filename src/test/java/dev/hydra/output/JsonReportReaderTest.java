package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aDamagedFileIsRefusedSayingWhereAndWhatToDo() throws Exception {
        Path file = dir.resolve("report.json");
        Files.writeString(file, "{\"start\": \"x\", \"links\": [");

        IOException e = assertThrows(IOException.class, () -> JsonReportReader.read(file));
        assertTrue(e.getMessage().contains("not a Hydra report.json") && e.getMessage().contains("run hydra:check again"),
                e.getMessage());
    }

    @Test
    void parsesNumbersEscapesAndNesting() {
        assertEquals(java.util.List.of(1L, -2.5, "a\"\u00e9\n", true, java.util.Map.of()),
                JsonParser.parse(" [1, -2.5e0, \"a\\\"\\u00e9\\n\", true, {}] "));
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("[".repeat(100) + "]".repeat(100)));
        assertThrows(IllegalArgumentException.class, () -> JsonParser.parse("[1] x"));
    }
}
