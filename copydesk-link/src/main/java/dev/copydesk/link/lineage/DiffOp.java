package dev.copydesk.link.lineage;

import java.util.Objects;

/**
 * One step of a word-level diff of a quote version against the thread's first version.
 *
 * @param op    {@code "same"} (in both), {@code "added"} (only in this version) or {@code "removed"} (only
 *              in the first version)
 * @param words the words, as written (the version's words for same and added, the first version's for
 *              removed), separated by single spaces, without punctuation
 */
public record DiffOp(String op, String words) {
    /** The words are in both versions. */
    public static final String SAME = "same";
    /** The words are only in this version. */
    public static final String ADDED = "added";
    /** The words are only in the first version. */
    public static final String REMOVED = "removed";

    public DiffOp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(words, "words");
        if (!op.equals(SAME) && !op.equals(ADDED) && !op.equals(REMOVED)) {
            throw new IllegalArgumentException("op must be same, added or removed, not " + op);
        }
    }
}
