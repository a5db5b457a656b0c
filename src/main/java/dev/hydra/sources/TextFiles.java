package dev.hydra.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of the files one location pass reads, each read once: a page with twenty broken links has one source.
 * A file that cannot be read has no lines, which finds no line rather than failing the check.
 */
final class TextFiles {

    private final Map<Path, List<String>> read = new HashMap<>();

    List<String> lines(Path file) {
        return read.computeIfAbsent(file, TextFiles::readLines);
    }

    private static List<String> readLines(Path file) {
        try {
            // malformed bytes become U+FFFD: a link is ASCII or UTF-8 and is still found around them
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
