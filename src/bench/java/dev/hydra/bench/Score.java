package dev.hydra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the URLs a checker called dead with the truth written by {@link SiteGenerator} (a port of the shared
 * linkfarm's score.py, same normalisation): {@code Score TRUTH.json REPORTED.txt|report.json}. A report.json in
 * Hydra's format is read directly (its "broken" links are the dead ones). Prints misses and false alarms by kind
 * and, last, {@code precision P recall R}.
 */
public final class Score {

    private static final Pattern SITE_ORIGIN =
            Pattern.compile("^(https?://(127\\.0\\.0\\.1|localhost|\\[::1\\]):\\d+|file://[^#?]*?/site)(?=/|$)");

    /** The result of one scoring. */
    record Result(int reported, int truePositives, int falseAlarms, int misses, int dead, String details) {
        double precision() {
            return reported == 0 ? 1.0 : (double) truePositives / reported;
        }

        double recall() {
            return dead == 0 ? 1.0 : (double) truePositives / dead;
        }
    }

    public static void main(String[] args) throws IOException {
        Result result = score(Path.of(args[0]), Path.of(args[1]));
        System.out.print(result.details());
        System.out.printf("precision %.4f recall %.4f%n", result.precision(), result.recall());
    }

    static Result score(Path truthFile, Path reportedFile) throws IOException {
        Map<String, Object> truth = Json.object(Json.read(truthFile));
        long port = truth.get("farm_port") instanceof Long p ? p : 18080;
        Map<String, String> verdicts = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        Json.object(truth.get("links")).forEach((url, value) -> {
            Map<String, Object> entry = Json.object(value);
            String key = normalize(url, port);
            verdicts.put(key, (String) entry.get("verdict"));
            kinds.put(key, (String) entry.get("kind"));
        });
        Set<String> reported = new HashSet<>();
        if (reportedFile.toString().endsWith(".json")) {
            for (Object link : Json.array(Json.object(Json.read(reportedFile)).get("links"))) {
                Map<String, Object> entry = Json.object(link);
                if ("broken".equals(entry.get("result"))) {
                    reported.add(normalize((String) entry.get("url"), port));
                }
            }
        } else {
            for (String line : Files.readAllLines(reportedFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    reported.add(normalize(line, port));
                }
            }
        }
        Set<String> dead = new TreeSet<>();
        verdicts.forEach((url, verdict) -> {
            if ("dead".equals(verdict)) {
                dead.add(url);
            }
        });
        Set<String> truePositives = new TreeSet<>(reported);
        truePositives.retainAll(dead);
        Set<String> falseAlarms = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String url : reported) {
            if (!verdicts.containsKey(url)) {
                unknown.add(url);
            } else if ("ok".equals(verdicts.get(url))) {
                falseAlarms.add(url);
            }
        }
        Set<String> misses = new TreeSet<>(dead);
        misses.removeAll(reported);

        StringBuilder details = new StringBuilder();
        details.append("truth: ")
                .append(verdicts.size())
                .append(" targets, ")
                .append(dead.size())
                .append(" dead; reported dead: ")
                .append(reported.size())
                .append('\n');
        details.append("true alarms ")
                .append(truePositives.size())
                .append(", false alarms ")
                .append(falseAlarms.size())
                .append(' ')
                .append(byKind(falseAlarms, kinds))
                .append(", misses ")
                .append(misses.size())
                .append(' ')
                .append(byKind(misses, kinds))
                .append(", not in truth ")
                .append(unknown.size())
                .append('\n');
        unknown.stream()
                .limit(10)
                .forEach(u -> details.append("  not in truth: ").append(u).append('\n'));
        misses.stream()
                .limit(10)
                .forEach(u -> details.append("  missed: ")
                        .append(u)
                        .append(' ')
                        .append(kinds.get(u))
                        .append('\n'));
        falseAlarms.stream()
                .limit(10)
                .forEach(u -> details.append("  false alarm: ")
                        .append(u)
                        .append(' ')
                        .append(kinds.get(u))
                        .append('\n'));
        return new Result(
                reported.size(),
                truePositives.size(),
                falseAlarms.size(),
                misses.size(),
                dead.size(),
                details.toString());
    }

    private static Map<String, Integer> byKind(Set<String> urls, Map<String, String> kinds) {
        Map<String, Integer> counts = new TreeMap<>();
        urls.forEach(u -> counts.merge(kinds.get(u), 1, Integer::sum));
        return counts;
    }

    /** Site URLs on any loopback origin become site paths; external URLs lose their fragment. */
    static String normalize(String url, long farmPort) {
        url = url.strip();
        Matcher m = SITE_ORIGIN.matcher(url);
        if (m.find() && !m.group(0).contains(":" + farmPort)) {
            url = url.substring(m.end());
            url = url.isEmpty() ? "/" : url;
        }
        if (url.startsWith("/")) {
            int hash = url.indexOf('#');
            String path = hash < 0 ? url : url.substring(0, hash);
            String fragment = hash < 0 ? "" : url.substring(hash + 1);
            if (path.endsWith("/index.html") && !path.equals("/index.html")) {
                path = path.replace("/index.html", "/");
            }
            return percentDecode(path).replace(" ", "%20") + (fragment.isEmpty() ? "" : "#" + fragment);
        }
        if (url.startsWith("http")) {
            int hash = url.indexOf('#');
            return hash < 0 ? url : url.substring(0, hash);
        }
        return url;
    }

    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
