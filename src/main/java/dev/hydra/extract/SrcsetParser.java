package dev.hydra.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits a {@code srcset} attribute into its URLs, as the HTML standard's candidate parser does. */
final class SrcsetParser {

    private SrcsetParser() {}

    static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            // a URL never ends in a comma: trailing commas separate candidates
            while (url.endsWith(",")) {
                url = url.substring(0, url.length() - 1);
            }
            boolean hadTrailingComma = i > start && srcset.charAt(i - 1) == ',';
            if (!url.isEmpty()) {
                urls.add(url);
            }
            if (!hadTrailingComma) {
                while (i < n && srcset.charAt(i) != ',') {
                    i++; // descriptors such as "2x" or "480w"
                }
            }
        }
        return urls;
    }
}
