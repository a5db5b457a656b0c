package dev.hydra.sources;

import java.util.List;

/**
 * Finds the line of a source that holds a link: the first candidate text found on any allowed line decides; when it
 * is on several lines, the one whose place in the file is nearest the place of the link on its page wins (a link
 * 80% down the page is most likely 80% down its source).
 */
final class LineFinder {

    private LineFinder() {}

    /**
     * @param lines the source's lines
     * @param allowed which lines may hold a link (doc comments of a Java file), or null for all
     * @param candidates the texts the link may be written as, most specific first
     * @param ratio where the link is on its page, from 0 (top) to 1 (bottom), or a negative number when unknown
     * @return the 1-based line, or 0 when no candidate is found
     */
    static int find(List<String> lines, boolean[] allowed, List<String> candidates, double ratio) {
        for (String candidate : candidates) {
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int i = 0; i < lines.size(); i++) {
                if ((allowed == null || allowed[i]) && lines.get(i).contains(candidate)) {
                    if (ratio < 0) {
                        return i + 1;
                    }
                    double distance = Math.abs((double) i / Math.max(1, lines.size() - 1) - ratio);
                    if (distance < bestDistance) {
                        best = i;
                        bestDistance = distance;
                    }
                }
            }
            if (best >= 0) {
                return best + 1;
            }
        }
        return 0;
    }
}
