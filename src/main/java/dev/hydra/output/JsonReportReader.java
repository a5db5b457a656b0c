package dev.hydra.output;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a {@code report.json} that {@link JsonReport} wrote back into a {@link CheckResult}. */
public final class JsonReportReader {

    private JsonReportReader() {}

    /** @throws IOException when the file cannot be read or is not a Hydra report, saying which and why */
    public static CheckResult read(Path file) throws IOException {
        try {
            return fromJson(JsonParser.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new IOException(file + " is not a Hydra report.json (" + e.getMessage() + "); run hydra:check again", e);
        }
    }

    static CheckResult fromJson(Object json) {
        Map<String, Object> root = object(json, "the report");
        Map<String, Object> summary = object(root.get("summary"), "summary");
        List<LinkResult> links = new ArrayList<>();
        for (Object item : list(root.get("links"), "links")) {
            links.add(link(object(item, "a link")));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        object(root.getOrDefault("settings", Map.of()), "settings").forEach((name, value) -> settings.put(name, String.valueOf(value)));
        List<String> notices = new ArrayList<>();
        for (Object notice : list(root.getOrDefault("notices", List.of()), "notices")) {
            notices.add(String.valueOf(notice));
        }
        Summary counts = new Summary(
                count(summary, "pages"), count(summary, "links"), count(summary, "ok"), count(summary, "broken"),
                count(summary, "warnings"), count(summary, "skipped"), count(summary, "excluded"),
                ((Number) summary.getOrDefault("durationMillis", 0L)).longValue());
        return new CheckResult((String) root.get("start"), Instant.parse((String) root.get("checkedAt")), counts,
                links, notices, settings);
    }

    private static LinkResult link(Map<String, Object> json) {
        String label = ((String) json.get("result")).toUpperCase(Locale.ROOT);
        List<Source> sources = new ArrayList<>();
        for (Object item : list(json.getOrDefault("sources", List.of()), "sources")) {
            Map<String, Object> source = object(item, "a source");
            sources.add(new Source((String) source.get("page"), count(source, "line")));
        }
        Object kind = json.get("kind");
        return new LinkResult((String) json.get("url"), Verdict.valueOf(label),
                kind == null ? null : ResultKind.ofId((String) kind), count(json, "status"),
                (String) json.get("reason"), (String) json.get("finalUrl"), sources);
    }

    private static int count(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value == null ? 0 : ((Number) value).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object json, String what) {
        if (!(json instanceof Map)) {
            throw new IllegalArgumentException(what + " is not an object");
        }
        return (Map<String, Object>) json;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json, String what) {
        if (!(json instanceof List)) {
            throw new IllegalArgumentException(what + " is not a list");
        }
        return (List<Object>) json;
    }
}
