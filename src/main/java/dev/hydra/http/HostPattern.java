package dev.hydra.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A host name pattern as users write them: {@code docs.example.org}, {@code *.example.org}
 * (any subdomain, and the domain itself), or {@code *} for every host.
 */
public record HostPattern(String text) {

    public HostPattern {
        text = text.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty host pattern");
        }
    }

    public boolean matches(String host) {
        if (host == null) {
            return false;
        }
        String candidate = host.toLowerCase(Locale.ROOT);
        if (text.equals("*") || text.equals(candidate)) {
            return true;
        }
        if (text.startsWith("*.")) {
            String domain = text.substring(2);
            return candidate.equals(domain) || candidate.endsWith("." + domain);
        }
        if (text.contains("*")) {
            return Pattern.matches(Pattern.quote(text).replace("*", "\\E[^.]*\\Q"), candidate);
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
