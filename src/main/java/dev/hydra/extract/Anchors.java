package dev.hydra.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Decides whether a fragment names a place on a page. */
public final class Anchors {

    private Anchors() {}

    /**
     * Whether {@code rawFragment} (as written in the URL, possibly percent-encoded) is satisfied by a page
     * with these anchors. The empty fragment and {@code top} always are (HTML standard); a text fragment
     * ({@code :~:text=}) is not an anchor and is not checked.
     */
    public static boolean isSatisfied(String rawFragment, Set<String> anchors) {
        if (rawFragment.isEmpty() || rawFragment.startsWith(":~:") || rawFragment.equalsIgnoreCase("top")) {
            return true;
        }
        if (anchors.contains(rawFragment)) {
            return true;
        }
        String decoded = percentDecode(rawFragment);
        if (anchors.contains(decoded)) {
            return true;
        }
        int directive = decoded.indexOf(":~:");
        return directive > 0 && anchors.contains(decoded.substring(0, directive));
    }

    /** Decodes %XX escapes as UTF-8, leaving malformed escapes and '+' as they are. */
    public static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%'
                    && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0
                    && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
