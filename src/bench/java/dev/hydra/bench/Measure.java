package dev.hydra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects one benchmark row per checker run and prints the table.
 *
 * <pre>
 * Measure row ROWS NAME TIME_FILE STATS_FILE [TRUTH REPORT] [--latency 50] [--max-connections 8]
 * Measure table ROWS [--local]
 * </pre>
 *
 * TIME_FILE holds {@code wall maxRssKB user sys} (from {@code /usr/bin/time -f "%e %M %U %S"}; "-" when unknown),
 * STATS_FILE the farm's /stats after the run, REPORT a Hydra report.json or a list of dead URLs.
 */
public final class Measure {

    /** One checker run. Unknown numbers are NaN. */
    private record Row(
            String name,
            double wall,
            double rssMb,
            double cpu,
            long requests,
            long unique,
            String busiestHost,
            long busiestRequests,
            double bound,
            double precision,
            double recall,
            long pages,
            long links,
            long occurrences,
            String slowestHost,
            double floor,
            double check) {

        String tsv() {
            return String.join(
                    "\t",
                    name,
                    num(wall),
                    num(rssMb),
                    num(cpu),
                    Long.toString(requests),
                    Long.toString(unique),
                    busiestHost,
                    Long.toString(busiestRequests),
                    num(bound),
                    num(precision),
                    num(recall),
                    Long.toString(pages),
                    Long.toString(links),
                    Long.toString(occurrences),
                    slowestHost,
                    num(floor),
                    num(check));
        }

        static Row parse(String line) {
            String[] f = line.split("\t");
            return new Row(
                    f[0],
                    d(f[1]),
                    d(f[2]),
                    d(f[3]),
                    Long.parseLong(f[4]),
                    Long.parseLong(f[5]),
                    f[6],
                    Long.parseLong(f[7]),
                    d(f[8]),
                    d(f[9]),
                    d(f[10]),
                    Long.parseLong(f[11]),
                    Long.parseLong(f[12]),
                    Long.parseLong(f[13]),
                    f[14],
                    d(f[15]),
                    f.length > 16 ? d(f[16]) : Double.NaN);
        }
    }

