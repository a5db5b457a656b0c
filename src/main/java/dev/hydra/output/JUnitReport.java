package dev.hydra.output;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code TEST-hydra.xml} in the JUnit XML format of Surefire's reports, which Jenkins, GitLab and GitHub test
 * reporters read. Each broken link place (a link on a page) is a test case of its own, the page as
 * {@code classname} and the link as {@code name}, with one {@code <failure>}: reporters count, list and track
 * failures per test case, so one dead link fixed or added shows as one test fixed or failing. A known dead link
 * (listed in the baseline) and a warning are {@code <skipped>} cases with the reason: they do not fail the build,
 * and reporters show skipped tests apart from failures. The working links of a page are one passing case,
 * {@code working links}, so that reporters show each page and its count of passing tests without a case per link.
 * Skipped and excluded links are not test cases. Written with the JDK's {@link XMLStreamWriter}, which escapes markup.
 */
public final class JUnitReport implements ReportFormat {

    /** The name of the one passing test case per page; it never changes, so that reporters track it across runs. */
    static final String WORKING_LINKS = "working links";

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
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            write(result, xml);
            xml.flush();
            xml.close(); // leaves out open
        } catch (XMLStreamException e) {
            throw new IOException("TEST-hydra.xml could not be written: " + e.getMessage(), e);
        }
    }

    /** What one test case says: a failure, a skip with its reason, or a pass. */
    private enum Outcome {
        FAILURE,
        SKIPPED,
        PASSED
    }

    /**
     * One test case.
     *
     * @param page the page, its {@code classname}
     * @param name the link, or {@link #WORKING_LINKS}
     * @param message the one-line reason (the failure's or skip's message)
     * @param type the result kind id of a failure
     * @param detail the text of the failure, or of the passing case's output
     */
    private record TestCase(String page, String name, Outcome outcome, String message, String type, String detail) {}

    private static void write(CheckResult result, XMLStreamWriter xml) throws XMLStreamException {
        List<TestCase> cases = testCases(result);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        attribute(xml, "name", "hydra");
        attribute(xml, "tests", Integer.toString(cases.size()));
        attribute(
                xml,
                "failures",
                Long.toString(cases.stream()
                        .filter(c -> c.outcome() == Outcome.FAILURE)
                        .count()));
        attribute(xml, "errors", "0");
        attribute(
                xml,
                "skipped",
                Long.toString(cases.stream()
                        .filter(c -> c.outcome() == Outcome.SKIPPED)
                        .count()));
        attribute(
                xml, "time", String.format(Locale.ROOT, "%.3f", result.summary().durationMillis() / 1000.0));
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "start", result.start());
        // a property, not the suite's timestamp attribute, which version 3.0 of Surefire's schema does not have
        property(xml, "checkedAt", result.checkedAt().toString());
        if (result.baseline().isPresent()) {
            property(xml, "baseline", result.baseline().get().file());
        }
        for (Map.Entry<String, String> setting : result.settings().entrySet()) {
            property(xml, setting.getKey(), setting.getValue());
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        for (TestCase testCase : cases) {
            testCase(xml, testCase);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static void testCase(XMLStreamWriter xml, TestCase testCase) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testcase");
        attribute(xml, "name", testCase.name());
        attribute(xml, "classname", testCase.page());
        attribute(xml, "time", "0");
        switch (testCase.outcome()) {
            case FAILURE -> {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("failure");
                attribute(xml, "message", testCase.message());
                attribute(xml, "type", testCase.type());
                text(xml, testCase.detail());
                xml.writeEndElement();
                xml.writeCharacters("\n  ");
            }
            case SKIPPED -> {
                xml.writeCharacters("\n    ");
                xml.writeEmptyElement("skipped");
                attribute(xml, "message", testCase.message());
                xml.writeCharacters("\n  ");
            }
            case PASSED -> {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("system-out");
                text(xml, testCase.detail());
                xml.writeEndElement();
                xml.writeCharacters("\n  ");
            }
        }
        xml.writeEndElement();
    }

    /**
     * Per page, sorted: its broken links (failures, or skipped when the baseline lists them), then its warnings
     * (skipped), each in URL order, then its working links as one passing case.
     */
    private static List<TestCase> testCases(CheckResult result) {
        Map<String, List<TestCase>> byPage = new TreeMap<>();
        for (Verdict verdict : List.of(Verdict.BROKEN, Verdict.WARNING)) {
            for (LinkResult link : result.withVerdict(verdict)) {
                linesByPage(link)
                        .forEach((page, lines) -> byPage.computeIfAbsent(page, p -> new ArrayList<>())
                                .add(testCase(result, page, link, lines)));
            }
        }
        Map<String, Integer> workingByPage = new TreeMap<>();
        for (LinkResult link : result.withVerdict(Verdict.OK)) {
            pagesOf(link).forEach(page -> workingByPage.merge(page, 1, Integer::sum));
        }
        workingByPage.forEach((page, count) -> byPage.computeIfAbsent(page, p -> new ArrayList<>())
                .add(new TestCase(
                        page,
                        WORKING_LINKS,
                        Outcome.PASSED,
                        null,
                        null,
                        count + " link" + (count == 1 ? "" : "s") + " on this page work")));
        return byPage.values().stream().flatMap(List::stream).collect(Collectors.toList());
    }

    /**
     * The pages that hold a link, each once; a link no page holds is on the start. Most working links are on one page
     * or a few, and a large site has hundreds of thousands of them: no lists of lines are made for these.
     */
    private static Collection<String> pagesOf(LinkResult link) {
        List<Source> sources = link.sources();
        if (sources.isEmpty()) {
            return List.of(CheckResult.START_PAGE);
        }
        if (sources.size() == 1) {
            return List.of(sources.get(0).page());
        }
        Set<String> pages = new LinkedHashSet<>();
        for (Source source : sources) {
            pages.add(source.page());
        }
        return pages;
    }

    /** The pages that hold a link, each with the lines it is on; a link no page holds is on the start. */
    private static Map<String, List<Integer>> linesByPage(LinkResult link) {
        Map<String, List<Integer>> pages = new LinkedHashMap<>();
        if (link.sources().isEmpty()) {
            pages.put(CheckResult.START_PAGE, List.of());
        }
        for (Source source : link.sources()) {
            pages.computeIfAbsent(source.page(), page -> new ArrayList<>()).add(source.line());
        }
        return pages;
    }

    private static TestCase testCase(CheckResult result, String page, LinkResult link, List<Integer> lines) {
        String where =
                lines.stream().filter(line -> line > 0).map(String::valueOf).collect(Collectors.joining(", "));
        if (link.verdict() == Verdict.WARNING) {
            return new TestCase(page, link.url(), Outcome.SKIPPED, "warning: " + link.reason(), null, null);
        }
        if (result.isKnown(link, new Source(page, 0))) {
            return new TestCase(
                    page,
                    link.url(),
                    Outcome.SKIPPED,
                    "known dead link, listed in the baseline: " + link.reason(),
                    null,
                    null);
        }
        String detail = link.shownWithJudgedAs() + " : " + link.reason() + "\non " + page
                + (where.isEmpty() ? "" : (where.contains(",") ? ", lines " : ", line ") + where)
                + (link.finalUrl() != null ? "\nredirected to " + link.finalUrl() : "");
        return new TestCase(
                page, link.url(), Outcome.FAILURE, link.reason(), link.kind().id(), detail);
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("property");
        attribute(xml, "name", name);
        attribute(xml, "value", value);
    }

    /**
     * An attribute value, as XML 1.0 can hold it. Line breaks and tabs become spaces: the writer would write them
     * raw, and a parser folds raw ones into spaces anyway, so the value reads the same everywhere.
     */
    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(
                name, xmlChars(value).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }

    private static void text(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeCharacters(xmlChars(text));
    }

    /**
     * The text without the characters XML 1.0 cannot hold at all (most control characters, lone surrogates,
     * U+FFFE, U+FFFF): the JDK's writer escapes markup but would write those as they are, and no reader would
     * open the file.
     */
    static String xmlChars(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i)); // a whole supplementary character is allowed
            } else if (c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
