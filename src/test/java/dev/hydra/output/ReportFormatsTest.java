package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void jsonIsAlwaysWrittenBecauseTheSiteReportReadsIt() {
        assertEquals(List.of("json", "junit"), names(ReportFormats.parse(" JUnit ,junit")));
        assertEquals(List.of("json", "markdown", "junit"), names(ReportFormats.parse("json,markdown,junit")));
        assertEquals(List.of("json"), names(ReportFormats.parse("")));
        assertEquals(List.of("json", "sarif"), names(ReportFormats.parse("SARIF")));
    }

    @Test
    void anUnknownNameIsRefusedWithTheValidOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ReportFormats.parse("json,html"));
        assertTrue(
                e.getMessage().contains("'html'") && e.getMessage().contains("json, markdown, junit, sarif"),
                e.getMessage());
    }

    private static List<String> names(List<ReportFormat> formats) {
        return formats.stream().map(ReportFormat::name).toList();
    }
}
