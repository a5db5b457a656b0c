package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitReportTest {

    @Test
    void oneTestCasePerPageAndOneFailurePerBrokenLinkOnIt() throws Exception {
        Document xml = parse(Results.render(new JUnitReport(), Results.hostile()));

        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("3", suite.getAttribute("tests")); // /about.html, /contact.html, /index.html
        assertEquals("2", suite.getAttribute("failures")); // about and index hold broken links
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals("/about.html", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals("/contact.html", ((Element) cases.item(1)).getAttribute("name"));
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        NodeList indexFailures = ((Element) cases.item(2)).getElementsByTagName("failure");
        assertEquals(2, indexFailures.getLength());
        Element first = (Element) indexFailures.item(0);
        assertEquals("404 Not Found", first.getAttribute("message"));
        assertEquals(Results.HOSTILE_URL + " : 404 Not Found (line 12)", first.getTextContent());
    }

    @Test
    void crawledTextIsEscapedAndCharactersXmlCannotHoldAreDropped() throws Exception {
        String text = Results.render(new JUnitReport(), Results.hostile());
        Document xml = parse(text); // would throw on \u0000 or an unescaped quote

        Element second = (Element) xml.getElementsByTagName("failure").item(2);
        assertEquals("connection refused <b>", second.getAttribute("message"));
        assertTrue(second.getTextContent().startsWith(Results.PIPE_URL), second.getTextContent());
        assertTrue(!text.contains("<script>") && !text.contains("<b>"), text);
    }

    @Test
    void lineBreaksAndSupplementaryCharactersSurviveLoneSurrogatesDoNot() throws Exception {
        LinkResult link = new LinkResult("https://example.org/\ud83d\ude00", Verdict.BROKEN, ResultKind.HTTP_STATUS, 500,
                "500 Internal\nServer Error \ud83d \ufffe\u001b", null, List.of(new Source("/p\u00e9.html", 2)));
        CheckResult result = new CheckResult("x", Instant.EPOCH, Summary.of(1, List.of(link), 0), List.of(link), List.of(),
                Map.of("excludes", "a\tb"));

        Document xml = parse(Results.render(new JUnitReport(), result));

        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals("500 Internal Server Error  ", failure.getAttribute("message"), "an attribute holds one line");
        assertEquals("https://example.org/\ud83d\ude00 : 500 Internal\nServer Error   (line 2)", failure.getTextContent());
        assertEquals("/p\u00e9.html", ((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name"));
        assertEquals("a b", ((Element) xml.getElementsByTagName("property").item(1)).getAttribute("value"));
    }

    private static Document parse(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
