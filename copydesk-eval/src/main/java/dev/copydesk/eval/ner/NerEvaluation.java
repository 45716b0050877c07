package dev.copydesk.eval.ner;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.clean.Cleaner;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import dev.copydesk.ingest.RawInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Scores Copydesk's entities on CoNLL-2003 through the same path as {@code copydesk analyze --clean
 * none}: each document's text is rebuilt from its tokens (joined by spaces, each sentence its own
 * paragraph), cleaned with {@link Cleaner.Mode#NONE}, annotated by the pipeline, and each predicted
 * entity is mapped back to the tokens its characters cover. Types map PERSON→PER,
 * ORGANIZATION→ORG, LOCATION→LOC, NORP and MISC→MISC. Thread-safe when the pipeline is.
 */
public final class NerEvaluation {
    private final Pipeline pipeline;
    private final Cleaner cleaner = new Cleaner(Cleaner.Mode.NONE);

    public NerEvaluation(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The text Copydesk reads for {@code doc}, and where each of its tokens starts. */
    public record DocumentText(String text, int[] tokenStarts, int[] tokenEnds) {
    }

    public static DocumentText textOf(ConllDocument doc) {
        StringBuilder sb = new StringBuilder();
        int n = doc.tokenCount();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int k = 0;
        for (ConllSentence s : doc.sentences()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            for (int i = 0; i < s.words().size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                starts[k] = sb.length();
                sb.append(s.words().get(i));
                ends[k++] = sb.length();
            }
        }
        return new DocumentText(sb.toString(), starts, ends);
    }

    /** Counts for one document. */
    public NerCounts evaluate(ConllDocument doc, int ordinal) {
        DocumentText dt = textOf(doc);
        Article a = pipeline.process(cleaner.clean(RawInput.text("conll#" + ordinal, dt.text())));
        if (!a.text().equals(dt.text())) {
            throw new IllegalStateException("cleaning changed the text of document " + ordinal);
        }
        List<Chunk> predicted = new ArrayList<>();
        for (Entity e : a.layer(Layers.ENTITIES, "eval-ner")) {
            int first = tokenAt(dt.tokenEnds(), e.start(), true);
            int last = tokenAt(dt.tokenStarts(), e.end() - 1, false);
            if (first <= last && first >= 0) {
                predicted.add(new Chunk(first, last + 1, conllType(e.type())));
            }
        }
        List<String> tags = new ArrayList<>(doc.tokenCount());
        List<Chunk> gold = new ArrayList<>();
        for (ConllSentence s : doc.sentences()) {
            int offset = tags.size();
            for (Chunk c : Chunk.fromIob1(s.tags())) {
                gold.add(new Chunk(c.start() + offset, c.end() + offset, c.type()));
            }
            tags.addAll(s.tags());
        }
        NerCounts counts = new NerCounts();
        counts.count(gold, predicted);
        return counts;
    }

    /** Counts over all documents, on {@code threads} threads; {@code progress} gets each finished count. */
    public NerCounts evaluate(List<ConllDocument> docs, int threads, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<NerCounts>> futures = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                int ordinal = i;
                futures.add(pool.submit(() -> evaluate(docs.get(ordinal), ordinal)));
            }
            NerCounts total = new NerCounts();
            int done = 0;
            for (Future<NerCounts> f : futures) {
                total.add(f.get());
                progress.accept(++done);
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The token whose range holds {@code pos}: for a start, the first token ending after it; for an
     * end, the last token starting at or before it.
     */
    private static int tokenAt(int[] bounds, int pos, boolean forStart) {
        int i = Arrays.binarySearch(bounds, pos);
        if (forStart) {
            // first token whose end > pos
            int idx = i >= 0 ? i + 1 : -i - 1;
            return idx < bounds.length ? idx : -1;
        }
        // last token whose start <= pos
        return i >= 0 ? i : -i - 2;
    }

    static String conllType(EntityType t) {
        return switch (t) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case NORP, MISC -> "MISC";
        };
    }
}
