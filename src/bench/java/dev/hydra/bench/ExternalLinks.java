package dev.hydra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The links a generator writes to the simulated hosts: a new URL of a kind the farm answers in a known way, or, with
 * probability {@code reuse}, one already written, as real sites link the same external pages from many places.
 */
final class ExternalLinks {

    private final Random rng;
    private final int hosts;
    private final int port;
    private final double reuse;
    private final String marker;
    private final TruthFile truth;
    private final List<String> used = new ArrayList<>();
    private int counter;

    /** @param marker what goes before each URL's number ({@code x}, {@code m}), so that generators' URLs differ */
    ExternalLinks(Random rng, int hosts, int port, double reuse, String marker, TruthFile truth) {
        this.rng = rng;
        this.hosts = hosts;
        this.port = port;
        this.reuse = reuse;
        this.marker = marker;
        this.truth = truth;
    }

    /** An external link written on {@code source}, recorded in the truth. */
    String link(String source) {
        if (!used.isEmpty() && rng.nextDouble() < reuse) {
            String url = used.get(rng.nextInt(used.size()));
            truth.recordAgain(url, source);
            return url;
        }
        SiteGenerator.Kind kind = SiteGenerator.Kind.pick(SiteGenerator.EXTERNAL, rng);
        counter++;
        String url = farmUrl(kind.path() + marker + counter);
        used.add(url);
        truth.record(url, kind.verdict(), kind.name(), source);
        return url;
    }

    /** {@code path} on a simulated host picked at random. */
    String farmUrl(String path) {
        return "http://127.0.1." + (1 + rng.nextInt(hosts)) + ":" + port + path;
    }
}
