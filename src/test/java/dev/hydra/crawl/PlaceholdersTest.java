package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Placeholders left in links as written, in the forms a POM and a generated page hold them. */
class PlaceholdersTest {

    @Test
    void aPlaceholderIsFoundAsWrittenAndPercentEncoded() {
        assertEquals("${project.url}", Placeholders.in("${project.url}/usage.html"));
        assertEquals("${env.DOCS}", Placeholders.in("https://example.org/${env.DOCS}/"));
        assertEquals("$%7Bproject.url%7D", Placeholders.in("$%7Bproject.url%7D/usage.html"));
        assertEquals("$%7bproject.url%7d", Placeholders.in("$%7bproject.url%7d"));
    }

    @Test
    void dollarsThatAreNoPlaceholderAreLeftAlone() {
        assertNull(Placeholders.in("https://example.org/price$5"));
        assertNull(Placeholders.in("https://example.org/${}"));
        assertNull(Placeholders.in("https://example.org/{id}"));
        assertNull(Placeholders.in("#$"));
    }
}
