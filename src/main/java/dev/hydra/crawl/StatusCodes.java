package dev.hydra.crawl;

import java.util.BitSet;

/** A set of HTTP status codes written as users do: {@code 200-299,403,999}. */
public final class StatusCodes {

    private final BitSet codes;
    private final String text;

    private StatusCodes(BitSet codes, String text) {
        this.codes = codes;
        this.text = text;
    }

    /**
     * Parses a comma-separated list of codes and ranges.
     *
     * @throws IllegalArgumentException naming the part that is not a code or a range
     */
    public static StatusCodes parse(String text) {
        BitSet codes = new BitSet(1000);
        String trimmed = text == null ? "" : text.trim();
        if (!trimmed.isEmpty()) {
            for (String part : trimmed.split(",")) {
                String item = part.trim();
                try {
                    int dash = item.indexOf('-', 1);
                    int from = Integer.parseInt((dash < 0 ? item : item.substring(0, dash)).trim());
                    int to = dash < 0
                            ? from
                            : Integer.parseInt(item.substring(dash + 1).trim());
                    if (from < 100 || to > 999 || from > to) {
                        throw new NumberFormatException();
                    }
                    codes.set(from, to + 1);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                            "'" + item + "' in '" + text + "' is not an HTTP status code or a range like 200-299");
                }
            }
        }
        return new StatusCodes(codes, trimmed);
    }

    public boolean contains(int status) {
        return status >= 0 && codes.get(status);
    }

    @Override
    public String toString() {
        return text;
    }
}
