package dev.hydra.crawl;

import dev.hydra.cache.PageCache;
import dev.hydra.extract.DocumentLinks;
import dev.hydra.extract.LinkExtractor;
import dev.hydra.extract.PageLinks;
import java.net.URI;
import java.nio.charset.Charset;

/**
 * How the crawl gets a page's links and anchors: parsed each time, or through the {@link PageCache}, which parses only
 * the local pages and project files whose bytes changed since the last check. Either gives the same extraction.
 */
interface PageExtraction {

    /** A page served as HTML; {@code charset} is the one its Content-Type names, or null. */
    PageLinks page(byte[] body, Charset charset, URI uri);

    /** A project file (Markdown, AsciiDoc, HTML). */
    DocumentLinks document(byte[] body, URI uri);

    /** Parses every page. */
    PageExtraction PARSED = new PageExtraction() {
        @Override
        public PageLinks page(byte[] body, Charset charset, URI uri) {
            return LinkExtractor.extract(body, charset, uri);
        }

        @Override
        public DocumentLinks document(byte[] body, URI uri) {
            return DocumentLinks.extract(body, uri);
        }
    };

    /** Through {@code cache}, or {@link #PARSED} when it is null. */
    static PageExtraction through(PageCache cache) {
        if (cache == null) {
            return PARSED;
        }
        return new PageExtraction() {
            @Override
            public PageLinks page(byte[] body, Charset charset, URI uri) {
                String url = uri.toString();
                if (!cache.keeps(url)) {
                    return PARSED.page(body, charset, uri); // a page of a site on the network
                }
                DocumentLinks page = cache.extraction(url, charset == null ? "" : charset.name(), body, () -> {
                    PageLinks parsed = PARSED.page(body, charset, uri);
                    return new DocumentLinks(parsed.links(), parsed.anchors(), null);
                });
                return new PageLinks(page.links(), page.anchors());
            }

            @Override
            public DocumentLinks document(byte[] body, URI uri) {
                String url = uri.toString();
                return cache.keeps(url)
                        ? cache.extraction(url, "document", body, () -> PARSED.document(body, uri))
                        : PARSED.document(body, uri);
            }
        };
    }
}
