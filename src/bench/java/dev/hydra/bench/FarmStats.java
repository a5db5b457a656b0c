package dev.hydra.bench;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The farm's counters: requests by method, kind and host, the most in flight per host, 429s given by strict
 * hosts, unique URLs, repeated requests by kind (a repeat is a second request for the same host and path), and
 * requests per second since the last reset (the shape of a crawl: where it waits).
 */
final class FarmStats {

    /** What the farm needs to know about a request as it arrives. */
    record Arrival(boolean first, boolean strictHit) {}

    private long requests;
    private long strict429;
    private final Map<String, Long> byMethod = new TreeMap<>();
    private final Map<String, Long> byKind = new TreeMap<>();
    private final Map<String, Long> byHost = new TreeMap<>();
    /** The delays the farm held its answers for, added up per host: a request to /slow/300 holds its connection 350 ms. */
    private final Map<String, Long> answerMillisByHost = new TreeMap<>();

    private final Map<String, Long> repeatsByKind = new TreeMap<>();
    private final Map<String, Long> inFlight = new TreeMap<>();
    private final Map<String, Long> maxInFlight = new TreeMap<>();
    private final Set<String> seen = new HashSet<>();
    private long siteRequests;
    private final Set<String> siteSeen = new HashSet<>();
    private long resetNanos = System.nanoTime();
    private final java.util.List<Long> perSecond = new java.util.ArrayList<>();
    private final StringBuilder trace = new StringBuilder();

    synchronized Arrival arrive(String host, String method, String kind, String key, boolean strict, int strictLimit) {
        requests++;
        int second = (int) ((System.nanoTime() - resetNanos) / 1_000_000_000L);
        while (perSecond.size() <= second) {
            perSecond.add(0L);
        }
        perSecond.set(second, perSecond.get(second) + 1);
        byMethod.merge(method, 1L, Long::sum);
        byKind.merge(kind, 1L, Long::sum);
        byHost.merge(host, 1L, Long::sum);
        long now = inFlight.merge(host, 1L, Long::sum);
        maxInFlight.merge(host, now, Math::max);
        trace.append((System.nanoTime() - resetNanos) / 1_000_000L)
                .append('\t')
                .append(method)
                .append('\t')
                .append(key)
                .append('\t')
                .append(now)
                .append('\n');
        boolean first = seen.add(key);
        if (!first) {
            repeatsByKind.merge(kind, 1L, Long::sum);
        }
        boolean strictHit = strict && now > strictLimit;
        if (strictHit) {
            strict429++;
        }
        return new Arrival(first, strictHit);
    }

    synchronized void answering(String host, long delayMillis) {
        answerMillisByHost.merge(host, delayMillis, Long::sum);
    }

    synchronized void leave(String host) {
        inFlight.merge(host, -1L, Long::sum);
    }

    synchronized void siteRequest(String path) {
        siteRequests++;
        siteSeen.add(path);
    }

    synchronized void reset() {
        requests = 0;
        strict429 = 0;
        byMethod.clear();
        byKind.clear();
        byHost.clear();
        answerMillisByHost.clear();
        repeatsByKind.clear();
        maxInFlight.clear();
        inFlight.replaceAll((host, count) -> Math.max(0, count)); // answers still pending keep counting down
        maxInFlight.putAll(inFlight);
        seen.clear();
        siteRequests = 0;
        siteSeen.clear();
        perSecond.clear();
        trace.setLength(0);
        resetNanos = System.nanoTime();
    }

    /** Every request since the last reset, one a line: milliseconds since the reset, method,
     * host number and path, and the requests to its host in flight with it. */
    synchronized String trace() {
        return trace.toString();
    }

    synchronized String toJson() {
        return "{\"requests\": " + requests + ", \"uniqueUrls\": " + seen.size() + ", \"strict429\": " + strict429
                + ", \"siteRequests\": " + siteRequests + ", \"siteUniqueUrls\": " + siteSeen.size()
                + ", \"byMethod\": " + map(byMethod) + ", \"byKind\": " + map(byKind) + ", \"byHost\": " + map(byHost)
                + ", \"answerMillisByHost\": " + map(answerMillisByHost)
                + ", \"repeatsByKind\": " + map(repeatsByKind) + ", \"maxInFlight\": " + map(maxInFlight)
                + ", \"requestsPerSecond\": " + perSecond + "}";
    }

    private static String map(Map<String, Long> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((key, value) -> out.append(out.length() == 1 ? "" : ", ")
                .append(Json.quote(key))
                .append(": ")
                .append(value));
        return out.append('}').toString();
    }
}
