package dev.hydra.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three checks of one site with one cache directory, side by side: {@code Recheck COLD UNCHANGED CHANGED NEW_URL}
 * reads their {@code report.json}s and prints each check's {@code durationMillis}, its ratio to the cold one, whether
 * the unchanged check's results are the cold one's, and whether the changed one's are those plus {@code NEW_URL},
 * broken, and nothing else. Exits with 1 when the results differ so.
 */
public final class Recheck {

    public static void main(String[] args) throws Exception {
        Map<String, Object> cold = Json.object(Json.read(Path.of(args[0])));
        Map<String, Object> unchanged = Json.object(Json.read(Path.of(args[1])));
        Map<String, Object> changed = Json.object(Json.read(Path.of(args[2])));
        String newUrl = args[3];
        long first = millis(cold);
        System.out.printf("%-36s %10s %8s%n", "check", "check ms", "÷ cold");
        row("cold (cache empty)", first, first);
        row("unchanged", millis(unchanged), first);
        row("one page with a new dead link", millis(changed), first);
        Set<Object> coldLinks = new HashSet<>(Json.array(cold.get("links")));
        boolean same = coldLinks.equals(new HashSet<>(Json.array(unchanged.get("links"))));
        List<Object> added = new ArrayList<>(Json.array(changed.get("links")));
        added.removeAll(coldLinks);
        Set<Object> kept = new HashSet<>(Json.array(changed.get("links")));
        boolean nothingLost = kept.containsAll(coldLinks);
        boolean found = added.size() == 1
                && newUrl.equals(Json.object(added.get(0)).get("url"))
                && "broken".equals(Json.object(added.get(0)).get("result"));
        System.out.println("unchanged: results identical to the cold check's: " + same);
        System.out.println("one page changed: the new dead link found, every other result the same: "
                + (found && nothingLost) + " (" + added.size() + " results new)");
        for (Map<String, Object> report : List.of(cold, unchanged, changed)) {
            Json.array(report.get("notices")).stream()
                    .filter(notice -> notice.toString().contains("page cache"))
                    .forEach(notice -> System.out.println("notice: " + notice));
        }
        if (!same || !found || !nothingLost) {
            System.exit(1);
        }
    }

    private static long millis(Map<String, Object> report) {
        return (Long) Json.object(report.get("summary")).get("durationMillis");
    }

    private static void row(String name, long millis, long cold) {
        System.out.printf("%-36s %10d %8.3f%n", name, millis, millis / (double) cold);
    }
}
