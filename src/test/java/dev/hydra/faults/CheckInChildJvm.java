package dev.hydra.faults;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.CheckListener;
import dev.hydra.crawl.LinkCheck;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import java.net.URI;
import java.time.Duration;

/** Checks a URL and prints {@code url TAB verdict TAB reason} per link: for tests that need JVM-wide settings. */
public final class CheckInChildJvm {

    private CheckInChildJvm() {}

    public static void main(String[] args) throws Exception {
        CheckConfig config = CheckConfig.builder()
                .url(URI.create(args[0]))
                .timeout(Duration.ofSeconds(5))
                .retries(0)
                .threads(2)
                .progressInterval(Duration.ofHours(1))
                .build();
        CheckResult result = new LinkCheck(config, CheckListener.SILENT).run();
        for (LinkResult link : result.links()) {
            System.out.println(link.url() + "\t" + link.verdict().label() + "\t" + link.reason());
        }
    }
}
