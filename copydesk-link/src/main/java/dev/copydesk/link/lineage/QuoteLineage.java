package dev.copydesk.link.lineage;

import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import dev.copydesk.link.Published;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Follows quotes across articles: the same words quoted by several articles, identically, trimmed or
 * altered ({@link QuoteMatch}), become one {@link QuoteThread} whose first version is the earliest published
 * (undated after dated, then smallest article id, then position), with every version's speaker as that
 * article attributed it and a word-level diff against the first version (case, punctuation and quote
 * style ignored).
 *
 * <p>Quotes are taken in that order; each joins the thread of the best earlier quote it matches
 * (identical before trimmed before altered, then the more common words, then the earlier), unless that
 * thread already holds a version from its own article; otherwise it starts a thread. Candidates come from
 * a {@link QuoteIndex} of word pairs, so the work grows near-linearly with the number of quotes. Only
 * threads quoted by at least two articles are returned, most articles first, then by first publication.
 * Articles without a QUOTES layer are skipped. Stateless and thread-safe; deterministic for a given set
 * of articles, whatever their order.
 */
public final class QuoteLineage {
    private static final String STAGE = "quote-lineage";
    private static final Comparator<Entry> CHRONOLOGICAL = Comparator
            .comparing((Entry e) -> e.published, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(e -> e.article.id())
            .thenComparingInt(e -> e.quote.start())
            .thenComparingInt(e -> e.quote.end());

    private QuoteLineage() {
    }

    /**
     * The threads of quotes shared by at least two of {@code articles}.
     *
     * @param outletOf names the outlet of an article (may return null)
     */
    public static List<QuoteThread> trace(List<Article> articles, Function<Article, String> outletOf) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(outletOf, "outletOf");
        List<Entry> entries = new ArrayList<>();
        for (Article article : articles) {
            if (!article.hasLayer(Layers.QUOTES)) {
                continue;
            }
            String outlet = outletOf.apply(article);
            Instant published = Published.instant(article.published());
            for (Quote q : article.layer(Layers.QUOTES, STAGE)) {
                QuoteWords words = QuoteWords.of(q.text());
                if (words.size() > 0) {
                    entries.add(new Entry(article, outlet, q, words, published));
                }
            }
        }
        entries.sort(CHRONOLOGICAL);
        QuoteIndex index = new QuoteIndex();
        List<List<Integer>> threads = new ArrayList<>();
        List<Set<String>> threadArticles = new ArrayList<>();
        for (int id = 0; id < entries.size(); id++) {
            Entry e = entries.get(id);
            int best = bestEarlier(e, index.candidates(e.words), entries, threadArticles);
            if (best < 0) {
                e.thread = threads.size();
                threads.add(new ArrayList<>());
                threadArticles.add(new HashSet<>());
            } else {
                e.thread = entries.get(best).thread;
            }
            threads.get(e.thread).add(id);
            threadArticles.get(e.thread).add(e.article.id());
            index.add(id, e.thread, e.words);
        }
        // Sort keys computed once: threads by articles (most first), first publication, first article, position.
        List<Integer> kept = new ArrayList<>();
        for (int t = 0; t < threads.size(); t++) {
            if (threadArticles.get(t).size() >= 2) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt((Integer t) -> -threadArticles.get(t).size())
                .thenComparing(t -> entries.get(threads.get(t).get(0)), CHRONOLOGICAL));
        List<QuoteThread> out = new ArrayList<>(kept.size());
        for (int t : kept) {
            out.add(thread(entries, threads.get(t)));
        }
        return out;
    }

    /**
     * The earlier quote {@code e} matches best, in a thread without a version from its article: identical
     * before trimmed before altered, then the more words in common, then the earlier; -1 when none.
     */
    private static int bestEarlier(Entry e, List<Integer> candidates, List<Entry> entries,
                                   List<Set<String>> threadArticles) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        int bestCommon = -1;
        for (int c : candidates) {
            Entry other = entries.get(c);
            if (threadArticles.get(other.thread).contains(e.article.id())) {
                continue;
            }
            String kind = QuoteMatch.kind(other.words, e.words);
            if (kind == null) {
                continue;
            }
            int rank = QuoteMatch.rank(kind);
            int common = kind.equals(QuoteVersion.ALTERED)
                    ? WordDiff.lcs(other.words.normalised(), e.words.normalised())
                    : Math.min(other.words.size(), e.words.size());
            if (rank < bestRank || (rank == bestRank && (common > bestCommon || (common == bestCommon && c < best)))) {
                best = c;
                bestRank = rank;
                bestCommon = common;
            }
            if (kind.equals(QuoteVersion.IDENTICAL)) {
                // Exact matches come first, oldest first: nothing later can do better.
                break;
            }
        }
        return best;
    }

    private static QuoteThread thread(List<Entry> entries, List<Integer> ids) {
        Entry first = entries.get(ids.get(0));
        List<QuoteVersion> versions = new ArrayList<>();
        for (int id : ids) {
            Entry e = entries.get(id);
            String kind = QuoteMatch.kind(first.words, e.words);
            if (kind == null) {
                // Joined through a later version it matches, drifted from the first: an alteration of it.
                kind = QuoteVersion.ALTERED;
            }
            Quote q = e.quote;
            String speaker = q.speakerCanonical() != null ? q.speakerCanonical() : q.speaker();
            versions.add(new QuoteVersion(e.article.id(), e.outlet, e.article.published(), q.text(), q.start(),
                    q.end(), speaker, kind, WordDiff.diff(first.words, e.words)));
        }
        return new QuoteThread(first.quote.text(), first.article.id(), first.outlet, first.article.published(),
                versions);
    }

    /** One quote of one article, and the thread it joined. */
    private static final class Entry {
        final Article article;
        final String outlet;
        final Quote quote;
        final QuoteWords words;
        final Instant published;
        int thread = -1;

        Entry(Article article, String outlet, Quote quote, QuoteWords words, Instant published) {
            this.article = article;
            this.published = published;
            this.outlet = outlet;
            this.quote = quote;
            this.words = words;
        }
    }
}
