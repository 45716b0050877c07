package dev.copydesk.link.dup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Duplicate detection one article at a time, in memory that grows with the shingles of the articles and not
 * with their text: the rules of {@link DuplicateFinder}, applied as each {@link Fingerprint} arrives.
 *
 * <p>An article whose words equal an earlier article's joins that article's group at once and shares its
 * shingle array; it is not indexed again, so ten thousand copies of one text cost ten thousand small records
 * and no comparisons. Any other article with shingles looks up its candidates in the {@link LshIndex} (capped
 * buckets), skips those already in its group, verifies the rest on exact shingles ({@link
 * DuplicateFinder#similar}) and joins their groups. The work per article is bounded by the bucket cap, not by
 * the number of articles seen.
 *
 * <p>{@link #links()} names each group's original (earliest published, dated before undated, then smallest
 * id) and each copy's similarity to it and differing paragraphs. Groups depend on the arrival order only
 * through the bucket cap. Not thread-safe: build fingerprints on any thread, add them from one.
 */
public final class DuplicateIndex {
    private final List<Fingerprint> docs = new ArrayList<>();
    private final Map<Long, Integer> firstWithText = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final LshIndex lsh = new LshIndex();
    private int[] parent = new int[64];

    /**
     * Adds one article.
     *
     * @throws IllegalArgumentException when an article with the same id was added before
     */
    public void add(Fingerprint fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (!ids.add(fingerprint.id())) {
            throw new IllegalArgumentException("duplicate id '" + fingerprint.id() + "'");
        }
        int doc = docs.size();
        if (doc == parent.length) {
            parent = Arrays.copyOf(parent, doc * 2);
        }
        parent[doc] = doc;
        if (fingerprint.isEmpty()) {
            docs.add(fingerprint.indexed());
            return;
        }
        Integer twin = firstWithText.putIfAbsent(fingerprint.textKey(), doc);
        if (twin != null) {
            docs.add(fingerprint.sharing(docs.get(twin)).indexed());
            union(twin, doc);
            return;
        }
        if (fingerprint.bandKeys().length > 0) {
            for (int candidate : lsh.candidates(fingerprint.bandKeys())) {
                if (find(candidate) != find(doc)
                        && DuplicateFinder.similar(docs.get(candidate).shingles(), fingerprint.shingles())) {
                    union(candidate, doc);
                }
            }
            lsh.add(doc, fingerprint.bandKeys());
        }
        docs.add(fingerprint.indexed());
    }

    /** Number of articles added. */
    public int size() {
        return docs.size();
    }

    /** One link per article, in the order they were added. */
    public List<DuplicateLink> links() {
        Comparator<Integer> earliest = Comparator
                .comparing((Integer i) -> docs.get(i).published(), Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                .thenComparing(i -> docs.get(i).id());
        int[] originalOfRoot = new int[docs.size()];
        Arrays.fill(originalOfRoot, -1);
        for (int i = 0; i < docs.size(); i++) {
            int root = find(i);
            int current = originalOfRoot[root];
            if (current < 0 || earliest.compare(i, current) < 0) {
                originalOfRoot[root] = i;
            }
        }
        List<DuplicateLink> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            int o = originalOfRoot[find(i)];
            Fingerprint doc = docs.get(i);
            if (o == i) {
                out.add(new DuplicateLink(doc.id(), null, 1.0, List.of()));
                continue;
            }
            Fingerprint original = docs.get(o);
            double similarity = doc.textKey() == original.textKey() ? 1.0
                    : Shingles.jaccard(doc.shingles(), original.shingles());
            out.add(new DuplicateLink(doc.id(), original.id(), similarity, differing(doc, original)));
        }
        return out;
    }

    private static List<Integer> differing(Fingerprint doc, Fingerprint original) {
        Set<Long> known = new HashSet<>();
        for (long key : original.paragraphs()) {
            known.add(key);
        }
        List<Integer> differing = new ArrayList<>();
        long[] paragraphs = doc.paragraphs();
        for (int p = 0; p < paragraphs.length; p++) {
            if (paragraphs[p] != 0 && !known.contains(paragraphs[p])) {
                differing.add(p);
            }
        }
        return differing;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
