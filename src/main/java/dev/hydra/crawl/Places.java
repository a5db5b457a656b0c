package dev.hydra.crawl;

import dev.hydra.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The places that hold one link, kept small: a large site has millions of link occurrences, so each is a page name
 * shared with every other link of that page and a line number, not an object of its own until the report needs it.
 */
final class Places {

    private String[] pages = new String[2];
    private int[] lines = new int[2];
    private int size;

    /** The most places sorted where they lie; more are sorted as objects. */
    private static final int SORTED_BY_INSERTION = 32;

    /** Whether the places are each once and sorted, as {@link #sorted()} gives them: true until one is added. */
    private boolean inOrder;

    Places() {}

    private Places(String[] pages, int[] lines, int size) {
        this.pages = pages;
        this.lines = lines;
        this.size = size;
        this.inOrder = true;
    }

    /**
     * The places at {@code pages[i]}, {@code lines[i]}, for {@code i} below {@code size}, each once and sorted by page
     * and line already; the arrays are taken over.
     */
    static Places inOrder(String[] pages, int[] lines, int size) {
        return new Places(pages, lines, size);
    }

    /**
     * Drops the places on these pages (compared by identity: the one string each page's places share); returns
     * whether any place is left.
     */
    synchronized boolean removePages(Set<String> dropped) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!dropped.contains(pages[i])) {
                pages[kept] = pages[i];
                lines[kept] = lines[i];
                kept++;
            }
        }
        Arrays.fill(pages, kept, size, null);
        size = kept;
        return size > 0;
    }

    /** Each place as it was added, duplicates included. */
    synchronized void forEach(PlaceConsumer action) {
        for (int i = 0; i < size; i++) {
            action.accept(pages[i], lines[i]);
        }
    }

    @FunctionalInterface
    interface PlaceConsumer {
        void accept(String page, int line);
    }

    synchronized void add(String page, int line) {
        inOrder = false;
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
        sort();
        List<Source> sorted = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sorted.add(new Source(pages[i], lines[i]));
        }
        return sorted;
    }

    /** Each place once, sorted by page and line, in place: a second call, or {@link #sorted()} after it, is cheap. */
    synchronized void sort() {
        if (inOrder) {
            return;
        }
        if (size <= SORTED_BY_INSERTION) {
            // most links have a few places: sorted where they lie, without an object for each
            for (int i = 1; i < size; i++) {
                String page = pages[i];
                int line = lines[i];
                int j = i - 1;
                while (j >= 0 && compare(pages[j], lines[j], page, line) > 0) {
                    pages[j + 1] = pages[j];
                    lines[j + 1] = lines[j];
                    j--;
                }
                pages[j + 1] = page;
                lines[j + 1] = line;
            }
        } else {
            Source[] all = new Source[size];
            for (int i = 0; i < size; i++) {
                all[i] = new Source(pages[i], lines[i]);
            }
            Arrays.sort(all);
            for (int i = 0; i < size; i++) {
                pages[i] = all[i].page();
                lines[i] = all[i].line();
            }
        }
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (kept == 0 || compare(pages[kept - 1], lines[kept - 1], pages[i], lines[i]) != 0) {
                pages[kept] = pages[i];
                lines[kept] = lines[i];
                kept++;
            }
        }
        Arrays.fill(pages, kept, size, null);
        size = kept;
        inOrder = true;
    }

    /** As {@link Source#compareTo} orders places. */
    private static int compare(String page, int line, String otherPage, int otherLine) {
        int byPage = page == otherPage ? 0 : page.compareTo(otherPage);
        return byPage != 0 ? byPage : Integer.compare(line, otherLine);
    }
}
