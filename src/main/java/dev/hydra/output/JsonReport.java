package dev.hydra.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkPlace;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Writes a {@link CheckResult} as {@code report.json}: every unique link, sorted by URL, so runs can be diffed. */
public final class JsonReport implements ReportFormat {

    /**
     * The version of report.json's layout, its first field. A file without it is version 1 (before it was
     * written). Raise it when a field changes meaning or disappears; adding a field does not need a new version.
     */
    public static final int SCHEMA_VERSION = 2;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String fileName() {
        return "report.json";
    }

    /**
     * Streams the report: a large site's report holds a million places, which as a tree of nodes would take several
     * times the memory of the results themselves.
     */
    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        try (JsonGenerator json = JsonFiles.generator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeStringField("start", result.start());
            json.writeStringField("checkedAt", result.checkedAt().toString());
            Summary s = result.summary();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("pages", s.pages());
            json.writeNumberField("links", s.links());
            json.writeNumberField("ok", s.ok());
            json.writeNumberField("broken", s.broken());
            json.writeNumberField("warnings", s.warnings());
            json.writeNumberField("skipped", s.skipped());
            json.writeNumberField("excluded", s.excluded());
            json.writeNumberField("durationMillis", s.durationMillis());
            json.writeEndObject();
            json.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> setting : result.settings().entrySet()) {
                json.writeStringField(setting.getKey(), setting.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("notices");
            for (String notice : result.notices()) {
                json.writeString(notice);
            }
            json.writeEndArray();
            if (result.baseline().isPresent()) {
                json.writeFieldName("baseline");
                baseline(result.baseline().get(), json);
            }
            json.writeArrayFieldStart("links");
            List<LinkResult> sorted = new ArrayList<>(result.links());
            Collections.sort(sorted);
            for (LinkResult link : sorted) {
                link(link, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void baseline(BaselineOutcome baseline, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", baseline.file());
        json.writeArrayFieldStart("known");
        for (LinkPlace place : baseline.known()) {
            json.writeStartObject();
            json.writeStringField("url", place.url());
            json.writeStringField("page", place.page());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("fixed");
        for (BaselineOutcome.FixedEntry entry : baseline.fixed()) {
            json.writeStartObject();
            json.writeStringField("url", entry.place().url());
            json.writeStringField("page", entry.place().page());
            json.writeNumberField("line", entry.line());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void link(LinkResult link, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("url", link.url());
        json.writeStringField("result", link.verdict().label());
        if (link.kind() != null) {
            json.writeStringField("kind", link.kind().id());
        }
        if (link.hasStatus()) {
            json.writeNumberField("status", link.status());
        }
        json.writeStringField("reason", link.reason());
        if (link.finalUrl() != null) {
            json.writeStringField("finalUrl", link.finalUrl());
        }
        if (link.judgedAs() != null) {
            json.writeStringField("judgedAs", link.judgedAs());
        }
        json.writeArrayFieldStart("sources");
        for (Source source : link.sources()) {
            json.writeStartObject();
            json.writeStringField("page", source.page());
            json.writeNumberField("line", source.line());
            if (source.hasSourceFile()) {
                json.writeStringField("sourceFile", source.sourceFile());
                if (source.sourceLine() > 0) {
                    json.writeNumberField("sourceLine", source.sourceLine());
                }
            } else if (source.hasSourceNote()) {
                json.writeStringField("sourceNote", source.sourceNote());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
