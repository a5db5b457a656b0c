package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What two walks of a site tell the later check about the URLs whose answers may have changed. */
class SiteInventoryTest {

    private static final long FOLDER = -1;

    private static long[] file(long size, long modified) {
        return new long[] {size, modified, modified};
    }

    /**
     * A folder whose entries changed while the last check ran: a file that check read may have gone before its walk,
     * so that neither walk saw it. Every path below the folder that answers with nothing now is judged again; the
     * files both walks saw, with their stamps, are not.
     */
    @Test
    void aFolderChangedDuringTheLastCheckLeavesItsMissingPathsToBeJudgedAgain() {
        SiteInventory earlier = new SiteInventory(
                Map.of("", new long[] {FOLDER, 3, 1}, "/kept.html", file(10, 100), "/docs", new long[] {FOLDER, 3, 0}));
        SiteInventory now = new SiteInventory(
                Map.of("", new long[] {FOLDER, 3, 0}, "/kept.html", file(10, 100), "/docs", new long[] {FOLDER, 3, 0}));

        SiteInventory.Changes changes = now.changesSince(earlier);

        assertTrue(changes.affects("/gone.html"), "missing in both walks, maybe read by the last check");
        assertTrue(changes.affects("/docs/gone.html"));
        assertFalse(changes.affects("/kept.html"), "seen by both walks with one stamp");
        assertFalse(changes.affects(""), "the folder answers with its index.html, which has an entry of its own");
        assertFalse(changes.affects("/docs"));
    }

    @Test
    void aFolderWhoseAccessChangedLeavesEverythingBelowItToBeJudgedAgain() {
        SiteInventory earlier =
                new SiteInventory(Map.of("/docs", new long[] {FOLDER, 3, 0}, "/docs/a.html", file(10, 100)));
        SiteInventory now =
                new SiteInventory(Map.of("/docs", new long[] {FOLDER, 0, 0}, "/docs/a.html", file(10, 100)));

        SiteInventory.Changes changes = now.changesSince(earlier);

        assertTrue(changes.affects("/docs/a.html"));
        assertTrue(changes.affects("/docs"));
        assertFalse(changes.affects("/other.html"));
    }

    @Test
    void aSettledFolderWhoseTimeMovedChangesNothingItsFilesDoNotTell() {
        SiteInventory earlier = new SiteInventory(Map.of("", new long[] {FOLDER, 3, 0}, "/a.html", file(10, 100)));
        SiteInventory now = new SiteInventory(Map.of("", new long[] {FOLDER, 3, 1}, "/a.html", file(10, 100)));

        SiteInventory.Changes changes = now.changesSince(earlier);

        assertTrue(changes.isEmpty(), changes.toString());
        assertFalse(changes.affects("/missing.html"));
    }
}
