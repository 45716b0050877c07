package dev.copydesk.link.dup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * <p>The output has one link per input, sorted by id, and does not depend on the input order. Stateless and
 * thread-safe.
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
        List<Doc> docs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DupInput in : inputs) {
            if (!ids.add(in.id())) {
                throw new IllegalArgumentException("inputs: duplicate id '" + in.id() + "'");
            }
            docs.add(new Doc(in));
        }
        docs.sort(Comparator.comparing(d -> d.input.id()));
        int[] parent = new int[docs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        linkExactCopies(docs, parent);
        LshIndex index = new LshIndex();
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).shingles.length > 0) {
                index.add(i, MinHash.signature(docs.get(i).shingles));
            }
        }
        for (long pair : index.candidatePairs()) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            if (similar(docs.get(a).shingles, docs.get(b).shingles)) {
                union(parent, a, b);
            }
        }
        return links(docs, parent);
    }

    private static void linkExactCopies(List<Doc> docs, int[] parent) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            String key = docs.get(i).key;
            if (key.isEmpty()) {
                continue;
            }
            Integer seen = first.putIfAbsent(key, i);
            if (seen != null) {
                union(parent, seen, i);
            }
        }
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

    private static List<DuplicateLink> links(List<Doc> docs, int[] parent) {
        Map<Integer, Integer> originalOfRoot = new HashMap<>();
        Comparator<Integer> earliest = Comparator
                .comparing((Integer i) -> docs.get(i).published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> docs.get(i).input.id());
        for (int i = 0; i < docs.size(); i++) {
            originalOfRoot.merge(find(parent, i), i, (x, y) -> earliest.compare(x, y) <= 0 ? x : y);
        }
        List<DuplicateLink> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            int o = originalOfRoot.get(find(parent, i));
            Doc doc = docs.get(i);
            if (o == i) {
                out.add(new DuplicateLink(doc.input.id(), null, 1.0, List.of()));
                continue;
            }
            Doc original = docs.get(o);
            double similarity = doc.key.equals(original.key) ? 1.0 : Shingles.jaccard(doc.shingles, original.shingles);
            out.add(new DuplicateLink(doc.input.id(), original.input.id(), similarity, differing(doc, original)));
        }
        return out;
    }

    private static List<Integer> differing(Doc doc, Doc original) {
        Set<String> known = new HashSet<>(original.paragraphKeys);
        List<Integer> differing = new ArrayList<>();
        for (int p = 0; p < doc.paragraphKeys.size(); p++) {
            String key = doc.paragraphKeys.get(p);
            if (!key.isEmpty() && !known.contains(key)) {
                differing.add(p);
            }
        }
        return differing;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
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

    /** Publication time in UTC, or {@code null} when absent or not ISO-8601. */
    static Instant published(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the finder keeps of one input. */
    private static final class Doc {
        final DupInput input;
        final Instant published;
        final String key;
        final long[] shingles;
        final List<String> paragraphKeys = new ArrayList<>();

        Doc(DupInput input) {
            this.input = input;
            this.published = published(input.published());
            List<String> words = Shingles.words(input.text());
            this.key = String.join(" ", words);
            this.shingles = Shingles.ofWords(words);
            for (String paragraph : paragraphs(input.text())) {
                paragraphKeys.add(String.join(" ", Shingles.words(paragraph)));
            }
        }
    }
}
