package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void daysAreAcceptedForTheCacheTimeToLive() {
        assertEquals(Duration.ofDays(1), Quantities.duration("cacheTtl", "1d"));
        assertEquals(Duration.ofHours(36), Quantities.duration("cacheTtl", "1.5d"));
        assertEquals(Duration.ofHours(12), Quantities.duration("cacheTtl", "12h"));
    }

    @Test
    void aWrongDurationNamesTheParameterAndTheWaysToWriteIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Quantities.duration("cacheTtl", "one day"));
        assertTrue(e.getMessage().startsWith("cacheTtl 'one day' is not a duration"), e.getMessage());
        assertTrue(e.getMessage().contains("1d"), e.getMessage());
    }
}
