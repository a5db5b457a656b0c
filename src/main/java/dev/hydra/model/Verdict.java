package dev.hydra.model;

/** The verdict on one link. Only {@link #BROKEN} fails a build by default. */
public enum Verdict {
    OK("ok"),
    BROKEN("broken"),
    WARNING("warning"),
    SKIPPED("skipped"),
    EXCLUDED("excluded");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The lower-case name used in reports: {@code ok}, {@code broken}, ... */
    public String label() {
        return label;
    }
}
