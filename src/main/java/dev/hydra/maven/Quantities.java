package dev.hydra.maven;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations ({@code 10s}, {@code 500ms}, {@code 2m}, {@code 1d}, a bare number is seconds) and sizes ({@code 8MB}). */
final class Quantities {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|k|mb|m|gb|g)?");

    private Quantities() {}

    static Duration duration(String parameter, String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    parameter + " '" + text + "' is not a duration: write 10s, 500ms, 2m, 1d or a number of seconds");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> value;
            case "m" -> value * 60_000;
            case "h" -> value * 3_600_000;
            case "d" -> value * 86_400_000;
            default -> value * 1000;
        };
        return Duration.ofMillis(Math.round(millis));
    }

    static long size(String parameter, String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    parameter + " '" + text + "' is not a size: write 8MB, 512KB or a number of bytes");
        }
        long value = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        return switch (unit) {
            case "kb", "k" -> value * 1024;
            case "mb", "m" -> value * 1024 * 1024;
            case "gb", "g" -> value * 1024 * 1024 * 1024;
            default -> value;
        };
    }
}
