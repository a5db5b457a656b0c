package dev.hydra.output;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Writes a {@link CheckResult} as {@code report.json}: every unique link, sorted by URL, so runs can be diffed. */
public final class JsonReport implements ReportFormat {

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
        Summary s = result.summary();
        out.write("{\n  \"start\": " + Json.quote(result.start()) + ",\n");
        out.write("  \"checkedAt\": " + Json.quote(result.checkedAt().toString()) + ",\n");
        out.write("  \"summary\": {\"pages\": " + s.pages() + ", \"links\": " + s.links() + ", \"ok\": " + s.ok()
                + ", \"broken\": " + s.broken() + ", \"warnings\": " + s.warnings() + ", \"skipped\": " + s.skipped()
                + ", \"excluded\": " + s.excluded() + ", \"durationMillis\": " + s.durationMillis() + "},\n");
        out.write("  \"settings\": {");
        boolean first = true;
        for (Map.Entry<String, String> setting : result.settings().entrySet()) {
            out.write((first ? "" : ", ") + Json.quote(setting.getKey()) + ": " + Json.quote(setting.getValue()));
            first = false;
        }
        out.write("},\n  \"notices\": [");
        for (int i = 0; i < result.notices().size(); i++) {
            out.write((i == 0 ? "" : ", ") + Json.quote(result.notices().get(i)));
        }
        out.write("],\n  \"links\": [");
        for (int i = 0; i < result.links().size(); i++) {
            out.write(i == 0 ? "\n    " : ",\n    ");
            writeLink(result.links().get(i), out);
        }
        out.write("\n  ]\n}\n");
    }

    private static void writeLink(LinkResult link, Writer out) throws IOException {
        out.write("{\"url\": " + Json.quote(link.url()) + ", \"result\": " + Json.quote(link.verdict().label()));
        if (link.kind() != null) {
            out.write(", \"kind\": " + Json.quote(link.kind().id()));
        }
        if (link.hasStatus()) {
            out.write(", \"status\": " + link.status());
        }
        out.write(", \"reason\": " + Json.quote(link.reason()));
        if (link.finalUrl() != null) {
            out.write(", \"finalUrl\": " + Json.quote(link.finalUrl()));
        }
        out.write(", \"sources\": [");
        for (int i = 0; i < link.sources().size(); i++) {
            Source source = link.sources().get(i);
            out.write((i == 0 ? "" : ", ") + "{\"page\": " + Json.quote(source.page()) + ", \"line\": " + source.line() + "}");
        }
        out.write("]}");
    }
}
