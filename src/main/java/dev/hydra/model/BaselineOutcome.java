package dev.hydra.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What comparing a check with a baseline file found. The verdicts of the links stay as they are: a known dead
 * link is still broken, it only does not fail the build.
 *
 * @param file the baseline file, as shown to the user
 * @param known the broken link places the file lists, sorted
 * @param fixed the file's entries that are no longer broken, in the file's order, with their line numbers
 */
public record BaselineOutcome(String file, List<LinkPlace> known, List<FixedEntry> fixed) {

    /** An entry of the baseline file that is no longer broken, and the 1-based line that holds it. */
    public record FixedEntry(int line, LinkPlace place) {}

    public BaselineOutcome {
        Objects.requireNonNull(file, "file");
        known = known.stream().distinct().sorted().toList();
        fixed = List.copyOf(fixed);
    }

    /** Whether the file lists this link on this page. */
    public boolean isKnown(String url, String page) {
        return Collections.binarySearch(known, new LinkPlace(url, page)) >= 0; // sorted: a large baseline stays fast
    }
}
