package dev.hydra.output;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code TEST-hydra.xml} in the JUnit XML format that Jenkins, GitLab and GitHub test reporters read:
 * one test case per page that holds links, one {@code <failure>} per broken link on it (message = reason).
 * Some readers show only a test case's first failure, so each failing case also lists all its broken links
 * in {@code <system-out>}.
 */
public final class JUnitReport implements ReportFormat {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String fileName() {
        return "TEST-hydra.xml";
    }

    @Override
    public void write(CheckResult result, Writer out) throws IOException {
        Map<String, List<Failure>> pages = brokenByPage(result);
        long failing = pages.values().stream().filter(list -> !list.isEmpty()).count();
        String time = String.format(Locale.ROOT, "%.3f", result.summary().durationMillis() / 1000.0);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuite name=\"hydra\" tests=\"" + pages.size() + "\" failures=\"" + failing
                + "\" errors=\"0\" skipped=\"0\" time=\"" + time + "\" timestamp=\"" + Xml.escape(result.checkedAt().toString()) + "\">\n");
        out.write("  <properties>\n    <property name=\"start\" value=\"" + Xml.escape(result.start()) + "\"/>\n");
        for (Map.Entry<String, String> setting : result.settings().entrySet()) {
            out.write("    <property name=\"" + Xml.escape(setting.getKey()) + "\" value=\"" + Xml.escape(setting.getValue()) + "\"/>\n");
        }
        out.write("  </properties>\n");
        for (Map.Entry<String, List<Failure>> page : pages.entrySet()) {
            out.write("  <testcase classname=\"hydra\" name=\"" + Xml.escape(page.getKey()) + "\" time=\"0\"");
            if (page.getValue().isEmpty()) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            StringBuilder all = new StringBuilder();
            for (Failure failure : page.getValue()) {
                String detail = failure.link().url() + " : " + failure.link().reason()
                        + (failure.line() > 0 ? " (line " + failure.line() + ")" : "");
                out.write("    <failure message=\"" + Xml.escape(failure.link().reason()) + "\" type=\"broken link\">"
                        + Xml.escape(detail) + "</failure>\n");
                all.append(detail).append('\n');
            }
            out.write("    <system-out>" + Xml.escape(all.toString()) + "</system-out>\n");
            out.write("  </testcase>\n");
        }
        out.write("</testsuite>\n");
    }

    /** Every page that holds a link, sorted, with the broken links on it in URL and line order. */
    private static Map<String, List<Failure>> brokenByPage(CheckResult result) {
        Map<String, List<Failure>> pages = new TreeMap<>();
        for (LinkResult link : result.links()) {
            for (Source source : link.sources()) {
                List<Failure> failures = pages.computeIfAbsent(source.page(), page -> new ArrayList<>());
                if (link.verdict() == Verdict.BROKEN) {
                    failures.add(new Failure(link, source.line()));
                }
            }
        }
        return pages;
    }

    private record Failure(LinkResult link, int line) {}
}
