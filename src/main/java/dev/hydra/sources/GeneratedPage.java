package dev.hydra.sources;

import dev.hydra.extract.LinkExtractor;
import dev.hydra.extract.LinkTarget;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The links of a generated page as it writes them, in order: what a source can be searched for. A page a site skin
 * laid out (its content in {@code #bodyColumn}, as the Fluido and default skins do) holds the skin's chrome around
 * the content: menus, banner, breadcrumbs, footer, which come from a site descriptor, not from the page's source.
 */
final class GeneratedPage {

    /** The element a skin puts a page's content in; every other part of the page is the skin's. */
    static final String CONTENT_ID = "bodyColumn";

    /** A made-up origin to resolve links against: reports show a served site's links as paths from its root. */
    private static final String ORIGIN = "http://site.hydra.invalid";

    /**
     * One link of the page.
     *
     * @param href the link as the page writes it
     * @param shown the link as reports show it, resolved against the page
     * @param line the page's line of the element, as the crawl counts it
     * @param chrome whether it lies outside the skin's content element (never on a page no skin laid out: a
     *     resource copied as it is, a Javadoc page)
     */
    record Link(String href, String shown, int line, boolean chrome) {}

    private final List<Link> links;

    private GeneratedPage(List<Link> links) {
        this.links = links;
    }

    /**
     * Reads a page of the site.
     *
     * @param file the generated page's file
     * @param page the page as reports show it ({@code /guide/usage.html})
     */
    static GeneratedPage read(Path file, String page) {
        List<Link> links = new ArrayList<>();
        try {
            byte[] body = Files.readAllBytes(file);
            List<LinkExtractor.WrittenLink> written = LinkExtractor.inOrder(body, null, URI.create(ORIGIN + page));
            boolean skinned = !written.isEmpty()
                    && written.get(0).element().ownerDocument() != null
                    && written.get(0).element().ownerDocument().getElementById(CONTENT_ID) != null;
            for (LinkExtractor.WrittenLink one : written) {
                links.add(new Link(
                        one.link().raw(),
                        shown(one.link().target()),
                        one.link().line(),
                        skinned && !inContent(one.element())));
            }
        } catch (IOException | RuntimeException e) {
            // a page that cannot be read or parsed again names no source: nothing is guessed
            return new GeneratedPage(List.of());
        }
        return new GeneratedPage(List.copyOf(links));
    }

    /**
     * The link of the page that a place of {@code url} on {@code line} is: the one there that resolves to it; else,
     * when the report shows the link resolved by rules of its own (a remap, the site's public URL), the only link
     * written on that line. Null when the line holds no such link, or several that could be it.
     */
    Link at(String url, int line) {
        List<Link> onLine = new ArrayList<>();
        for (Link link : links) {
            if (line <= 0 || link.line() == line) {
                if (link.shown().equals(url)) {
                    return link;
                }
                onLine.add(link);
            }
        }
        return line > 0 && onLine.stream().map(Link::href).distinct().count() == 1 ? onLine.get(0) : null;
    }

    /**
     * Which of the links that the page writes as {@code link} does, counted from 0 in page order among those of the
     * same part of the page (the content or the chrome): the k-th in the page is the k-th in its source.
     */
    int occurrence(Link link) {
        int k = 0;
        for (Link other : links) {
            if (other == link) {
                return k;
            }
            if (other.href().equals(link.href()) && other.chrome() == link.chrome()) {
                k++;
            }
        }
        return k;
    }

    /** Whether an element lies inside the content of a page a skin laid out. */
    private static boolean inContent(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (CONTENT_ID.equals(e.id())) {
                return true;
            }
        }
        return false;
    }

    private static String shown(LinkTarget target) {
        String url = target instanceof LinkTarget.Web web
                ? web.url()
                : target instanceof LinkTarget.Unfetchable unfetchable
                        ? unfetchable.url()
                        : ((LinkTarget.Invalid) target).url();
        return url.startsWith(ORIGIN) ? url.substring(ORIGIN.length()) : url;
    }
}
