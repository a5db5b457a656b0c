package dev.hydra.project;

/**
 * A URL of the project's POM (its {@code <url>}, {@code <organization>}, {@code <licenses>}, ...), where it is
 * declared.
 *
 * @param url the value of the effective model, as Maven interpolated it
 * @param element what it is in the POM ({@code organization/url}), for messages
 * @param file the POM file that declares it, or null when that file lies outside the project (a parent from the
 *     local repository): then {@code place} names the parent by its coordinates
 * @param place how reports name the declaring POM: {@code /pom.xml}, {@code /parent/pom.xml}, or a parent outside the
 *     project as {@code org.apache:apache:35}
 * @param line the 1-based line that declares it, or 0 when unknown
 */
public record PomUrl(String url, String element, java.nio.file.Path file, String place, int line) {}
