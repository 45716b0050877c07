package dev.copydesk.eval.extraction;

/**
 * Receives progress of a long run, so that a caller can show it; the library never prints.
 * Called on the running thread, after each page.
 */
@FunctionalInterface
public interface Progress {
    /** Ignores progress. */
    Progress NONE = (system, done, total) -> {};

    /**
     * @param system the system at work
     * @param done   pages done so far by that system
     * @param total  pages it has to do
     */
    void pageDone(String system, int done, int total);
}
