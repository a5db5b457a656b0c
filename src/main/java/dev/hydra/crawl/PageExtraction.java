package dev.hydra.crawl;

import dev.hydra.cache.FileStamp;
import dev.hydra.cache.PageCache;
import dev.hydra.extract.DocumentLinks;
import dev.hydra.extract.LinkExtractor;
import dev.hydra.extract.PageLinks;
import dev.hydra.http.FetchOutcome;
import java.net.URI;
import java.nio.charset.Charset;

/**
 * How the crawl gets a page's links and anchors: parsed each time, or through the {@link PageCache}, which parses only
 * the local pages and project files that changed since the last check. Either gives the same extraction.
 */
interface PageExtraction {

    /**
     * A page of the served site as the cache knows it before it is read: what a GET of it answers, without its body;
     * the file's stamp, taken before it is read; and its extraction when the file is unchanged, else null.
     */
    record SitePage(FetchOutcome.Response head, FileStamp stamp, PageCache.Reused reused) {}

    /**
     * A page served as HTML.
     *
     * @param charset the one its Content-Type names, or null
     * @param publicUrl the page's public URL, which its links are resolved against
     * @param stamp its file's stamp, taken before it was read; or null
     * @param truncated whether the bytes are the page's first only, cut at the size limit
     */
    PageLinks page(byte[] body, Charset charset, URI publicUrl, FileStamp stamp, boolean truncated);

    /** A project file (Markdown, AsciiDoc, HTML). */
    DocumentLinks document(byte[] body, URI uri, boolean truncated);

    /** What the cache knows of a page of the served site before it is read, or null when nothing. */
    SitePage sitePage(URI uri, URI publicUrl);

    /** Parses every page. */
    PageExtraction PARSED = new PageExtraction() {
        @Override
        public PageLinks page(byte[] body, Charset charset, URI publicUrl, FileStamp stamp, boolean truncated) {
            return LinkExtractor.extract(body, charset, publicUrl);
        }

        @Override
        public DocumentLinks document(byte[] body, URI uri, boolean truncated) {
            return DocumentLinks.extract(body, uri);
        }

        @Override
        public SitePage sitePage(URI uri, URI publicUrl) {
            return null;
        }
    };

    /**
     * Through {@code cache}, or {@link #PARSED} when it is null.
     *
     * @param site the served site's files, or null
     */
    static PageExtraction through(PageCache cache, DirectSiteFetcher site) {
        if (cache == null) {
            return PARSED;
        }
        return new PageExtraction() {
            @Override
            public PageLinks page(byte[] body, Charset charset, URI publicUrl, FileStamp stamp, boolean truncated) {
                String url = publicUrl.toString();
                if (!cache.keeps(url)) {
                    return PARSED.page(body, charset, publicUrl, stamp, truncated); // a page of a site on the network
                }
                DocumentLinks page = cache.extraction(url, variant(charset), body, stamp, truncated, () -> {
                    PageLinks parsed = PARSED.page(body, charset, publicUrl, stamp, truncated);
                    return new DocumentLinks(parsed.links(), parsed.anchors(), null);
                });
                return new PageLinks(page.links(), page.anchors());
            }

            @Override
            public DocumentLinks document(byte[] body, URI uri, boolean truncated) {
                String url = uri.toString();
                // a project file is read before it is known here: its stamp may be newer than its bytes, so its hash
                // decides
                return cache.keeps(url)
                        ? cache.extraction(
                                url, "document", body, null, truncated, () -> PARSED.document(body, uri, truncated))
                        : PARSED.document(body, uri, truncated);
            }

            @Override
            public SitePage sitePage(URI uri, URI publicUrl) {
                String url = publicUrl.toString();
                DirectSiteFetcher.PageFile file = site == null || !cache.keeps(url) ? null : site.pageFile(uri);
                if (file == null) {
                    return null;
                }
                String variant = variant(file.head().charset());
                PageCache.Reused reused = cache.unchanged(url, variant, file.stamp());
                String plain = ServedAliases.plainForm(url, true);
                if (reused == null && plain != null) {
                    // an alias (a query, dir/index.html) is its plain form's file, and only its anchors are used: the
                    // plain form's entry serves it, whichever of the two the last check read
                    reused = cache.unchanged(plain, variant, file.stamp());
                }
                if (reused == null) {
                    site.answerNextFetch(uri, file); // the page is read next
                }
                return new SitePage(file.head(), file.stamp(), reused);
            }
        };
    }

    private static String variant(Charset charset) {
        return charset == null ? "" : charset.name();
    }
}
