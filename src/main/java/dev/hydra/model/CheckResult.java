package dev.hydra.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything one check found.
 *
 * @param start what was checked: the start URL, or the served directory
 * @param checkedAt when the check started
 * @param summary the counts
 * @param links every unique link, sorted by URL
 * @param notices things the user should know that are not about one link (a crawl bound reached)
 * @param settings the settings that change verdicts, by name, for reports
 */
public record CheckResult(
        String start,
        Instant checkedAt,
        Summary summary,
        List<LinkResult> links,
        List<String> notices,
        Map<String, String> settings) {

    public CheckResult {
        links = List.copyOf(links);
        notices = List.copyOf(notices);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The links with the given verdict, in URL order. */
    public List<LinkResult> withVerdict(Verdict verdict) {
        return links.stream().filter(link -> link.verdict() == verdict).collect(Collectors.toList());
    }
}
