package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void summaryAndBrokenLinksWithTheirPagesAndLines() throws Exception {
        String md = Results.render(new MarkdownReport(), Results.hostile());

        assertTrue(md.startsWith("## Hydra: 2 dead links\n"), md);
        assertTrue(md.contains("| 1 | 2 | 1 | 0 | 0 |"), md);
        assertTrue(md.contains("### Broken links (2)"), md);
        assertTrue(md.contains("| 404 Not Found | /about.html:3<br>/index.html:12 |"), md);
        assertTrue(md.contains("### Warnings (1)"), md);
    }

    @Test
    void theSourceFileAndLineStandBesideThePage() throws Exception {
        String md = Results.render(new MarkdownReport(), Results.withSources());

        assertTrue(
                md.contains("| /guide.html:40 (src/site/markdown/guide.md:7)<br>/other.html:9 (src/site/apt/other.apt)"
                        + "<br>/project-info.html:3<br>/index.html:12 (" + Source.INHERITED + ") |"),
                md);
    }

    @Test
    void textFromCrawledPagesCannotInjectHtmlCellsOrCode() throws Exception {
        String md = Results.render(new MarkdownReport(), Results.hostile());

        assertFalse(md.contains("<script>"), md);
        assertFalse(md.contains("<b>"), md);
        assertTrue(md.contains("https://example.org/\"&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), md);
        assertTrue(md.contains("a\\|b\\`c\\` d"), md); // pipe and backticks escaped, newline folded
        assertFalse(md.contains("\u0000"), md);
        for (String row : tableRows(md)) {
            assertEquals(4, unescapedPipes(row), "one row, three cells: " + row);
        }
    }

    private static List<String> tableRows(String md) {
        return md.lines()
                .filter(line -> line.startsWith("| ") && line.contains("example.org"))
                .toList();
    }

    private static int unescapedPipes(String row) {
        int count = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }
}
