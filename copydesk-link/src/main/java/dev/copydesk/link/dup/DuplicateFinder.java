package dev.copydesk.link.dup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds near-duplicates and syndicated copies in a set of articles.
 *
 * <p>Each text becomes a set of {@link Shingles}; texts with shingles are indexed by {@link MinHash} signature in
 * an {@link LshIndex}; each candidate pair is verified on the exact shingle sets: it links when the Jaccard
 * similarity reaches {@link #JACCARD_THRESHOLD} or the containment of the smaller set in the larger reaches
 * {@link #CONTAINMENT_THRESHOLD} while the sets are of comparable size ({@link #MIN_CONTAINMENT_SIZE_RATIO}): a copy
 * with a paragraph dropped or added. Texts with the same normalised words
 * always link, which is the only way a text shorter than {@link Shingles#K} words links. Texts without words
 * never link. Linked articles form groups (union-find); a group's original is the earliest published, dated
 * before undated, ties and undated broken by the smallest id.
 *
 * <p>This is the batch form: it feeds the inputs, sorted by id, to a {@link DuplicateIndex}, which applies the same
 * rules one article at a time from compact {@link Fingerprint}s. The output has one link per input, sorted by id,
 * and does not depend on the input order. Stateless and thread-safe.
 */
public final class DuplicateFinder {

    /** Exact shingle Jaccard from which two texts are copies. */
    public static final double JACCARD_THRESHOLD = 0.7;
    /** Share of the smaller shingle set found in the larger from which two texts are copies. */
    public static final double CONTAINMENT_THRESHOLD = 0.9;
    /**
     * Containment counts only when the smaller shingle set is at least this share of the larger: a short excerpt
     * of a long article, or a digest quoting several articles whole, is not a copy and does not chain the
     * articles it quotes into one group.
     */
    public static final double MIN_CONTAINMENT_SIZE_RATIO = 0.5;

    /** Links every input to the original of its group; ids must be unique. */
    public List<DuplicateLink> find(List<DupInput> inputs) {
        List<DupInput> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing(DupInput::id));
        DuplicateIndex index = new DuplicateIndex();
        for (DupInput in : sorted) {
            try {
                index.add(Fingerprint.of(in));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("inputs: " + e.getMessage(), e);
            }
        }
        return index.links();
    }

    /** Whether two compact shingle sets ({@link Shingles#compact}) are copies by the rules above. */
    static boolean similar(int[] a, int[] b) {
        int common = Shingles.intersection(a, b);
        int smaller = Math.min(a.length, b.length);
        if (smaller == 0) {
            return false;
        }
        double jaccard = (double) common / (a.length + b.length - common);
        boolean comparableSize = smaller >= MIN_CONTAINMENT_SIZE_RATIO * Math.max(a.length, b.length);
        return jaccard >= JACCARD_THRESHOLD
                || comparableSize && (double) common / smaller >= CONTAINMENT_THRESHOLD;
    }

    static boolean similar(long[] a, long[] b) {
        int common = Shingles.intersection(a, b);
        int smaller = Math.min(a.length, b.length);
        if (smaller == 0) {
            return false;
        }
        double jaccard = (double) common / (a.length + b.length - common);
        boolean comparableSize = smaller >= MIN_CONTAINMENT_SIZE_RATIO * Math.max(a.length, b.length);
        return jaccard >= JACCARD_THRESHOLD
                || comparableSize && (double) common / smaller >= CONTAINMENT_THRESHOLD;
    }

    /** Non-blank paragraphs of a text: blocks separated by lines that hold only white space. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split("\\R[ \\t\\x0B\\f]*\\R")) {
            if (!block.isBlank()) {
                out.add(block);
            }
        }
        return out;
    }
}
