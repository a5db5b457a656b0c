package dev.hydra.bench;

import dev.hydra.output.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's JSON files (truth, farm statistics, reports), read and written with Hydra's own
 * {@link JsonParser} and {@link dev.hydra.output.Json#quote}. Objects keep key order.
 */
final class Json {

    private Json() {}

    static Object read(Path file) throws IOException {
        return JsonParser.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static String quote(String s) {
        return dev.hydra.output.Json.quote(s);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        return (List<Object>) value;
    }
}
