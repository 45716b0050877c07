package dev.copydesk.link.dup;

import dev.copydesk.link.Published;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What duplicate detection keeps of one article: a few compact arrays instead of its text. The words of the
 * text (as {@link Shingles#words}) give a 64-bit key of the whole word sequence (exact copies), the sorted
 * distinct 32-bit hashes of its word {@link Shingles#K}-grams (exact similarity), one 64-bit key per paragraph
 * (which paragraphs differ) and the {@link LshIndex#BANDS} band keys of its {@link MinHash} signature (candidate
 * lookup). An article of {@code n} words costs about {@code 4n} bytes plus 8 per paragraph.
 *
 * <p>Building one is the expensive part of duplicate detection and needs no shared state: do it on worker
 * threads. Immutable and thread-safe; the arrays are never exposed.
 */
public final class Fingerprint {
    private static final long[] NONE = new long[0];

    private final String id;
    private final Instant published;
    private final long textKey;
    private final int words;
    private final int[] shingles;
    private final long[] paragraphs;
    private final long[] bandKeys;

    private Fingerprint(String id, Instant published, long textKey, int words, int[] shingles, long[] paragraphs,
                        long[] bandKeys) {
        this.id = id;
        this.published = published;
        this.textKey = textKey;
        this.words = words;
        this.shingles = shingles;
        this.paragraphs = paragraphs;
        this.bandKeys = bandKeys;
    }

    /** The fingerprint of one article. */
    public static Fingerprint of(DupInput input) {
        Objects.requireNonNull(input, "input");
        List<String> words = Shingles.words(input.text());
        long[] hashes = Shingles.ofWords(words);
        int[] shingles = Shingles.compact(hashes);
        List<String> paragraphTexts = DuplicateFinder.paragraphs(input.text());
        long[] paragraphs = new long[paragraphTexts.size()];
        for (int p = 0; p < paragraphs.length; p++) {
            paragraphs[p] = Shingles.key(Shingles.words(paragraphTexts.get(p)));
        }
        long[] bandKeys = hashes.length == 0 ? NONE : LshIndex.bandKeys(MinHash.signature(hashes));
        return new Fingerprint(input.id(), Published.instant(input.published()), Shingles.key(words),
                words.size(), shingles, paragraphs, bandKeys);
    }

    /** The same fingerprint under another id. */
    public Fingerprint withId(String newId) {
        return new Fingerprint(Objects.requireNonNull(newId, "newId"), published, textKey, words, shingles, paragraphs,
                bandKeys);
    }

    /** The article's id. */
    public String id() {
        return id;
    }

    /** Its publication time, or {@code null} when undated. */
    public Instant published() {
        return published;
    }

    /** Whether the text has no words: such an article is never a copy nor copied. */
    public boolean isEmpty() {
        return words == 0;
    }

    /** Number of distinct shingles. */
    public int shingleCount() {
        return shingles.length;
    }

    long textKey() {
        return textKey;
    }

    int[] shingles() {
        return shingles;
    }

    long[] paragraphs() {
        return paragraphs;
    }

    long[] bandKeys() {
        return bandKeys;
    }

    /** The same fingerprint sharing {@code twin}'s shingle array, which holds the same values. */
    Fingerprint sharing(Fingerprint twin) {
        if (twin.shingles == shingles || !Arrays.equals(twin.shingles, shingles)) {
            return this;
        }
        return new Fingerprint(id, published, textKey, words, twin.shingles, paragraphs, NONE);
    }

    /** The same fingerprint without its band keys, once it is indexed. */
    Fingerprint indexed() {
        return bandKeys.length == 0 ? this : new Fingerprint(id, published, textKey, words, shingles, paragraphs, NONE);
    }
}
