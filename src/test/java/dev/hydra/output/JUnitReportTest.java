package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkPlace;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

    /** Surefire's own schema of TEST-*.xml; see src/test/resources/junit/README.md. */
    private static final String SCHEMA = "/junit/surefire-test-report.xsd";

    @Test
    void eachBrokenLinkPlaceIsATestCaseOfItsOwnWithOneFailure() throws Exception {
        Document xml = parse(Results.render(new JUnitReport(), Results.hostile()));

        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("6", suite.getAttribute("tests"));
        assertEquals("3", suite.getAttribute("failures")); // the hostile link on two pages, the pipe link on one
        assertEquals("1", suite.getAttribute("skipped")); // the warning
        NodeList cases = suite.getElementsByTagName("testcase");
        assertCase(cases, 0, "/about.html", Results.HOSTILE_URL, "failure");
        assertCase(cases, 1, "/contact.html", "https://example.org/slow", "skipped");
        assertCase(cases, 2, "/contact.html", JUnitReport.WORKING_LINKS, null);
        assertCase(cases, 3, "/index.html", Results.HOSTILE_URL, "failure");
        assertCase(cases, 4, "/index.html", Results.PIPE_URL.replace('\n', ' '), "failure");
        assertCase(cases, 5, "/index.html", JUnitReport.WORKING_LINKS, null);
        Element failure = (Element)
                ((Element) cases.item(3)).getElementsByTagName("failure").item(0);
        assertEquals("404 Not Found", failure.getAttribute("message"));
        assertEquals("http-status", failure.getAttribute("type"), "the kind id, stable for reporters' grouping");
        assertEquals(Results.HOSTILE_URL + " : 404 Not Found\non /index.html, line 12", failure.getTextContent());
        Element warning = (Element)
                ((Element) cases.item(1)).getElementsByTagName("skipped").item(0);
        assertEquals("warning: 429 Too Many Requests", warning.getAttribute("message"));
    }

    @Test
    void aKnownDeadLinkIsSkippedWithItsReasonNotFailed() throws Exception {
        CheckResult compared = Results.hostile()
                .withBaseline(new BaselineOutcome(
                        "hydra-baseline.txt", List.of(new LinkPlace(Results.HOSTILE_URL, "/about.html")), List.of()));

        Document xml = parse(Results.render(new JUnitReport(), compared));

        assertEquals("2", xml.getDocumentElement().getAttribute("failures"));
        assertEquals("2", xml.getDocumentElement().getAttribute("skipped"));
        Element known =
                (Element) ((Element) xml.getElementsByTagName("testcase").item(0))
                        .getElementsByTagName("skipped")
                        .item(0);
        assertEquals("known dead link, listed in the baseline: 404 Not Found", known.getAttribute("message"));
    }

    @Test
    void theFileIsValidAgainstSurefiresSchema() throws Exception {
        CheckResult compared = Results.hostile()
                .withBaseline(new BaselineOutcome(
                        "hydra-baseline.txt", List.of(new LinkPlace(Results.HOSTILE_URL, "/about.html")), List.of()));
        for (CheckResult result : List.of(Results.hostile(), compared, lineBreaks())) {
            validate(Results.render(new JUnitReport(), result));
        }
    }

    @Test
    void crawledTextIsEscapedAndCharactersXmlCannotHoldAreDropped() throws Exception {
        String text = Results.render(new JUnitReport(), Results.hostile());
        Document xml = parse(text); // would throw on \u0000 or an unescaped quote

        Element pipe = (Element) xml.getElementsByTagName("failure").item(2);
        assertEquals("connection refused <b>", pipe.getAttribute("message"));
        assertTrue(pipe.getTextContent().startsWith(Results.PIPE_URL), pipe.getTextContent());
        assertTrue(!text.contains("<script>") && !text.contains("<b>"), text);
    }

    @Test
    void lineBreaksAndSupplementaryCharactersSurviveLoneSurrogatesDoNot() throws Exception {
        Document xml = parse(Results.render(new JUnitReport(), lineBreaks()));

        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals("500 Internal Server Error  ", failure.getAttribute("message"), "an attribute holds one line");
        assertEquals(
                "https://example.org/\ud83d\ude00 : 500 Internal\nServer Error  \non /p\u00e9.html, line 2",
                failure.getTextContent());
        assertEquals(
                "/p\u00e9.html", ((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("classname"));
        assertEquals("a b", ((Element) xml.getElementsByTagName("property").item(2)).getAttribute("value"));
    }

    private static CheckResult lineBreaks() {
        LinkResult link = new LinkResult(
                "https://example.org/\ud83d\ude00",
                Verdict.BROKEN,
                ResultKind.HTTP_STATUS,
                500,
                "500 Internal\nServer Error \ud83d \ufffe\u001b",
                null,
                List.of(new Source("/p\u00e9.html", 2)));
        return new CheckResult(
                "x",
                Instant.EPOCH,
                Summary.of(1, List.of(link), 0),
                List.of(link),
                List.of(),
                Map.of("excludes", "a\tb"));
    }

    private static void assertCase(NodeList cases, int index, String page, String link, String child) {
        Element testCase = (Element) cases.item(index);
        assertEquals(page, testCase.getAttribute("classname"), "classname of case " + index);
        assertEquals(link, testCase.getAttribute("name"), "name of case " + index);
        if (child != null) {
            assertEquals(1, testCase.getElementsByTagName(child).getLength(), child + " in case " + index);
        } else {
            assertEquals(
                    0,
                    testCase.getElementsByTagName("failure").getLength()
                            + testCase.getElementsByTagName("skipped").getLength());
        }
    }

    private static void validate(String text) throws Exception {
        URL schema = JUnitReportTest.class.getResource(SCHEMA);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(schema).newValidator();
        validator.validate(new StreamSource(new StringReader(text))); // throws SAXParseException naming line and column
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
