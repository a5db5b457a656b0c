package dev.hydra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a static site with known good and dead links, and beside it {@code OUT.truth.json} with every link
 * target's expected verdict (a port of the shared linkfarm's gen-site.py, same truth format and kinds):
 *
 * <pre>{"site": "site", "farm_port": 28080,
 *  "links": {"/p/00/00003.html#s2": {"verdict": "ok", "kind": "anchor", "sources": ["/p/00/00001.html"]}, ...}}</pre>
 *
 * Internal targets are site-absolute paths, external ones full URLs on the {@link Farm} hosts 127.0.1.N:PORT.
 * Links a checker should skip (mailto:, tel:, javascript:, data:) are not in the truth.
 *
 * <p>Usage: {@code SiteGenerator OUT [--pages 1000] [--links 40] [--external 0.3] [--hosts 20] [--port 28080]
 * [--seed 1] [--hang 0] [--padding 8] [--reuse 0.3]}
 */
public final class SiteGenerator {

    /** A kind of link, how often it is drawn, its expected verdict and (for external ones) its path. */
    record Kind(String name, int weight, String verdict, String path) {

        /** A kind drawn from {@code table} by weight. */
        static Kind pick(List<Kind> table, Random rng) {
            int total = table.stream().mapToInt(Kind::weight).sum();
            int x = rng.nextInt(total);
            for (Kind kind : table) {
                x -= kind.weight();
                if (x < 0) {
                    return kind;
                }
            }
            return table.get(table.size() - 1);
        }
    }

    /** The kinds of external link and their paths on the {@link Farm} hosts; {@link MarkdownGenerator} uses them too. */
    static final List<Kind> EXTERNAL = List.of(
            new Kind("ok", 50, "ok", "/ok/"),
            new Kind("dead", 8, "dead", "/dead/"),
            new Kind("gone", 2, "dead", "/gone/"),
            new Kind("error", 2, "dead", "/error/"),
            new Kind("flaky", 3, "ok", "/flaky/"),
            new Kind("ratelimit", 2, "ok", "/ratelimit/"),
            new Kind("redirect", 6, "ok", "/redirect/3/"),
            new Kind("redirect-dead", 2, "dead", "/redirect-dead/"),
            new Kind("loop", 1, "dead", "/loop/"),
            new Kind("nohead", 4, "ok", "/nohead/"),
            new Kind("slow", 3, "ok", "/slow/300/"),
            new Kind("reset", 1, "dead", "/reset/"),
            new Kind("big", 1, "ok", "/big/512/"));

    private static final List<Kind> INTERNAL = List.of(
            new Kind("page", 40, "ok", null),
            new Kind("anchor", 15, "ok", null),
            new Kind("self-anchor", 5, "ok", null),
            new Kind("missing-page", 4, "dead", null),
            new Kind("missing-anchor", 4, "dead", null),
            new Kind("dir-index", 4, "ok", null),
            new Kind("encoded-name", 2, "ok", null),
            new Kind("query", 2, "ok", null),
            new Kind("image", 8, "ok", null),
            new Kind("missing-image", 2, "dead", null),
            new Kind("srcset", 2, "ok", null),
            new Kind("skip", 4, null, null));

    private static final String[] SKIPPED = {
        "<a href=\"mailto:someone@example.org\">mail</a>", "<a href=\"tel:+15555550100\">call</a>",
        "<a href=\"javascript:void(0)\">js</a>", "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">"
    };

    private static final byte[] PNG = hex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");

    private final Path out;
    private final Random rng;
    private final int hosts;
    private final int port;
    private final TruthFile truth = new TruthFile();
    private final ExternalLinks externalLinks;

    private SiteGenerator(Path out, long seed, int hosts, int port, double reuse) {
        this.out = out;
        this.rng = new Random(seed);
        this.hosts = hosts;
        this.port = port;
        this.externalLinks = new ExternalLinks(rng, hosts, port, reuse, "x", truth);
    }

