package dev.copydesk.eval.duplicates;

import dev.copydesk.link.dup.Shingles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A corpus for duplicate detection with known answers, built deterministically from originals: every original,
 * published an hour apart, and for each one of at least {@link #MIN_WORDS} words copies by two {@link CopyEdit}s
 * drawn at random (published after it) and, one time in two, an excerpt. The truth: an original and its copies
 * form one group; an excerpt and every original are groups of their own, even two originals of one gold cluster
 * (one event, different writers). Originals must therefore be distinct texts: see {@link #distinct}.
 * Stateless and thread-safe.
 */
public final class DuplicateCorpus {
    /**
     * Originals shorter than this get no copies (they stay in the corpus as originals): a brief of a few dozen
     * words with two words changed shares too few word 5-grams with its source to call it a copy by shingles.
     */
    public static final int MIN_WORDS = 100;
    /**
     * Two originals whose word-shingle Jaccard reaches this are one text already (the same wire story on two
     * sites, as ECB+ holds a few): {@link #distinct} keeps the first.
     */
    public static final double SOURCE_TWIN_JACCARD = 0.75;

    /** When the first original is published. */
    public static final Instant START = Instant.parse("2026-01-05T06:00:00Z");

    private DuplicateCorpus() {
    }

    /**
     * One article of the corpus.
     *
     * @param id        unique id
     * @param published publication time
     * @param title     headline
     * @param text      body
     * @param original  id of the original it derives from (its own id for an original)
     * @param truth     its true duplicate group: the original's id for copies and originals, its own id otherwise
     * @param edit      the edit that made it, or {@code null} for an original
     * @param cluster   the original's gold cluster, or null
     */
    public record Article(String id, Instant published, String title, String text, String original, String truth,
                          CopyEdit edit, String cluster) {
    }

    /** The corpus for {@code originals} (unique ids) and {@code seed}, originals first in their order. */
    public static List<Article> build(List<Original> originals, long seed) {
        Random random = new Random(seed);
        CopyEdit.Material material = material(originals);
        List<CopyEdit> copies = CopyEdits.all().stream().filter(CopyEdit::isCopy).toList();
        List<CopyEdit> others = CopyEdits.all().stream().filter(e -> !e.isCopy()).toList();
        List<Article> out = new ArrayList<>();
        Map<String, Original> byId = new LinkedHashMap<>();
        for (Original o : originals) {
            if (byId.put(o.id(), o) != null) {
                throw new IllegalArgumentException("original id " + o.id() + " occurs twice");
            }
        }
        List<Article> derived = new ArrayList<>();
        int i = 0;
        for (Original o : originals) {
            Instant published = START.plus(i++, ChronoUnit.HOURS);
            out.add(new Article(o.id(), published, o.title(), o.text(), o.id(), o.id(), null, o.cluster()));
            if (Original.words(o.text()) < MIN_WORDS) {
                continue;
            }
            List<CopyEdit> kinds = new ArrayList<>(copies);
            for (int c = 0; c < 2; c++) {
                CopyEdit edit = kinds.remove(random.nextInt(kinds.size()));
                add(derived, o, edit, published, random, material);
            }
            if (random.nextBoolean()) {
                add(derived, o, others.get(random.nextInt(others.size())), published, random, material);
            }
        }
        out.addAll(derived);
        return out;
    }

    /**
     * The originals without those whose text is a near-copy (word-shingle Jaccard at least {@link
     * #SOURCE_TWIN_JACCARD}, compared exhaustively) of an earlier one in the same gold cluster, or of any earlier
     * one when clusters are unknown.
     */
    public static List<Original> distinct(List<Original> originals) {
        List<Original> kept = new ArrayList<>();
        List<long[]> shingles = new ArrayList<>();
        for (Original o : originals) {
            long[] s = Shingles.of(o.text());
            boolean twin = false;
            for (int k = 0; k < kept.size() && !twin; k++) {
                twin = Objects.equals(kept.get(k).cluster(), o.cluster()) && s.length > 0
                        && Shingles.jaccard(s, shingles.get(k)) >= SOURCE_TWIN_JACCARD;
            }
            if (!twin) {
                kept.add(o);
                shingles.add(s);
            }
        }
        return kept;
    }

    private static void add(List<Article> out, Original o, CopyEdit edit, Instant after, Random random,
                            CopyEdit.Material material) {
        CopyEdit.Derived d = edit.apply(o, random, material);
        if (d == null) {
            return;
        }
        String id = o.id() + "~" + edit.name().replaceAll("\\W+", "-");
        Instant published = after.plus(1 + random.nextInt(72), ChronoUnit.HOURS);
        out.add(new Article(id, published, d.title(), d.text(), o.id(), edit.isCopy() ? o.id() : id, edit, o.cluster()));
    }

    /** The shipped boilerplate lines and synonyms, and the originals' paragraphs as fillers. */
    static CopyEdit.Material material(List<Original> originals) {
        List<String> fillers = new ArrayList<>();
        for (Original o : originals) {
            fillers.addAll(o.paragraphs());
        }
        Map<String, String> synonyms = new LinkedHashMap<>();
        for (String line : lines("synonyms.txt")) {
            String[] pair = line.split("\t");
            if (pair.length != 2) {
                throw new IllegalStateException("synonyms.txt: not 'word<TAB>replacement': " + line);
            }
            synonyms.putIfAbsent(pair[0], pair[1]);
        }
        return new CopyEdit.Material(lines("boilerplate.txt"), synonyms, fillers);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Objects.requireNonNull(DuplicateCorpus.class.getResourceAsStream(resource), resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
