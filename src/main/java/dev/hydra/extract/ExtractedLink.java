package dev.hydra.extract;

/**
 * One link as found on a page.
 *
 * @param raw the attribute text as written
 * @param target what it resolved to
 * @param line the 1-based source line of the element, 0 when unknown
 */
public record ExtractedLink(String raw, LinkTarget target, int line) {}