    public static void main(String[] args) throws IOException {
        Args a = new Args(args);
        Path out = Path.of(a.positional(0)).toAbsolutePath().normalize();
        SiteGenerator generator = new SiteGenerator(
                out, a.integer("seed", 1), a.integer("hosts", 20), a.integer("port", 28080), a.decimal("reuse", 0.3));
        generator.generate(
                a.integer("pages", 1000),
                a.integer("links", 40),
                a.decimal("external", 0.3),
                a.integer("hang", 0),
                a.integer("padding", 8));
    }

    private void generate(int pageCount, int linksPerPage, double external, int hang, int padding) throws IOException {
        List<String> pages = new ArrayList<>(pageCount);
        for (int i = 0; i < pageCount; i++) {
            pages.add(String.format("/p/%02d/%05d.html", i / 100, i));
        }
        List<String> dirs = new ArrayList<>(
                new TreeSet<>(pages.stream().map(SiteGenerator::parent).toList()));

        List<String> images = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String image = String.format("/img/i%03d.png", i);
            images.add(image);
            Path file = file(image);
            Files.createDirectories(file.getParent());
            Files.write(file, PNG);
        }
        write("/css/site.css", "body{font-family:sans-serif}\n");
        write("/js/site.js", "console.log('site');\n");
        write("/docs/my page.html", "<!DOCTYPE html><html><body><h1 id='top'>space</h1></body></html>");
        write("/docs/index.html", "<!DOCTYPE html><html><body><h1 id='top'>docs</h1></body></html>");
        for (String dir : dirs) {
            write(dir + "/index.html", "<!DOCTYPE html><html><body><h1 id='top'>index</h1></body></html>");
        }

        Set<Integer> hangPages = new HashSet<>();
        while (hangPages.size() < Math.min(hang, pageCount)) {
            hangPages.add(rng.nextInt(pageCount));
        }
        List<String> navExternal = new ArrayList<>();
        if (external > 0) {
            for (int i = 0; i < 6; i++) {
                navExternal.add("http://127.0.1." + (1 + i % hosts) + ":" + port + "/ok/nav" + i);
            }
        }
        String sections = sections(padding);

        for (int n = 0; n < pageCount; n++) {
            String src = pages.get(n);
            StringBuilder html = new StringBuilder(16 * 1024);
            html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Page ")
                    .append(n)
                    .append("</title>")
                    .append("<link rel=\"stylesheet\" href=\"")
                    .append(rel(src, "/css/site.css"))
                    .append("\">")
                    .append("<script src=\"")
                    .append(rel(src, "/js/site.js"))
                    .append("\"></script></head><body><nav>");
            record("/css/site.css", "ok", "style", src);
            record("/js/site.js", "ok", "script", src);
            html.append("<a href=\"").append(rel(src, "/index.html")).append("\">Home</a> ");
            html.append("<a href=\"").append(rel(src, "/docs/")).append("\">Docs</a>");
            record("/index.html", "ok", "page", src);
            record("/docs/", "ok", "dir-index", src);
            for (String url : navExternal) {
                html.append(" <a href=\"").append(url).append("\">ext</a>");
                record(url, "ok", "ok", src);
            }
            html.append("</nav>").append(sections).append("<ul>");
            for (int l = 0; l < linksPerPage; l++) {
                html.append("<li>")
                        .append(
                                rng.nextDouble() < external
                                        ? "<a href=\"" + externalLinks.link(src) + "\">external</a>"
                                        : internalLink(src, n, pages, dirs, images))
                        .append("</li>");
            }
            if (hangPages.contains(n)) {
                String url = externalLinks.farmUrl("/hang/h" + n);
                record(url, "dead", "hang", src);
                html.append("<li><a href=\"").append(url).append("\">hang</a></li>");
            }
            write(src, html.append("</ul></body></html>").toString());
        }

        // the home page links every page so that a crawler reaches them all
        StringBuilder index = new StringBuilder("<!DOCTYPE html><html><head><title>Home</title></head><body><ul>");
        for (String page : pages) {
            index.append("<li><a href=\"")
                    .append(page.substring(1))
                    .append("\">")
                    .append(page)
                    .append("</a></li>");
            record(page, "ok", "page", "/index.html");
        }
        write("/index.html", index.append("</ul></body></html>").toString());
        truth.write(out, port);

