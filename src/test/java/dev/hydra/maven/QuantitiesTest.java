package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The ways a user may write a duration or a size in the pom or with -D. */
class QuantitiesTest {

    @Test
    void readsDurationsWithAndWithoutUnit() {
        assertEquals(Duration.ofSeconds(10), Quantities.duration("timeout", "10s"));
        assertEquals(Duration.ofMillis(500), Quantities.duration("timeout", "500ms"));
        assertEquals(Duration.ofMillis(1500), Quantities.duration("timeout", "1.5s"));
        assertEquals(Duration.ofMinutes(2), Quantities.duration("timeout", " 2 M "));
        assertEquals(Duration.ofHours(1), Quantities.duration("timeout", "1h"));
        assertEquals(Duration.ofSeconds(30), Quantities.duration("timeout", "30"), "a bare number is seconds");
        assertEquals(Duration.ZERO, Quantities.duration("minRequestInterval", "0"));
    }

    @Test
    void readsSizesWithAndWithoutUnit() {
        assertEquals(8L * 1024 * 1024, Quantities.size("maxPageSize", "8MB"));
        assertEquals(512L * 1024, Quantities.size("maxPageSize", "512kb"));
        assertEquals(2L * 1024 * 1024 * 1024, Quantities.size("maxPageSize", "2G"));
        assertEquals(100, Quantities.size("maxPageSize", "100"), "a bare number is bytes");
    }

    @Test
    void namesTheParameterAndTheAcceptedFormsWhenItCannotRead() {
        IllegalArgumentException duration =
                assertThrows(IllegalArgumentException.class, () -> Quantities.duration("maxRetryAfter", "-5s"));
        assertEquals(
                "maxRetryAfter '-5s' is not a duration: write 10s, 500ms, 2m, 1d or a number of seconds",
                duration.getMessage());
        IllegalArgumentException size =
                assertThrows(IllegalArgumentException.class, () -> Quantities.size("maxPageSize", "1.5MB"));
        assertEquals("maxPageSize '1.5MB' is not a size: write 8MB, 512KB or a number of bytes", size.getMessage());
    }

    @Test
    void daysAreAcceptedForTheCacheTimeToLive() {
        assertEquals(Duration.ofDays(1), Quantities.duration("cacheTtl", "1d"));
        assertEquals(Duration.ofHours(36), Quantities.duration("cacheTtl", "1.5d"));
        assertEquals(Duration.ofHours(12), Quantities.duration("cacheTtl", "12h"));
    }
}
