package dev.hydra.model;

import java.util.List;

/** Counts over one check. */
public record Summary(
        int pages, int links, int ok, int broken, int warnings, int skipped, int excluded, long durationMillis) {

    /** Counts the verdicts of {@code links}. */
    public static Summary of(int pages, List<LinkResult> links, long durationMillis) {
        int[] counts = new int[Verdict.values().length];
        for (LinkResult link : links) {
            counts[link.verdict().ordinal()]++;
        }
        return new Summary(
                pages,
                links.size(),
                counts[Verdict.OK.ordinal()],
                counts[Verdict.BROKEN.ordinal()],
                counts[Verdict.WARNING.ordinal()],
                counts[Verdict.SKIPPED.ordinal()],
                counts[Verdict.EXCLUDED.ordinal()],
                durationMillis);
    }
}
