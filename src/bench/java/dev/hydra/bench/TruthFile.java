package dev.hydra.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a generator knows of the links it wrote: each target's verdict and kind and the pages that link it, written
 * as {@code OUT.truth.json} beside the generated folder, the file Score reads.
 */
final class TruthFile {

    private static final class Truth {
        final String verdict;
        final String kind;
        final Set<String> sources = new LinkedHashSet<>();

        Truth(String verdict, String kind) {
            this.verdict = verdict;
            this.kind = kind;
        }
    }

    private final Map<String, Truth> truth = new LinkedHashMap<>();

    /** Records that {@code source} links {@code target}; the first record of a target decides its verdict. */
    void record(String target, String verdict, String kind, String source) {
        truth.computeIfAbsent(target, t -> new Truth(verdict, kind)).sources.add(source);
    }

    /** Records one more page linking a target already recorded. */
    void recordAgain(String target, String source) {
        truth.get(target).sources.add(source);
    }

    /** "N unique targets (E external), D dead", for the generator's last line. */
    String counts() {
        long dead =
                truth.values().stream().filter(t -> t.verdict.equals("dead")).count();
        long external =
                truth.keySet().stream().filter(k -> k.startsWith("http")).count();
        return truth.size() + " unique targets (" + external + " external), " + dead + " dead";
    }

    /** Writes {@code OUT.truth.json} beside the generated folder {@code out}. */
    void write(Path out, int farmPort) throws IOException {
        Path file = out.resolveSibling(out.getFileName() + ".truth.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"site\": " + Json.quote(out.getFileName().toString()) + ", \"farm_port\": " + farmPort
                    + ", \"links\": {\n");
            boolean first = true;
            for (Map.Entry<String, Truth> entry : truth.entrySet()) {
                Truth t = entry.getValue();
                w.write((first ? "" : ",\n") + Json.quote(entry.getKey()) + ": {\"verdict\": " + Json.quote(t.verdict)
                        + ", \"kind\": " + Json.quote(t.kind) + ", \"sources\": [");
                boolean firstSource = true;
                for (String source : t.sources) {
                    w.write((firstSource ? "" : ", ") + Json.quote(source));
                    firstSource = false;
                }
                w.write("]}");
                first = false;
            }
            w.write("\n}}\n");
        }
    }
}
