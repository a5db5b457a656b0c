package dev.hydra.cache;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;

/** One line of the cache file, {@code checkedAtMillis TAB status TAB url TAB finalUrl TAB reason}, both ways. */
final class EntryLine {

    /** What a line must be, for notices. */
    static final String SHAPE =
            "an entry is checkedAtMillis, status, an absolute URL, a final URL or nothing, and a reason, split by tabs";

    private EntryLine() {}

    /** The entry a line holds, or null for a line that is none: every field is checked, URLs included. */
    static ResultCache.Entry parse(String line) {
        String[] fields = line.split("\t", 5);
        if (fields.length != 5 || !isAbsoluteUrl(fields[2]) || !fields[3].isEmpty() && !isAbsoluteUrl(fields[3])) {
            return null;
        }
        try {
            int status = Integer.parseInt(fields[1]);
            if (status < 100 || status > 999) {
                return null;
            }
            return new ResultCache.Entry(
                    fields[2],
                    status,
                    fields[4],
                    fields[3].isEmpty() ? null : fields[3],
                    Instant.ofEpochMilli(Long.parseLong(fields[0])));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    static String format(ResultCache.Entry entry) {
        return entry.checkedAt().toEpochMilli() + "\t" + entry.status() + "\t" + clean(entry.url()) + "\t"
                + (entry.finalUrl() == null ? "" : clean(entry.finalUrl())) + "\t" + clean(entry.reason()) + "\n";
    }

    private static boolean isAbsoluteUrl(String text) {
        if (text.isEmpty()) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && !uri.isOpaque();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** URLs never hold tabs or line breaks once parsed; reasons might, and would break the line format. */
    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