        System.out.println(pageCount + " pages, " + truth.counts());
    }

    private String internalLink(String src, int n, List<String> pages, List<String> dirs, List<String> images) {
        Kind kind = Kind.pick(INTERNAL, rng);
        String verdict = kind.verdict();
        String other = pages.get(rng.nextInt(pages.size()));
        switch (kind.name()) {
            case "page":
                record(other, verdict, "page", src);
                return "<a href=\"" + rel(src, other) + "\">page</a>";
            case "anchor": {
                String fragment = "s" + (1 + rng.nextInt(5));
                record(other + "#" + fragment, verdict, "anchor", src);
                return "<a href=\"" + rel(src, other) + "#" + fragment + "\">anchor</a>";
            }
            case "self-anchor": {
                String fragment = "s" + (1 + rng.nextInt(5));
                record(src + "#" + fragment, verdict, "self-anchor", src);
                return "<a href=\"#" + fragment + "\">self</a>";
            }
            case "missing-page": {
                String missing = other.replace(".html", "-missing.html");
                record(missing, verdict, "missing-page", src);
                return "<a href=\"" + rel(src, missing) + "\">missing</a>";
            }
            case "missing-anchor":
                record(other + "#gone" + n, verdict, "missing-anchor", src);
                return "<a href=\"" + rel(src, other) + "#gone" + n + "\">missing anchor</a>";
            case "dir-index": {
                String dir = dirs.get(rng.nextInt(dirs.size())) + "/";
                record(dir, verdict, "dir-index", src);
                return "<a href=\"" + rel(src, dir) + "\">dir</a>";
            }
            case "encoded-name":
                record("/docs/my%20page.html", verdict, "encoded-name", src);
                return "<a href=\"" + rel(src, "/docs/my page.html").replace(" ", "%20") + "\">encoded</a>";
            case "query":
                record(other + "?v=" + n, verdict, "query", src);
                return "<a href=\"" + rel(src, other) + "?v=" + n + "\">query</a>";
            case "image": {
                String image = images.get(rng.nextInt(images.size()));
                record(image, verdict, "image", src);
                return "<img src=\"" + rel(src, image) + "\" alt=\"\">";
            }
            case "missing-image": {
                String image = "/img/missing" + n + ".png";
                record(image, verdict, "missing-image", src);
                return "<img src=\"" + rel(src, image) + "\" alt=\"\">";
            }
            case "srcset": {
                String one = images.get(rng.nextInt(images.size()));
                String two;
                do {
                    two = images.get(rng.nextInt(images.size()));
                } while (two.equals(one));
                record(one, verdict, "srcset", src);
                record(two, verdict, "srcset", src);
                return "<img srcset=\"" + rel(src, one) + " 1x, " + rel(src, two) + " 2x\" alt=\"\">";
            }
            default:
                return SKIPPED[rng.nextInt(SKIPPED.length)];
        }
    }

    private void record(String target, String verdict, String kind, String source) {
        truth.record(target, verdict, kind, source);
    }

    private static String sections(int padding) {
        String filler = "lorem ipsum dolor sit amet ".repeat(padding * 40 / 5);
        StringBuilder sections = new StringBuilder();
        for (int k = 1; k <= 5; k++) {
            sections.append("<h2 id=\"s")
                    .append(k)
                    .append("\">Section ")
                    .append(k)
                    .append("</h2><p>")
                    .append(filler)
                    .append("</p>");
        }
        return sections.toString();
    }

    /** The relative URL from the page at site path {@code from} to site path {@code to}, as os.path.relpath. */
    static String rel(String from, String to) {
        String[] base = parent(from).split("/");
        String[] target = to.split("/"); // a trailing slash adds no part; it is put back below
        int targetLength = target.length;
        int common = 0;
        while (common < base.length && common < targetLength && base[common].equals(target[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < base.length; i++) {
            out.append(out.length() == 0 ? "" : "/").append("..");
        }
        for (int i = common; i < targetLength; i++) {
            out.append(out.length() == 0 ? "" : "/").append(target[i]);
        }
        String relative = out.length() == 0 ? "." : out.toString();
        return to.endsWith("/") ? relative + "/" : relative;
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private Path file(String sitePath) {
        return out.resolve(sitePath.substring(1));
    }

    private void write(String sitePath, String text) throws IOException {
        Path file = file(sitePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
