package dev.hydra.extract;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Finds the links and anchors of an HTML page with jsoup, with the source line of each link. A link on an element
 * with the attribute {@code data-hydra-ignore}, or inside one, is marked ignored: the page's author says it is not to
 * be checked.
 */
public final class LinkExtractor {

    /** Elements and attributes that hold one URL, in the order their links are listed. */
    private static final String[][] URL_ATTRIBUTES = {
        {"a", "href"},
        {"area", "href"},
        {"link", "href"},
        {"img", "src"},
        {"source", "src"},
        {"script", "src"},
        {"iframe", "src"},
        {"frame", "src"},
        {"video", "src"},
        {"video", "poster"},
        {"audio", "src"},
        {"track", "src"},
        {"embed", "src"},
        {"object", "data"},
        {"input", "src"}
    };

    /** Elements and attributes that hold a list of image candidates, listed after the single URLs. */
    private static final String[][] SRCSET_ATTRIBUTES = {{"img", "srcset"}, {"source", "srcset"}};

    // arrays, not lists: a large site walks them for every element and link, and each list iterator is an object
    private static final Place[] PLACES = places().toArray(new Place[0]);

    /** The places by element name, so that each element is tested only against its own. */
    private static final Map<String, Place[]> PLACES_BY_TAG = Arrays.stream(PLACES)
            .collect(Collectors.groupingBy(
                    Place::tag, Collectors.collectingAndThen(Collectors.toList(), list -> list.toArray(new Place[0]))));

    private static final Place[] NO_PLACES = {};

    // Compiled once: a select by query text parses the query again on every page
    private static final Evaluator WITH_ID = Selector.evaluatorOf("[id]");
    private static final Evaluator NAMED_A = Selector.evaluatorOf("a[name]");
    private static final Evaluator BASE = Selector.evaluatorOf("base[href]");

    /** {@code <link rel>} values that name a host to warm up, not a resource. */
    private static final Set<String> HINT_RELS = Set.of("preconnect", "dns-prefetch");

    /**
     * An attribute of one element name that holds a URL, or a srcset when {@code srcset}; {@code index} is its rank in
     * the list of links. The selector is jsoup's own for {@code tag[attribute]}, so that matching stays jsoup's.
     */
    private record Place(int index, String tag, String attribute, boolean srcset, Evaluator selector) {}

    private LinkExtractor() {}

    /**
     * Parses {@code body} as HTML.
     *
     * @param body the page's bytes
     * @param charset the charset from the Content-Type header, or null to detect it from a BOM or {@code <meta>}
     * @param pageUri the page's own URL, the base for relative links unless the page has {@code <base href>}
     */
    public static PageLinks extract(byte[] body, Charset charset, URI pageUri) {
        Document document = PageParser.parse(body, charset, pageUri.toString());
        Walk walk = walk(document);
        LinkResolver resolver = LinkResolver.against(baseOf(walk.base(), pageUri));
        List<ExtractedLink> links = new ArrayList<>();
        for (Place place : PLACES) {
            List<Element> elements = walk.elementsByPlace().get(place.index());
            for (int i = 0; i < elements.size(); i++) {
                Element element = elements.get(i);
                String value = element.attr(place.attribute());
                if (!place.srcset()) {
                    links.add(new ExtractedLink(value, resolver.resolve(value), lineOf(element), isIgnored(element)));
                    continue;
                }
                for (String raw : SrcsetParser.urls(value)) {
                    links.add(new ExtractedLink(raw, resolver.resolve(raw), lineOf(element), isIgnored(element)));
                }
            }
        }
        return new PageLinks(links, walk.anchors());
    }

    /**
     * One link of a page with the element that holds it, for readers that need where on the page it is written (the
     * source locator tells a skin's menus from a page's content by the element's ancestors).
     *
     * @param link the link as {@link #extract} finds it
     * @param element the element whose attribute holds it
     */
    public record WrittenLink(ExtractedLink link, Element element) {}

