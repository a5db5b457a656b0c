package dev.hydra.maven;

import dev.hydra.output.SiteReportModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;

/**
 * The Dead Links page that {@code mvn site} already rendered, with the skin around it, written again with the
 * results of a check that ran after it ({@code mvn site verify}): the part between the comments
 * {@link DeadLinksRenderer} puts around its body is replaced, the skin's menus and header stay as they are.
 */
final class RenderedReportPage {

    private RenderedReportPage() {}

    /**
     * Writes the results into the page.
     *
     * @return false, leaving the file alone, when there is no such page or it holds no Dead Links body
     * @throws IOException when the page cannot be read or written
     */
    static boolean rewrite(Path page, SiteReportModel model, String provenance) throws IOException {
        if (!Files.isRegularFile(page)) {
            return false;
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int[] old = body(html);
        if (old == null) {
            return false;
        }
        String rendered = render(model, provenance);
        int[] fresh = body(rendered);
        if (fresh == null) {
            throw new IllegalStateException("the Dead Links body lost its comments while being rendered");
        }
        String body = asTheSkinDrewIt(rendered.substring(fresh[0], fresh[1]), html.substring(old[0], old[1]));
        String written = html.substring(0, old[0]) + body + html.substring(old[1]);
        Path temporary =
                Files.createTempFile(page.getParent(), page.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, written, StandardCharsets.UTF_8);
            Files.move(temporary, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }

    /** The page as {@link DeadLinksRenderer} writes it, without the skin. */
    private static String render(SiteReportModel model, String provenance) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sink sink = new Xhtml5SinkFactory().createSink(out, StandardCharsets.UTF_8.name());
        new DeadLinksRenderer(sink, model, provenance).render();
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The body with the tables' class that the skin gave the page's tables: a skin rewrites Doxia's
     * {@code class="bodyTable"} as it renders a page (Fluido writes {@code class="table table-striped"}), which a body
     * rendered without the skin lacks.
     */
    private static String asTheSkinDrewIt(String body, String skinned) {
        Matcher table = TABLE_CLASS.matcher(skinned);
        if (!table.find() || table.group(1).equals(DOXIA_TABLE_CLASS)) {
            return body;
        }
        return body.replace("<table class=\"" + DOXIA_TABLE_CLASS + "\"", "<table class=\"" + table.group(1) + "\"");
    }

    private static final String DOXIA_TABLE_CLASS = "bodyTable";

    private static final Pattern TABLE_CLASS = Pattern.compile("<table class=\"([^\"<>]*)\"");

    /** Where the body begins (at its opening comment) and ends (after its closing comment), or null. */
    private static int[] body(String html) {
        int begins = html.indexOf(DeadLinksRenderer.BODY_BEGINS);
        int ends = html.indexOf(DeadLinksRenderer.BODY_ENDS, Math.max(begins, 0));
        if (begins < 0 || ends < 0) {
            return null;
        }
        int open = html.lastIndexOf("<!--", begins);
        int close = html.indexOf("-->", ends);
        return open < 0 || close < 0 ? null : new int[] {open, close + "-->".length()};
    }
}
