package dev.hydra.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The formats a check can write, chosen by name. */
public final class ReportFormats {

    private static final List<ReportFormat> ALL =
            List.of(new JsonReport(), new MarkdownReport(), new JUnitReport(), new SarifReport());

    private ReportFormats() {}

    /** The name of every format, in the order {@code formats} lists them in messages. */
    public static List<String> names() {
        return ALL.stream().map(ReportFormat::name).toList();
    }

    /**
     * The formats named in a comma-separated list (case and spaces ignored, duplicates once), always with
     * {@code json} first: the site report reads it.
     *
     * @throws IllegalArgumentException naming the unknown format and the valid ones
     */
    public static List<ReportFormat> parse(String list) {
        Map<String, ReportFormat> chosen = new LinkedHashMap<>();
        chosen.put("json", ALL.get(0));
        for (String part : (list == null ? "" : list).split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            ReportFormat format = ALL.stream()
                    .filter(f -> f.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("formats: unknown format '" + part.trim()
                            + "'; valid formats are " + String.join(", ", names())));
            chosen.put(name, format);
        }
        return new ArrayList<>(chosen.values());
    }
}