    public static void main(String[] args) throws IOException {
        Args a = new Args(args);
        Path rows = Path.of(a.positional(1));
        if (a.positional(0).equals("row")) {
            Row row = measure(a);
            Files.writeString(
                    rows,
                    row.tsv() + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } else {
            List<Row> all = new ArrayList<>();
            for (String line : Files.readAllLines(rows, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    all.add(Row.parse(line));
                }
            }
            System.out.print(
                    a.flag("local")
                            ? localTable(all)
                            : latencyTable(all, a.integer("latency", 50), a.integer("max-connections", 8)));
        }
    }

    private static Row measure(Args a) throws IOException {
        String name = a.positional(2);
        String[] time = lastLine(Path.of(a.positional(3))).trim().split("\\s+");
        double wall = d(time[0]);
        double rssMb = time.length > 1 ? d(time[1]) / 1024 : Double.NaN;
        double cpu = time.length > 3 ? d(time[2]) + d(time[3]) : Double.NaN;
        Map<String, Object> stats = Json.object(Json.read(Path.of(a.positional(4))));
        long requests = (Long) stats.get("requests");
        long unique = (Long) stats.get("uniqueUrls");
        Map.Entry<String, Long> busiest = largest(stats.get("byHost"));
        double bound = busiest.getValue() * a.integer("latency", 50) / 1000.0 / a.integer("max-connections", 8);
        // the bound counts each request at the latency; the farm holds some answers longer (/slow/MS), so the
        // floor is the busiest host by the time its answers took, over the same connections
        Map.Entry<String, Long> slowest = largest(stats.getOrDefault("answerMillisByHost", Map.of()));
        double floor =
                slowest.getValue() == 0 ? Double.NaN : slowest.getValue() / 1000.0 / a.integer("max-connections", 8);
        double precision = Double.NaN;
        double recall = Double.NaN;
        long pages = -1;
        long links = -1;
        long occurrences = -1;
        // the check's own time: a Hydra report's duration (the crawl, without the JVM's or Maven's start), or --check
        double check = a.decimal("check", Double.NaN);
        if (a.count() > 6) {
            Path report = Path.of(a.positional(6));
            if (!a.positional(5).equals("-")) { // a site without a truth file (a real Javadoc) has no score
                Score.Result score = Score.score(Path.of(a.positional(5)), report);
                precision = score.precision();
                recall = score.recall();
            }
            if (report.toString().endsWith(".json")) {
                Map<String, Object> json = Json.object(Json.read(report));
                Map<String, Object> summary = Json.object(json.get("summary"));
                pages = (Long) summary.get("pages");
                if (summary.get("durationMillis") instanceof Long millis && Double.isNaN(check)) {
                    check = millis / 1000.0;
                }
                links = (Long) summary.get("links");
                occurrences = 0;
                for (Object link : Json.array(json.get("links"))) {
                    occurrences += Json.array(Json.object(link).get("sources")).size();
                }
            }
        }
        return new Row(
                name,
                wall,
                rssMb,
                cpu,
                requests,
                unique,
                busiest.getKey(),
                busiest.getValue(),
                bound,
                precision,
                recall,
                pages,
                links,
                occurrences,
                slowest.getKey(),
                floor,
                check);
    }

    /** The host with the largest count of a per-host map of the farm's stats, or ("-", 0) when there is none. */
    private static Map.Entry<String, Long> largest(Object perHost) {
        Map.Entry<String, Long> largest = Map.entry("-", 0L);
        for (Map.Entry<String, Object> host : Json.object(perHost).entrySet()) {
            if ((Long) host.getValue() > largest.getValue()) {
                largest = Map.entry(host.getKey(), (Long) host.getValue());
            }
        }
        return largest;
    }

    /** The checker column: as wide as the longest name, so that a peer stopped at its limit keeps the table aligned. */
    private static String nameColumn(List<Row> rows) {
        int width = 28;
        for (Row r : rows) {
            width = Math.max(width, r.name().length());
        }
        return "%-" + width + "s";
    }

    private static String latencyTable(List<Row> rows, int latency, int maxConnections) {
        StringBuilder out = new StringBuilder();
        String name = nameColumn(rows);
        out.append(String.format(
                name + " %8s %8s %8s %8s %9s %8s %7s %9s %7s%n",
                "checker",
                "wall s",
                "÷ bound",
                "RSS MB",
                "CPU s",
                "requests",
                "URLs",
                "req/URL",
                "precision",
                "recall"));
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    name + " %8s %8s %8s %8s %9d %8d %7s %9s %7s%n",
                    r.name(),
                    fmt(r.wall(), 1),
                    fmt(r.wall() / r.bound(), 2),
                    fmt(r.rssMb(), 0),
                    fmt(r.cpu(), 1),
                    r.requests(),
                    r.unique(),
                    fmt(r.unique() == 0 ? Double.NaN : (double) r.requests() / r.unique(), 2),
                    fmt(r.precision(), 3),
                    fmt(r.recall(), 3)));
        }
        out.append(String.format(
                Locale.ROOT,
                "bound = the politeness bound of each run: its busiest farm host's requests × %d ms ÷ %d connections per host;%n"
                        + "floor = the same with the time the farm really held each answer (/slow/MS links take MS ms more)%n",
                latency,
                maxConnections));
        for (Row r : rows) {
            if (r.busiestRequests() > 0) {
                out.append(String.format(
                        Locale.ROOT,
                        "  " + name + " busiest host %s: %d requests -> bound %.1f s;"
                                + " answers held longest on %s -> floor %s s (wall ÷ floor %s)%n",
                        r.name(),
                        r.busiestHost(),
                        r.busiestRequests(),
                        r.bound(),
                        r.slowestHost(),
                        fmt(r.floor(), 1),
                        fmt(r.wall() / r.floor(), 2)));
            }
        }
        return out.toString();
    }

    /** The name of the floor's fresh-JVM row, which the local table's "÷ floor" divides by. */
    static final String FLOOR_FRESH = "jsoup parse, fresh JVM";

    private static String localTable(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        String name = nameColumn(rows);
        double floor = Double.NaN;
        double linkinator = Double.NaN;
        for (Row r : rows) {
            if (r.name().equals(FLOOR_FRESH)) {
                floor = r.check();
            } else if (r.name().startsWith("linkinator") && Double.isNaN(linkinator)) {
                linkinator = r.wall();
            }
        }
        String columns = " %8s %8s %8s %9s %8s %8s %6s %8s %9s %11s %9s %10s %9s %7s%n";
        out.append(String.format(
                name + columns,
                "checker",
                "check s",
                "÷ floor",
                "wall s",
                "÷ linkin.",
                "RSS MB",
                "CPU s",
                "CPU %",
                "pages",
                "links",
                "occurrences",
                "pages/s",
                "links/s",
                "precision",
                "recall"));
        int cores = Runtime.getRuntime().availableProcessors();
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    name + columns,
                    r.name(),
                    fmt(r.check(), 2),
                    fmt(r.check() / floor, 2),
                    fmt(r.wall(), 1),
                    fmt(r.wall() / linkinator, 2),
                    fmt(r.rssMb(), 0),
                    fmt(r.cpu(), 1),
                    fmt(100 * r.cpu() / r.wall() / cores, 0),
                    count(r.pages()),
                    count(r.links()),
                    count(r.occurrences()),
                    fmt(r.pages() < 0 ? Double.NaN : r.pages() / r.wall(), 0),
                    fmt(r.occurrences() < 0 ? Double.NaN : r.occurrences() / r.wall(), 0),
                    fmt(r.precision(), 3),
                    fmt(r.recall(), 3)));
        }
        out.append("check s = the check itself (a Hydra report's durationMillis; for the floor rows, jsoup's parse of"
                + " every page on " + cores + " threads; for the plain checker, its parse, links kept and judged);\n"
                + "÷ floor = check s ÷ the fresh-JVM floor's; wall s = the"
                + " whole process (for the mvn row: Maven's start, the check, the reports); ÷ linkin. = wall ÷"
                + " linkinator's wall;\nlinks = unique links, occurrences = links as written on the pages (links/s"
                + " counts these); CPU % = (user + sys) ÷ wall ÷ " + cores + " cores\n");
        return out.toString();
    }

    private static String lastLine(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return "-";
    }

    private static String count(long value) {
        return value < 0 ? "-" : Long.toString(value);
    }

    private static String fmt(double value, int decimals) {
        return Double.isNaN(value) || Double.isInfinite(value)
                ? "-"
                : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "-" : Double.toString(value);
    }

    private static double d(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
