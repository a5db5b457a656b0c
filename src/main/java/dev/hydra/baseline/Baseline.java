package dev.hydra.baseline;

import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkPlace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entries of a baseline file, and how a check compares with them: a broken link place the file lists is
 * known, one it does not list is new, and an entry that is not broken any more is fixed.
 *
 * @param file the file, as shown to the user
 * @param entries its entries in the file's order
 * @param notices the lines that are no entry and were left out, for the user
 */
public record Baseline(String file, List<BaselineEntry> entries, List<String> notices) {

    public Baseline {
        entries = List.copyOf(entries);
        notices = List.copyOf(notices);
    }

    /** {@code result} with what the comparison found; its verdicts stay as they are. */
    public CheckResult compare(CheckResult result) {
        Set<String> listed = new HashSet<>();
        entries.forEach(entry -> listed.add(entry.text()));
        Set<String> brokenNow = new HashSet<>();
        List<LinkPlace> known = new ArrayList<>();
        for (LinkPlace place : result.brokenPlaces()) {
            String line = BaselineLine.of(place);
            brokenNow.add(line);
            if (listed.contains(line)) {
                known.add(place);
            }
        }
        List<BaselineOutcome.FixedEntry> fixed = new ArrayList<>();
        for (BaselineEntry entry : entries) {
            if (!brokenNow.contains(entry.text())) {
                fixed.add(new BaselineOutcome.FixedEntry(entry.line(), entry.place()));
            }
        }
        return result.withBaseline(new BaselineOutcome(file, known, fixed));
    }
}
