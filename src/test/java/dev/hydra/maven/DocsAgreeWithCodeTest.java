package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.files.FileSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README and the plugin site say the same things, and what they say of the goals is what the goals do: the
 * parameter tables against the plugin descriptor generated from the Mojo annotations, the default file selection
 * against {@link FileSelection}, and the sections the README and the site's home page share.
 */
class DocsAgreeWithCodeTest {

    private static final Path README = Path.of("README.md");
    private static final Path INDEX = Path.of("src/site/markdown/index.md");
    private static final Path USAGE = Path.of("src/site/markdown/usage.md");

    @Test
    void theHomePageAddsHydraAsTheReadmeDoes() throws Exception {
        assertEquals(
                siteLinks(section(Files.readString(README), "## Add it to a project")),
                section(Files.readString(INDEX), "## Add it to a project"));
    }

    @Test
    void theSampleRunIsShownAlike() throws Exception {
        String marker = "**The second command ends in `BUILD FAILURE`";
        assertEquals(
                firstBlockAfter(Files.readString(README), marker), firstBlockAfter(Files.readString(INDEX), marker));
    }

    @Test
    void theDefaultSelectionIsTheOneTheCodeMakes() throws Exception {
        Pattern pattern = Pattern.compile("`(\\*\\*/\\*\\.[a-z]+)`");
        for (Path doc : List.of(README, INDEX, USAGE)) {
            for (String paragraph : Files.readString(doc).split("\n\n")) {
                Matcher found = pattern.matcher(paragraph);
                Set<String> patterns = new LinkedHashSet<>();
                while (found.find()) {
                    patterns.add(found.group(1));
                }
                if (patterns.contains(FileSelection.DEFAULT_INCLUDES.get(0))) {
                    assertEquals(FileSelection.DEFAULT_INCLUDES, List.copyOf(patterns), doc + ":\n" + paragraph);
                }
            }
        }
    }

    @Test
    void noPageSaysACheckNeedsAStart() throws Exception {
        for (Path doc : List.of(README, INDEX, USAGE)) {
            String text = Files.readString(doc);
            assertFalse(text.contains("Set exactly one start"), doc + ": files alone, or nothing, is a check too");
            assertFalse(text.contains("With neither, the build stops"), doc.toString());
        }
    }

    @Test
    void parameterTablesAgreeWithTheGoals() throws Exception {
        Map<String, String[]> goals = descriptorParameters();
        int rows = 0;
        for (Path doc : List.of(README, USAGE)) {
            for (String[] row : parameterRows(Files.readString(doc))) {
                String name = row[0];
                String[] known = goals.get(name);
                assertTrue(known != null, doc + " documents " + name + ", which no goal has");
                if (row[1].startsWith("hydra.")) {
                    assertEquals("${" + row[1] + "}", known[0], doc + ": the property of " + name);
                }
                String documented = row[2];
                if (known[1] != null && documented.matches("`[^`]*`")) {
                    assertEquals(
                            plain(known[1]),
                            documented.substring(1, documented.length() - 1),
                            doc + ": the default of " + name);
                }
                if (known[1] != null) {
                    assertFalse(documented.isEmpty(), doc + " leaves out the default of " + name);
                }
                rows++;
            }
        }
        assertTrue(rows > 40, "both tables were read: " + rows + " rows");
    }

    /** Each row of the tables headed "parameter | property | default": name, property and default, as written. */
    private static List<String[]> parameterRows(String markdown) {
        Pattern row = Pattern.compile(
                "^\\| `([a-zA-Z]+)`(?: \\(`[a-z]+` goal\\))? \\|\\s*([^|]*?)\\s*\\|\\s*([^|]*?)\\s*\\|");
        List<String[]> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : markdown.split("\n")) {
            inTable = line.startsWith("| parameter | property | default |") || inTable && line.startsWith("|");
            Matcher found = row.matcher(line);
            if (inTable && found.find()) {
                rows.add(new String[] {found.group(1), found.group(2).replace("`", ""), found.group(3)});
            }
        }
        return rows;
    }

    /** Every goal's parameters in the generated descriptor: name to {expression, default or null}. */
    private static Map<String, String[]> descriptorParameters() throws Exception {
        Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(descriptor), "the plugin descriptor is generated before the tests");
        NodeList configurations = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(descriptor.toFile())
                .getElementsByTagName("configuration");
        Map<String, String[]> parameters = new HashMap<>();
        for (int i = 0; i < configurations.getLength(); i++) {
            NodeList children = configurations.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j).getNodeType() == Node.ELEMENT_NODE) {
                    Element parameter = (Element) children.item(j);
                    String defaultValue =
                            parameter.hasAttribute("default-value") ? parameter.getAttribute("default-value") : null;
                    parameters.put(parameter.getTagName(), new String[] {parameter.getTextContent(), defaultValue});
                }
            }
        }
        // a parameter set only in the pom (headers) has no expression, and so no line in <configuration>
        NodeList declared = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(descriptor.toFile())
                .getElementsByTagName("parameter");
        for (int i = 0; i < declared.getLength(); i++) {
            NodeList names = ((Element) declared.item(i)).getElementsByTagName("name");
            if (names.getLength() > 0) {
                parameters.putIfAbsent(names.item(0).getTextContent(), new String[] {null, null});
            }
        }
        return parameters;
    }

    /** A default as the docs write it: paths from the project's folder. */
    private static String plain(String defaultValue) {
        return defaultValue
                .replace("${project.build.directory}", "target")
                .replace("${project.reporting.outputDirectory}", "target/site")
                .replace("${project.basedir}/", "");
    }

    private static String section(String markdown, String title) {
        int from = markdown.indexOf(title);
        assertTrue(from >= 0, "no section " + title);
        int to = markdown.indexOf("\n## ", from + title.length());
        return (to < 0 ? markdown.substring(from) : markdown.substring(from, to + 1)).strip();
    }

    /** The README's links into the site's sources, as the site writes them. */
    private static String siteLinks(String readme) {
        return readme.replaceAll("\\(src/site/markdown/([a-z-]+)\\.md", "($1.html");
    }

    private static String firstBlockAfter(String markdown, String marker) {
        int at = markdown.indexOf(marker);
        assertTrue(at >= 0, "no " + marker);
        int open = markdown.indexOf("```\n", at);
        return markdown.substring(open, markdown.indexOf("```\n", open + 4));
    }
}
