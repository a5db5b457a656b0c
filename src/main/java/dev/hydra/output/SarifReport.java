package dev.hydra.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * from when Hydra found them, else the page.
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

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        JsonFiles.write(toJson(result), out);
    }

    ObjectNode toJson(CheckResult result) {
        List<LinkResult> findings = new ArrayList<>();
        Map<ResultKind, Integer> ruleIndex = new EnumMap<>(ResultKind.class);
        for (LinkResult link : result.links()) {
            if (link.verdict() == Verdict.BROKEN || link.verdict() == Verdict.WARNING) {
                findings.add(link);
                ruleIndex.put(link.kind(), 0);
            }
        }
        ObjectNode root = JsonFiles.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Hydra");
        driver.put("informationUri", INFORMATION_URI);
        driver.put("version", version);
        ArrayNode rules = driver.putArray("rules");
        for (Map.Entry<ResultKind, Integer> rule : ruleIndex.entrySet()) { // in the enum's order
            rule.setValue(rules.size());
            rules.addObject()
                    .put("id", rule.getKey().id())
                    .putObject("shortDescription")
                    .put("text", rule.getKey().title());
        }
        ArrayNode results = run.putArray("results");
        for (LinkResult link : findings) {
            for (Source source : link.sources()) {
                ObjectNode json = results.addObject();
                json.put("ruleId", link.kind().id());
                json.put("ruleIndex", ruleIndex.get(link.kind()));
                json.put("level", link.verdict() == Verdict.BROKEN ? "error" : "warning");
                boolean known = link.verdict() == Verdict.BROKEN && result.isKnown(link, source);
                json.putObject("message")
                        .put("text", link.url() + ": " + link.reason() + (known ? " (known: in the baseline)" : ""));
                if (result.baseline().isPresent() && link.verdict() == Verdict.BROKEN) {
                    // SARIF's own word for a finding a baseline already holds; dashboards hide or mark those
                    json.put("baselineState", known ? "unchanged" : "new");
                }
                if (source.hasSourceFile()) {
                    // the file an author edits; its path is relative to the build's top folder, as SARIF viewers
                    // resolve a relative URI against the repository
                    location(json, uri(source.sourceFile()), source.sourceLine());
                } else if (!source.page().equals(START_PAGE)) {
                    location(json, uri(source.page()), source.line());
                }
            }
        }
        return root;
    }

    private static void location(ObjectNode result, String uri, int line) {
        ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri);
        if (line > 0) {
            location.putObject("region").put("startLine", line);
        }
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
