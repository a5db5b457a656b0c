package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each protocol fact, over every status code, as the layers that ask it relied on. */
class HttpStatusesTest {

    private static List<Integer> where(java.util.function.IntPredicate fact) {
        return IntStream.range(100, 1000).filter(fact).boxed().toList();
    }

    @Test
    void eachFactNamesItsCodes() {
        assertEquals(List.of(301, 302, 303, 307, 308), where(HttpStatuses::isRedirect));
        assertEquals(List.of(400, 403, 405, 406, 501, 999), where(HttpStatuses::isHeadRefused));
        assertEquals(List.of(500), where(HttpStatuses::isHeadBroken));
        assertEquals(List.of(429), where(HttpStatuses::isRateLimited));
        assertEquals(List.of(404), where(HttpStatuses::isNotFound));
        assertEquals(List.of(403), where(HttpStatuses::isForbidden));
        List<Integer> retried = where(HttpStatuses::isWorthARetry);
        assertEquals(List.of(408, 429, 500, 502, 503, 504, 505), retried.subList(0, 7));
        assertEquals(2 + 99, retried.size(), "408, 429 and 500-599 but 501");
    }
}
