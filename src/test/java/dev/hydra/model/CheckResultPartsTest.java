package dev.hydra.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each module of a reactor's staged site gets the part of the check on its own pages. */
class CheckResultPartsTest {

    private final LinkResult parentDead = broken("/module-b/gone.html", "/");
    private final LinkResult moduleDead = broken("/module-a/missing.html", "/module-a/index.html");
    private final CheckResult reactor = new CheckResult(
            "staged",
            Instant.EPOCH,
            Summary.of(2, List.of(parentDead, moduleDead), 5),
            List.of(parentDead, moduleDead),
            List.of(),
            Map.of());

    @Test
    void theParentsPartLeavesOutThePagesOfItsModules() {
        CheckResult parent = reactor.onPagesUnder("/", List.of("/", "/module-a/", "/module-b/"));

        assertEquals(List.of("/module-b/gone.html"), urls(parent));
        assertEquals(1, parent.summary().broken());
        assertEquals(1, parent.summary().pages());
    }

    @Test
    void aModulesPartHoldsItsOwnPages() {
        CheckResult moduleA = reactor.onPagesUnder("/module-a/", List.of("/", "/module-a/", "/module-b/"));

        assertEquals(List.of("/module-a/missing.html"), urls(moduleA));
        assertEquals(List.of("/module-b/gone.html", "/module-a/missing.html"), urls(reactor.onPagesUnder("/")));
    }

    private static List<String> urls(CheckResult result) {
        return result.links().stream().map(LinkResult::url).toList();
    }

    private static LinkResult broken(String url, String page) {
        return new LinkResult(
                url,
                Verdict.BROKEN,
                ResultKind.MISSING_FILE,
                404,
                "file not found",
                null,
                List.of(new Source(page, 3)));
    }
}
