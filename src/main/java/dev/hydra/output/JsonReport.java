package dev.hydra.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkPlace;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import java.io.IOException;
import java.io.Writer;

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

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        JsonFiles.write(toJson(result), out);
    }

    static ObjectNode toJson(CheckResult result) {
        ObjectNode root = JsonFiles.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("start", result.start());
        root.put("checkedAt", result.checkedAt().toString());
        Summary s = result.summary();
        root.putObject("summary")
                .put("pages", s.pages())
                .put("links", s.links())
                .put("ok", s.ok())
                .put("broken", s.broken())
                .put("warnings", s.warnings())
                .put("skipped", s.skipped())
                .put("excluded", s.excluded())
                .put("durationMillis", s.durationMillis());
        ObjectNode settings = root.putObject("settings");
        result.settings().forEach(settings::put);
        ArrayNode notices = root.putArray("notices");
        result.notices().forEach(notices::add);
        result.baseline().ifPresent(baseline -> baseline(baseline, root.putObject("baseline")));
        ArrayNode links = root.putArray("links");
        result.links().stream().sorted().forEach(link -> links.add(link(link)));
        return root;
    }

    private static void baseline(BaselineOutcome baseline, ObjectNode json) {
        json.put("file", baseline.file());
        ArrayNode known = json.putArray("known");
        for (LinkPlace place : baseline.known()) {
            known.addObject().put("url", place.url()).put("page", place.page());
        }
        ArrayNode fixed = json.putArray("fixed");
        for (BaselineOutcome.FixedEntry entry : baseline.fixed()) {
            fixed.addObject()
                    .put("url", entry.place().url())
                    .put("page", entry.place().page())
                    .put("line", entry.line());
        }
    }

    private static ObjectNode link(LinkResult link) {
        ObjectNode json = JsonFiles.object();
        json.put("url", link.url());
        json.put("result", link.verdict().label());
        if (link.kind() != null) {
            json.put("kind", link.kind().id());
        }
        if (link.hasStatus()) {
            json.put("status", link.status());
        }
        json.put("reason", link.reason());
        if (link.finalUrl() != null) {
            json.put("finalUrl", link.finalUrl());
        }
        ArrayNode sources = json.putArray("sources");
        for (Source source : link.sources()) {
            ObjectNode place = sources.addObject().put("page", source.page()).put("line", source.line());
            if (source.hasSourceFile()) {
                place.put("sourceFile", source.sourceFile());
                if (source.sourceLine() > 0) {
                    place.put("sourceLine", source.sourceLine());
                }
            }
        }
        return json;
    }
}
