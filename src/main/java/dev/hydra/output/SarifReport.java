package dev.hydra.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hydra.crawl.Version;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.sarif}, SARIF 2.1.0, which code-scanning dashboards (GitHub, GitLab, Azure DevOps, IDE
 * viewers) read: one run of the tool {@code Hydra}, one rule per {@link ResultKind} that occurs, one result per
 * place that holds a broken link (level {@code error}) or a link with a warning (level {@code warning}). OK,
 * skipped and excluded links are not results. A result's location is the source file and line the page was generated
 * from when Hydra found them, else the page; a link that no file of the build holds (an inherited menu's) has none,
 * and its message names the page and where the link comes from.
 */
public final class SarifReport implements ReportFormat {

    static final String INFORMATION_URI = "https://github.com/hydra-link-checker/hydra-maven-plugin";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The page of a link given as the check's start, which no page holds. */
    private static final String START_PAGE = "(start)";

    private final String version;

    public SarifReport() {
        this(Version.current());
    }

    SarifReport(String version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return "report.sarif";
    }

    /** Streams the file: a large site can have a broken link on hundreds of thousands of places, a result each. */
    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        List<LinkResult> findings = new ArrayList<>();
        Map<ResultKind, Integer> ruleIndex = new EnumMap<>(ResultKind.class);
        for (LinkResult link : result.links()) {
            if (link.verdict() == Verdict.BROKEN || link.verdict() == Verdict.WARNING) {
                findings.add(link);
                ruleIndex.put(link.kind(), 0);
            }
        }
        try (JsonGenerator json = JsonFiles.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "Hydra");
            json.writeStringField("informationUri", INFORMATION_URI);
            json.writeStringField("version", version);
            json.writeArrayFieldStart("rules");
            int rules = 0;
            for (Map.Entry<ResultKind, Integer> rule : ruleIndex.entrySet()) { // in the enum's order
                rule.setValue(rules++);
                json.writeStartObject();
                json.writeStringField("id", rule.getKey().id());
                json.writeObjectFieldStart("shortDescription");
                json.writeStringField("text", rule.getKey().title());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject(); // driver
            json.writeEndObject(); // tool
            json.writeArrayFieldStart("results");
            for (LinkResult link : findings) {
                for (Source source : link.sources()) {
                    finding(result, link, source, ruleIndex.get(link.kind()), json);
                }
            }
            json.writeEndArray();
            json.writeEndObject(); // the run
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void finding(CheckResult result, LinkResult link, Source source, int ruleIndex, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", link.kind().id());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", link.verdict() == Verdict.BROKEN ? "error" : "warning");
        boolean known = link.verdict() == Verdict.BROKEN && result.isKnown(link, source);
        json.writeObjectFieldStart("message");
        json.writeStringField(
                "text",
                link.url() + ": " + link.reason() + (known ? " (known: in the baseline)" : "")
                        + (source.hasSourceFile() || source.hasSourceNote() || isAddress(source.page())
                                ? ""
                                : " (in " + source + ")")
                        + (source.hasSourceNote() ? " (on " + source.withSourceText() + ")" : ""));
        json.writeEndObject();
        if (result.baseline().isPresent() && link.verdict() == Verdict.BROKEN) {
            // SARIF's own word for a finding a baseline already holds; dashboards hide or mark those
            json.writeStringField("baselineState", known ? "unchanged" : "new");
        }
        if (source.hasSourceFile()) {
            // the file an author edits; its path is relative to the build's top folder, as SARIF viewers resolve a
            // relative URI against the repository
            location(json, uri(source.sourceFile()), source.sourceLine());
        } else if (!source.page().equals(START_PAGE) && isAddress(source.page()) && !source.hasSourceNote()) {
            // a link whose note says no file of the build holds it (an inherited menu) has no place to point at
            location(json, uri(source.page()), source.line());
        }
        json.writeEndObject();
    }

    /**
     * Whether a page is a place SARIF can point at: a site path or a URL. A POM from outside the project, named by
     * its coordinates ({@code org.apache:apache:35}), is not; its finding keeps the coordinates in the message.
     */
    private static boolean isAddress(String page) {
        return page.startsWith("/") || page.contains("://");
    }

    private static void location(JsonGenerator json, String uri, int line) throws IOException {
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri);
        json.writeEndObject();
        if (line > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", line);
            json.writeEndObject();
        }
        json.writeEndObject(); // physicalLocation
        json.writeEndObject();
        json.writeEndArray();
    }

    /**
     * A page as SARIF wants it, a URI reference: a site path loses its leading slash, to be relative to wherever
     * the site is ({@code /guide/a.html} becomes {@code guide/a.html}, {@code /} becomes {@code ./}); an absolute
     * URL stays as it is. Characters a URI cannot hold (spaces, non-ASCII) are percent-encoded as UTF-8.
     */
    static String uri(String page) {
        String relative = page;
        if (page.startsWith("/") && !page.startsWith("//")) {
            relative = page.substring(1);
            if (relative.isEmpty() || relative.startsWith("?") || relative.startsWith("#")) {
                relative = "./" + relative;
            }
        }
        StringBuilder out = new StringBuilder(relative.length());
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }
}
