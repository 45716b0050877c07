package dev.copydesk.eval.extraction;

/** How a row's output came about. */
public enum SystemKind {
    /** Extracted in this run, from the benchmark's HTML. */
    LIVE,
    /** Read from outputs the benchmark publishes for the system. */
    PUBLISHED;

    /** Lower-case label for tables and JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
