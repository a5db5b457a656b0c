package dev.hydra.baseline;

import dev.hydra.model.LinkPlace;

/**
 * One entry of a baseline file as written there, and the 1-based line that holds it.
 *
 * @param line where the entry is, so that a fixed one can be named for deletion
 * @param text the line itself, without its line break
 * @param place the link and page the line names, in their written form
 */
public record BaselineEntry(int line, String text, LinkPlace place) {}