    /**
     * The links of a page in the order they are written, each with its element: the same links as {@link #extract},
     * in document order rather than grouped by element name.
     */
    public static List<WrittenLink> inOrder(byte[] body, Charset charset, URI pageUri) {
        Document document = PageParser.parse(body, charset, pageUri.toString());
        LinkResolver resolver = LinkResolver.against(baseOf(document.selectFirst(BASE), pageUri));
        List<WrittenLink> links = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (Place place : PLACES_BY_TAG.getOrDefault(element.normalName(), NO_PLACES)) {
                if (!place.selector().matches(document, element) || !isLink(element)) {
                    continue;
                }
                String value = element.attr(place.attribute());
                for (String raw : place.srcset() ? SrcsetParser.urls(value) : List.of(value)) {
                    links.add(new WrittenLink(
                            new ExtractedLink(raw, resolver.resolve(raw), lineOf(element), isIgnored(element)),
                            element));
                }
            }
        }
        return links;
    }

    /**
     * What one walk over the page finds: the elements of each place, the anchors and the first {@code <base href>}.
     * Links are resolved after it, as the base may come after them in the page.
     */
    private record Walk(List<List<Element>> elementsByPlace, Set<String> anchors, Element base) {}

    private static Walk walk(Document document) {
        List<List<Element>> elementsByPlace = new ArrayList<>(PLACES.length);
        for (int i = 0; i < PLACES.length; i++) {
            elementsByPlace.add(new ArrayList<>());
        }
        Set<String> anchors = new HashSet<>();
        Element base = null;
        for (Element element : document.getAllElements()) {
            String name = element.normalName();
            if (WITH_ID.matches(document, element)) {
                anchors.add(element.id());
            }
            if (name.equals("a") && NAMED_A.matches(document, element)) {
                anchors.add(element.attr("name"));
            }
            if (base == null && name.equals("base") && BASE.matches(document, element)) {
                base = element;
            }
            for (Place place : PLACES_BY_TAG.getOrDefault(name, NO_PLACES)) {
                if (place.selector().matches(document, element) && isLink(element)) {
                    elementsByPlace.get(place.index()).add(element);
                }
            }
        }
        return new Walk(elementsByPlace, anchors, base);
    }

    private static List<Place> places() {
        List<Place> places = new ArrayList<>();
        for (String[] pair : URL_ATTRIBUTES) {
            places.add(new Place(
                    places.size(), pair[0], pair[1], false, Selector.evaluatorOf(pair[0] + "[" + pair[1] + "]")));
        }
        for (String[] pair : SRCSET_ATTRIBUTES) {
            places.add(new Place(
                    places.size(), pair[0], pair[1], true, Selector.evaluatorOf(pair[0] + "[" + pair[1] + "]")));
        }
        return List.copyOf(places);
    }

    /** Whether an element with a URL attribute links: resource hints and inputs other than images do not. */
    private static boolean isLink(Element element) {
        return switch (element.normalName()) {
            case "link" -> !isHint(element);
            case "input" -> element.attr("type").equalsIgnoreCase("image");
            default -> true;
        };
    }

    private static URI baseOf(Element baseElement, URI pageUri) {
        if (baseElement == null) {
            return pageUri;
        }
        LinkTarget target = UrlNormalizer.resolve(baseElement.attr("href"), pageUri);
        return target instanceof LinkTarget.Web web ? web.uri() : pageUri;
    }

    private static boolean isHint(Element link) {
        for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (HINT_RELS.contains(rel)) {
                return true;
            }
        }
        return false;
    }

    /** The attribute that leaves the links of an element, and of everything inside it, unchecked. */
    static final String IGNORE_ATTRIBUTE = "data-hydra-ignore";

    /** Whether the element or one of its ancestors carries {@link #IGNORE_ATTRIBUTE}, whatever its value. */
    private static boolean isIgnored(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr(IGNORE_ATTRIBUTE)) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(Element element) {
        int line = element.sourceRange().start().lineNumber();
        return Math.max(line, 0);
    }
}
