package dev.hydra.extract;

import java.util.List;
import java.util.Set;

/**
 * What Hydra keeps of a parsed page: its links and the anchors it defines (ids and {@code <a name>}).
 * The DOM and the body are dropped as soon as these are extracted.
 */
public record PageLinks(List<ExtractedLink> links, Set<String> anchors) {

    public PageLinks {
        links = List.copyOf(links);
        anchors = Set.copyOf(anchors);
    }
}
