package dev.hydra.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkPlace;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code report.json} that {@link JsonReport} wrote back into a {@link CheckResult}. */
public final class JsonReportReader {

    private JsonReportReader() {}

    /** @throws IOException when the file cannot be read or is not a Hydra report, saying which and why */
    public static CheckResult read(Path file) throws IOException {
        try {
            JsonNode root = object(JsonFiles.read(file), "the report");
            JsonNode version = root.get("schemaVersion");
            if (version == null || !version.isInt() || version.intValue() != JsonReport.SCHEMA_VERSION) {
                throw new IOException(file + " was written by another version of Hydra (schemaVersion "
                        + (version == null ? "1" : version.toString()) + "); run hydra:check again");
            }
            return fromJson(root);
        } catch (JsonFiles.InvalidJsonException | IllegalArgumentException | DateTimeParseException e) {
            throw new IOException(
                    file + " is not a Hydra report.json (" + e.getMessage() + "); run hydra:check again", e);
        }
    }

    /** A report of {@link JsonReport#SCHEMA_VERSION}. */
    private static CheckResult fromJson(JsonNode root) {
        JsonNode summary = object(root.get("summary"), "summary");
        List<LinkResult> links = new ArrayList<>();
        for (JsonNode item : array(root.get("links"), "links")) {
            links.add(link(object(item, "a link")));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        JsonNode settingsJson = root.get("settings");
        if (settingsJson != null) {
            object(settingsJson, "settings")
                    .properties()
                    .forEach(setting ->
                            settings.put(setting.getKey(), text(setting.getValue(), "setting " + setting.getKey())));
        }
        List<String> notices = new ArrayList<>();
        JsonNode noticesJson = root.get("notices");
        if (noticesJson != null) {
            for (JsonNode notice : array(noticesJson, "notices")) {
                notices.add(text(notice, "a notice"));
            }
        }
        Summary counts = new Summary(
                count(summary, "pages"),
                count(summary, "links"),
                count(summary, "ok"),
                count(summary, "broken"),
                count(summary, "warnings"),
                count(summary, "skipped"),
                count(summary, "excluded"),
                number(summary.get("durationMillis"), "summary.durationMillis"));
        JsonNode baseline = root.get("baseline");
        return new CheckResult(
                text(root.get("start"), "start"),
                Instant.parse(text(root.get("checkedAt"), "checkedAt")),
                counts,
                links,
                notices,
                settings,
                baseline == null ? Optional.empty() : Optional.of(baseline(object(baseline, "baseline"))));
    }

    private static BaselineOutcome baseline(JsonNode json) {
        List<LinkPlace> known = new ArrayList<>();
        for (JsonNode item : array(json.get("known"), "baseline.known")) {
            known.add(place(object(item, "a known baseline entry")));
        }
        List<BaselineOutcome.FixedEntry> fixed = new ArrayList<>();
        for (JsonNode item : array(json.get("fixed"), "baseline.fixed")) {
            fixed.add(
                    new BaselineOutcome.FixedEntry(count(object(item, "a fixed baseline entry"), "line"), place(item)));
        }
        return new BaselineOutcome(text(json.get("file"), "baseline.file"), known, fixed);
    }

    private static LinkPlace place(JsonNode json) {
        return new LinkPlace(
                text(json.get("url"), "a baseline entry's url"), text(json.get("page"), "a baseline entry's page"));
    }

    private static LinkResult link(JsonNode json) {
        String url = text(json.get("url"), "a link's url");
        String label = text(json.get("result"), "the result of " + url).toUpperCase(Locale.ROOT);
        List<Source> sources = new ArrayList<>();
        JsonNode sourcesJson = json.get("sources");
        if (sourcesJson != null) {
            for (JsonNode item : array(sourcesJson, "the sources of " + url)) {
                object(item, "a source of " + url);
                Source source = new Source(text(item.get("page"), "a source's page"), count(item, "line"));
                JsonNode sourceFile = item.get("sourceFile");
                JsonNode sourceNote = item.get("sourceNote");
                sources.add(
                        sourceFile != null
                                ? source.withSourceFile(
                                        text(sourceFile, "a source's sourceFile"), count(item, "sourceLine"))
                                : sourceNote != null
                                        ? source.withSourceNote(text(sourceNote, "a source's sourceNote"))
                                        : source);
            }
        }
        JsonNode kind = json.get("kind");
        JsonNode finalUrl = json.get("finalUrl");
        JsonNode judgedAs = json.get("judgedAs");
        return new LinkResult(
                url,
                Verdict.valueOf(label),
                kind == null ? null : ResultKind.ofId(text(kind, "the kind of " + url)),
                count(json, "status"),
                json.has("reason") ? text(json.get("reason"), "the reason of " + url) : null,
                finalUrl == null ? null : text(finalUrl, "the finalUrl of " + url),
                judgedAs == null ? null : text(judgedAs, "the judgedAs of " + url),
                sources);
    }

    /** An optional whole number that fits an int; 0 when absent. */
    private static int count(JsonNode json, String name) {
        long value = number(json.get(name), name);
        if (value != (int) value) {
            throw new IllegalArgumentException(name + " is out of range: " + value);
        }
        return (int) value;
    }

    private static long number(JsonNode json, String what) {
        if (json == null) {
            return 0;
        }
        if (!json.isIntegralNumber() || !json.canConvertToLong()) {
            throw new IllegalArgumentException(what + " is not a whole number");
        }
        return json.longValue();
    }

    private static String text(JsonNode json, String what) {
        if (json == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (!json.isTextual()) {
            throw new IllegalArgumentException(what + " is not a string");
        }
        return json.textValue();
    }

    private static JsonNode object(JsonNode json, String what) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(what + " is not an object");
        }
        return json;
    }

    private static JsonNode array(JsonNode json, String what) {
        if (json == null || !json.isArray()) {
            throw new IllegalArgumentException(what + " is not a list");
        }
        return json;
    }
}
