package dev.hydra.crawl;

import dev.hydra.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The places that hold one link, kept small: a large site has millions of link occurrences, so each is a page name
 * shared with every other link of that page and a line number, not an object of its own until the report needs it.
 */
final class Places {

    private String[] pages = new String[2];
    private int[] lines = new int[2];
    private int size;

    synchronized void add(String page, int line) {
        if (size == pages.length) {
            pages = Arrays.copyOf(pages, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        pages[size] = page;
        lines[size] = line;
        size++;
    }

    /** Each place once, sorted by page and line. */
    synchronized List<Source> sorted() {
        Source[] all = new Source[size];
        for (int i = 0; i < size; i++) {
            all[i] = new Source(pages[i], lines[i]);
        }
        Arrays.sort(all);
        List<Source> sorted = new ArrayList<>(size);
        for (Source source : all) {
            if (sorted.isEmpty() || sorted.get(sorted.size() - 1).compareTo(source) != 0) {
                sorted.add(source);
            }
        }
        return sorted;
    }
}
