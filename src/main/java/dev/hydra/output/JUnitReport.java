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
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code TEST-hydra.xml} in the JUnit XML format that Jenkins, GitLab and GitHub test reporters read:
 * one test case per page that holds links, one {@code <failure>} per broken link on it (message = reason).
 * Some readers show only a test case's first failure, so each failing case also lists all its broken links
 * in {@code <system-out>}. Written with the JDK's {@link XMLStreamWriter}, which escapes markup.
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
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            write(result, xml);
            xml.flush();
            xml.close(); // leaves out open
        } catch (XMLStreamException e) {
            throw new IOException("TEST-hydra.xml could not be written: " + e.getMessage(), e);
        }
    }

    private static void write(CheckResult result, XMLStreamWriter xml) throws XMLStreamException {
        Map<String, List<Failure>> pages = brokenByPage(result);
        long failing = pages.values().stream().filter(list -> !list.isEmpty()).count();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        attribute(xml, "name", "hydra");
        attribute(xml, "tests", Integer.toString(pages.size()));
        attribute(xml, "failures", Long.toString(failing));
        attribute(xml, "errors", "0");
        attribute(xml, "skipped", "0");
        attribute(xml, "time", String.format(Locale.ROOT, "%.3f", result.summary().durationMillis() / 1000.0));
        attribute(xml, "timestamp", result.checkedAt().toString());
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        property(xml, "start", result.start());
        for (Map.Entry<String, String> setting : result.settings().entrySet()) {
            property(xml, setting.getKey(), setting.getValue());
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        for (Map.Entry<String, List<Failure>> page : pages.entrySet()) {
            xml.writeCharacters("\n  ");
            if (page.getValue().isEmpty()) {
                xml.writeEmptyElement("testcase");
                testCaseAttributes(xml, page.getKey());
                continue;
            }
            xml.writeStartElement("testcase");
            testCaseAttributes(xml, page.getKey());
            StringBuilder all = new StringBuilder();
            for (Failure failure : page.getValue()) {
                String detail = failure.link().url() + " : " + failure.link().reason()
                        + (failure.line() > 0 ? " (line " + failure.line() + ")" : "");
                xml.writeCharacters("\n    ");
                xml.writeStartElement("failure");
                attribute(xml, "message", failure.link().reason());
                attribute(xml, "type", "broken link");
                text(xml, detail);
                xml.writeEndElement();
                all.append(detail).append('\n');
            }
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            text(xml, all.toString());
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static void testCaseAttributes(XMLStreamWriter xml, String page) throws XMLStreamException {
        attribute(xml, "classname", "hydra");
        attribute(xml, "name", page);
        attribute(xml, "time", "0");
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
        xml.writeAttribute(name, xmlChars(value).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
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
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every page that holds a link, sorted, with the broken links on it in URL and line order. */
    private static Map<String, List<Failure>> brokenByPage(CheckResult result) {
        Map<String, List<Failure>> pages = new TreeMap<>();
        for (LinkResult link : result.links()) {
            for (Source source : link.sources()) {
                List<Failure> failures = pages.computeIfAbsent(source.page(), page -> new ArrayList<>());
                if (link.verdict() == Verdict.BROKEN && !result.isKnown(link, source)) {
                    failures.add(new Failure(link, source.line()));
                }
            }
        }
        return pages;
    }

    private record Failure(LinkResult link, int line) {}
}
