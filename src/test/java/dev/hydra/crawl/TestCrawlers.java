package dev.hydra.crawl;

import dev.hydra.http.Fetcher;
import dev.hydra.http.PrivateAddresses;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Executor;

/** A crawl of a URL over a fetcher that a test writes, without servers, pools of its own or cache. */
final class TestCrawlers {

    private TestCrawlers() {}

    static Crawler over(Fetcher fetcher, Executor workers, URI start, CheckConfig config) {
        return new Crawler(
                config,
                fetcher,
                workers,
                new SiteScope(start, null, null, null),
                new UrlDisplay(null),
                false,
                uri -> false,
                CachedResults.none(),
                null,
                new PrivateAddresses(false, List.of(start.getHost())),
                null,
                PageExtraction.PARSED);
    }
}
