package dev.hydra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a repository-like tree of Markdown files (a {@code README.md} at the top, {@code docs/aNN/tMM/} and some
 * {@code docs/aNN/tMM/deep/} folders of pages, images, a few other files) and beside it {@code OUT.truth.json} in
 * {@link SiteGenerator}'s format, with every link target's verdict as a reader of the repository on GitHub finds it:
 *
 * <pre>{"site": "md", "farm_port": 28080,
 *  "links": {"/docs/a00/t01/page-00012.md#install--run": {"verdict": "ok", "kind": "anchor", "sources": [...]}, ...}}</pre>
 *
 * Targets are paths from the top folder ({@code /} is the repository's root, as in GitHub's repository view), with
 * the fragment as written; external ones are full URLs on the {@link Farm} hosts, of {@link SiteGenerator#EXTERNAL}'s
 * kinds. Every page has the same headings, chosen so that GitHub's heading ids matter (punctuation dropped, runs of
 * {@code -} kept, a duplicate numbered, a setext heading, a closing {@code ##} sequence, a link and emphasis in a
 * heading, an {@code <a name>}); the dead anchors are near misses of them ({@code #install-run} for
 * {@code ## Install & Run}, {@code #example-2} where there are two). Text in code blocks and code spans that looks
 * like a link is in the truth as {@code ok} (kinds {@code in-code-*}): it is no link, and a checker reporting it
 * raises a false alarm.
 *
 * <p>Usage: {@code MarkdownGenerator OUT [--files 5000] [--links 16] [--external 0.15] [--hosts 20] [--port 28080]
 * [--seed 1] [--reuse 0.3]}
 */
public final class MarkdownGenerator {

    /** A heading as written, and its id on GitHub. */
    private record Heading(String markdown, String id) {}

    /** Every page's headings after its title {@code # Page N} (id {@code page-N}), in order. */
    private static final List<Heading> HEADINGS = List.of(
            new Heading("## Install & Run", "install--run"),
            new Heading("## Getting Started", "getting-started"),
            new Heading("## What's New?", "whats-new"),
            new Heading("## Options (Advanced)", "options-advanced"),
            new Heading("## Example", "example"),
            new Heading("### Example", "example-1"),
            new Heading("## `mvn verify` Output", "mvn-verify-output"),
            new Heading("## C++ & Java", "c--java"),
            new Heading("## Step 1: Configure", "step-1-configure"),
            new Heading("## FAQ ##", "faq"),
            new Heading("Overview\n--------", "overview"),
            new Heading("## Emphasis *matters* here", "emphasis-matters-here"),
            new Heading("## 100% Done!", "100-done"),
            new Heading("## snake_case_name", "snake_case_name"),
            new Heading("## Links [inside](#faq) a Heading", "links-inside-a-heading"),
            new Heading("<a name=\"custom-anchor\"></a>", "custom-anchor"));

    /** Near misses of the headings' ids: no such id on GitHub. */
    private static final List<String> MISSING_IDS = List.of(
            "install-run",
            "example-2",
            "c-java",
            "snake-case-name",
            "whats-new-",
            "step-1--configure",
            "getting_started",
            "faq-1",
            "overview-1",
            "links-inside-a-heading-faq");

    private static final List<SiteGenerator.Kind> INTERNAL = List.of(
            new SiteGenerator.Kind("file", 30, "ok", null),
            new SiteGenerator.Kind("root-file", 4, "ok", null),
            new SiteGenerator.Kind("missing-file", 5, "dead", null),
            new SiteGenerator.Kind("folder", 4, "ok", null),
            new SiteGenerator.Kind("missing-folder", 2, "dead", null),
            new SiteGenerator.Kind("anchor", 12, "ok", null),
            new SiteGenerator.Kind("self-anchor", 8, "ok", null),
            new SiteGenerator.Kind("missing-anchor", 4, "dead", null),
            new SiteGenerator.Kind("missing-self-anchor", 3, "dead", null),
            new SiteGenerator.Kind("image", 6, "ok", null),
            new SiteGenerator.Kind("missing-image", 2, "dead", null),
            new SiteGenerator.Kind("reference", 4, "ok", null),
            new SiteGenerator.Kind("missing-reference", 2, "dead", null),
            new SiteGenerator.Kind("other-file", 2, "ok", null),
            new SiteGenerator.Kind("spaced-name", 2, "ok", null),
            new SiteGenerator.Kind("html", 2, "ok", null),
            new SiteGenerator.Kind("missing-html", 1, "dead", null),
            new SiteGenerator.Kind("in-code", 5, "ok", null));

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final Path out;
    private final Random rng;
    private final int port;
    private final TruthFile truth = new TruthFile();
    private final ExternalLinks externalLinks;
    private int codeCounter;

    private MarkdownGenerator(Path out, long seed, int hosts, int port, double reuse) {
        this.out = out;
        this.rng = new Random(seed);
        this.port = port;
        this.externalLinks = new ExternalLinks(rng, hosts, port, reuse, "m", truth);
    }

    public static void main(String[] args) throws IOException {
        Args a = new Args(args);
        Path out = Path.of(a.positional(0)).toAbsolutePath().normalize();
        MarkdownGenerator generator = new MarkdownGenerator(
                out, a.integer("seed", 1), a.integer("hosts", 20), a.integer("port", 28080), a.decimal("reuse", 0.3));
        generator.generate(a.integer("files", 5000), a.integer("links", 16), a.decimal("external", 0.15));
    }

    private void generate(int fileCount, int linksPerFile, double external) throws IOException {
        List<String> pages = new ArrayList<>(fileCount);
        Set<String> folders = new LinkedHashSet<>();
        for (int i = 0; i < fileCount - 2; i++) { // and the README and docs/my notes.md
            int area = i / 200;
            int topic = (i % 200) / 20;
            String folder =
                    String.format("/docs/a%02d/t%02d", area, topic) + (topic % 3 == 0 && i % 2 == 1 ? "/deep" : "");
            pages.add(String.format("%s/page-%05d.md", folder, i));
            for (String f = folder; f.length() > 0; f = f.substring(0, f.lastIndexOf('/'))) {
                folders.add(f + "/");
            }
        }
        List<String> folderList = new ArrayList<>(folders);
        List<String> images = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String image = String.format("/img/figure-%02d.png", i);
            images.add(image);
            Path file = file(image);
            Files.createDirectories(file.getParent());
            Files.write(file, PNG);
        }
        List<String> others = List.of("/examples/Demo.java", "/examples/config.yml", "/LICENSE");
        for (String other : others) {
            write(other, "example\n");
        }
        write("/docs/my notes.md", "# My notes\n\nA file whose name has a space.\n");

        for (int n = 0; n < pages.size(); n++) {
            String src = pages.get(n);
            StringBuilder md = new StringBuilder(4096);
            List<String> definitions = new ArrayList<>();
            md.append("# Page ").append(n).append("\n\n");
            md.append("Up to the [README](")
                    .append(SiteGenerator.rel(src, "/README.md"))
                    .append(").\n\n");
            record("/README.md", "ok", "file", src);
            for (int h = 0; h < HEADINGS.size(); h++) {
                Heading heading = HEADINGS.get(h);
                // the links spread over the sections, one or more each
                int count = linksPerFile / HEADINGS.size() + (h < linksPerFile % HEADINGS.size() ? 1 : 0);
                md.append(heading.markdown()).append("\n\n");
                if (heading.markdown().contains("(#faq)")) {
                    record(src + "#faq", "ok", "self-anchor", src); // the link in the heading
                }
                for (int l = 0; l < count; l++) {
                    String link = rng.nextDouble() < external
                            ? "[external](" + externalLinks.link(src) + ")"
                            : internalLink(src, n, pages, folderList, images, others, definitions);
                    md.append("- ").append(link).append('\n');
                }
                md.append('\n');
            }
            for (String definition : definitions) {
                md.append(definition).append('\n');
            }
            write(src, md.toString());
        }

        // the README links the areas' folders and each area's first page, as a docs tree's top usually does
        StringBuilder readme = new StringBuilder("# Project\n\n## Documentation\n\n");
        for (String folder : folderList) {
            if (folder.matches("/docs/a\\d\\d/")) {
                readme.append("- [")
                        .append(folder)
                        .append("](")
                        .append(folder.substring(1))
                        .append(")\n");
                record(folder, "ok", "folder", "/README.md");
            }
        }
        for (int i = 0; i < pages.size(); i += 200) {
            String page = pages.get(i);
            readme.append("- [Start](").append(page.substring(1)).append("#getting-started)\n");
            record(page + "#getting-started", "ok", "anchor", "/README.md");
        }
        readme.append("\n[License](LICENSE) · [Notes](<docs/my notes.md>)\n");
        record("/LICENSE", "ok", "other-file", "/README.md");
        record("/docs/my%20notes.md", "ok", "spaced-name", "/README.md");
        write("/README.md", readme.toString());
        truth.write(out, port);

        System.out.println(fileCount + " files, " + truth.counts());
    }

    private String internalLink(
            String src,
            int n,
            List<String> pages,
            List<String> folders,
            List<String> images,
            List<String> others,
            List<String> definitions) {
        SiteGenerator.Kind kind = SiteGenerator.Kind.pick(INTERNAL, rng);
        String verdict = kind.verdict();
        String other = near(src, n, pages);
        switch (kind.name()) {
            case "file":
                record(other, verdict, "file", src);
                return "[page](" + relative(src, other) + ")";
            case "root-file":
                record(other, verdict, "root-file", src);
                return "[page](" + other + ")";
            case "missing-file": {
                String missing = other.replace(".md", "-old.md");
                record(missing, verdict, "missing-file", src);
                return "[old page](" + relative(src, missing) + ")";
            }
            case "folder": {
                String folder = folders.get(rng.nextInt(folders.size()));
                boolean slash = rng.nextBoolean();
                String target = slash ? folder : folder.substring(0, folder.length() - 1);
                record(target, verdict, "folder", src);
                String rel = SiteGenerator.rel(src, folder);
                return "[folder](" + (slash ? rel : rel.substring(0, rel.length() - 1)) + ")";
            }
            case "missing-folder": {
                String folder = parent(other) + "/gone-" + n + "/";
                record(folder, verdict, "missing-folder", src);
                return "[folder](" + SiteGenerator.rel(src, folder) + ")";
            }
            case "anchor": {
                String id = okId(other, pages);
                record(other + "#" + id, verdict, "anchor", src);
                return "[section](" + relative(src, other) + "#" + id + ")";
            }
            case "self-anchor": {
                String id = okId(src, pages);
                record(src + "#" + id, verdict, "self-anchor", src);
                return "[section](#" + id + ")";
            }
            case "missing-anchor": {
                String id = missingId(other, pages);
                record(other + "#" + id, verdict, "missing-anchor", src);
                return "[section](" + relative(src, other) + "#" + id + ")";
            }
            case "missing-self-anchor": {
                String id = missingId(src, pages);
                record(src + "#" + id, verdict, "missing-self-anchor", src);
                return "[section](#" + id + ")";
            }
            case "image": {
                String image = images.get(rng.nextInt(images.size()));
                record(image, verdict, "image", src);
                return "![figure](" + SiteGenerator.rel(src, image) + ")";
            }
            case "missing-image": {
                String image = "/img/missing-" + n + ".png";
                record(image, verdict, "missing-image", src);
                return "![figure](" + SiteGenerator.rel(src, image) + ")";
            }
            case "reference":
            case "missing-reference": {
                String target = kind.name().equals("reference") ? other : other.replace(".md", "-moved.md");
                String label = "ref-" + definitions.size();
                definitions.add("[" + label + "]: " + relative(src, target));
                record(target, verdict, kind.name(), src);
                return "[a reference][" + label + "]";
            }
            case "other-file": {
                String file = others.get(rng.nextInt(others.size()));
                record(file, verdict, "other-file", src);
                return "[example](" + SiteGenerator.rel(src, file) + ")";
            }
            case "spaced-name":
                record("/docs/my%20notes.md", verdict, "spaced-name", src);
                return rng.nextBoolean()
                        ? "[notes](" + SiteGenerator.rel(src, "/docs/my%20notes.md") + ")"
                        : "[notes](<" + SiteGenerator.rel(src, "/docs/my notes.md") + ">)";
            case "html": {
                String image = images.get(rng.nextInt(images.size()));
                record(image, verdict, "html", src);
                return "<img src=\"" + SiteGenerator.rel(src, image) + "\" alt=\"figure\" width=\"40\">";
            }
            case "missing-html": {
                String missing = other.replace(".md", "-draft.md");
                record(missing, verdict, "missing-html", src);
                return "<a href=\"" + relative(src, missing) + "\">draft</a>";
            }
            default:
                return inCode(src);
        }
    }

    /** Text that looks like a link but is in code: no link, so never dead. */
    private String inCode(String src) {
        int c = ++codeCounter;
        String file = parent(src) + "/not-a-link-" + c + ".md";
        String url = externalLinks.farmUrl("/dead/code" + c);
        switch (rng.nextInt(3)) {
            case 0:
                record(file, "ok", "in-code-span", src);
                return "write `[text](not-a-link-" + c + ".md)` for a link";
            case 1:
                record(file, "ok", "in-code-block", src);
                record(url, "ok", "in-code-block", src);
                return "a block:\n\n  ```markdown\n  [text](not-a-link-" + c + ".md) and " + url + "\n  ```\n";
            default:
                record(url, "ok", "in-code-span", src);
                return "the URL `" + url + "` in a code span";
        }
    }

    /** A page near {@code n} most of the time (same topic or area), else anywhere. */
    private String near(String src, int n, List<String> pages) {
        int index = rng.nextDouble() < 0.7
                ? Math.floorMod(n + rng.nextInt(41) - 20, pages.size())
                : rng.nextInt(pages.size());
        if (pages.get(index).equals(src)) {
            index = (index + 1) % pages.size();
        }
        return pages.get(index);
    }

    private String okId(String page, List<String> pages) {
        int i = rng.nextInt(HEADINGS.size() + 1);
        return i == HEADINGS.size() ? "page-" + number(page) : HEADINGS.get(i).id();
    }

    private String missingId(String page, List<String> pages) {
        int i = rng.nextInt(MISSING_IDS.size() + 1);
        return i == MISSING_IDS.size() ? "page-" + (number(page) + 1) : MISSING_IDS.get(i);
    }

    private static int number(String page) {
        return Integer.parseInt(page.substring(page.lastIndexOf('-') + 1, page.length() - 3));
    }

    /** A relative link, now and then with a leading {@code ./}. */
    private String relative(String from, String to) {
        String rel = SiteGenerator.rel(from, to);
        return !rel.startsWith("..") && rng.nextInt(4) == 0 ? "./" + rel : rel;
    }

    private void record(String target, String verdict, String kind, String source) {
        truth.record(target, verdict, kind, source);
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private Path file(String treePath) {
        return out.resolve(treePath.substring(1));
    }

    private void write(String treePath, String text) throws IOException {
        Path file = file(treePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
