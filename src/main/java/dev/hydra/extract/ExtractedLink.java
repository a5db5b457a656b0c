package dev.hydra.extract;

/**
 * One link as found on a page.
 *
 * @param raw the attribute text as written
 * @param target what it resolved to
 * @param line the 1-based source line of the element, 0 when unknown
 * @param ignored whether the page says where the link is written not to check it ({@code data-hydra-ignore},
 *     {@code hydra-ignore} comments)
 */
public record ExtractedLink(String raw, LinkTarget target, int line, boolean ignored) {

    /** A link to check. */
    public ExtractedLink(String raw, LinkTarget target, int line) {
        this(raw, target, line, false);
    }
}
