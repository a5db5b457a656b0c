package dev.hydra.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's JSON files (truth, farm statistics, reports), read and written with Jackson, Hydra's own
 * JSON library. Objects keep key order.
 */
final class Json {

    private static final ObjectReader READER =
            new ObjectMapper().readerFor(Object.class).with(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final ObjectWriter WRITER = new ObjectMapper().writer();

    private Json() {}

    /** Objects become {@link Map}s, arrays {@link List}s, numbers {@link Long} or {@link Double}. */
    static Object read(Path file) throws IOException {
        return READER.readValue(file.toFile());
    }

    static String quote(String s) {
        try {
            return WRITER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
