package dev.hydra.bench;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.CheckListener;
import dev.hydra.crawl.LinkCheck;
import dev.hydra.crawl.Progress;
import dev.hydra.files.FileSelection;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Summary;
import dev.hydra.output.JsonReport;
import dev.hydra.output.ReportWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs Hydra's engine without Maven, to tell the crawl's cost from Maven's start-up:
 * {@code EngineRun (--directory DIR | --url URL | --files DIR) --out DIR [--cache DIR --ttl-ms N] [--skip-external] [--threads N] [--progress MS]}.
 * {@code --files DIR} checks the Markdown files below DIR as the goal's {@code files} does ({@code **}{@code /*.md}, DIR
 * the root of links, as {@code mvn hydra:check -Dhydra.files=**}{@code /*.md} run in DIR without a pom). Writes {@code OUT/report.json} and prints one line: pages, unique links, link occurrences, broken, time.
 */
public final class EngineRun {

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        // the simulated hosts all live on loopback, which Hydra skips as private addresses unless asked to check them
        CheckConfig.Builder builder = CheckConfig.builder().checkPrivateAddresses(true);
        if (a.flag("files")) {
            Path root = Path.of(a.text("files", ".")).toAbsolutePath().normalize();
            builder.filesRoot(root)
                    .files(FileSelection.select(root, List.of("**/*.md"), List.of(), List.of())
                            .files());
        } else if (a.flag("directory")) {
            builder.directory(Path.of(a.text("directory", ".")).toAbsolutePath());
        } else {
            builder.url(URI.create(a.text("url", "")));
        }
        if (a.flag("cache")) {
            builder.cacheDirectory(Path.of(a.text("cache", "")))
                    .cacheTtl(Duration.ofMillis(a.integer("ttl-ms", 86_400_000)));
        }
        if (a.flag("skip-external")) {
            builder.skipExternal(true);
        }
        if (a.flag("threads")) {
            builder.threads(a.integer("threads", 2));
        }
        // --progress MS prints the crawl's state that often: pages, links done, requests in flight
        builder.progressInterval(Duration.ofMillis(a.integer("progress", 3_600_000)));
        CheckListener listener = new CheckListener() {
            @Override
            public void progress(Progress progress) {
                System.out.println(progress.elapsedMillis() + " ms: " + progress);
            }
        };
        CheckResult result = new LinkCheck(builder.build(), listener).run();
        ReportWriter.write(result, Path.of(a.text("out", "target/bench/out")), List.of(new JsonReport()));
        Summary s = result.summary();
        long occurrences = result.links().stream()
                .mapToLong((LinkResult link) -> link.sources().size())
                .sum();
        System.out.println("pages " + s.pages() + " links " + s.links() + " occurrences " + occurrences + " broken "
                + s.broken() + " warnings " + s.warnings() + " millis " + s.durationMillis());
        result.notices().forEach(notice -> System.out.println("notice: " + notice));
    }
}
