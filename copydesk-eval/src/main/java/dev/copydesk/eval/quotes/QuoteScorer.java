package dev.copydesk.eval.quotes;

import dev.copydesk.annotate.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores predicted direct quotes against gold ones.
 *
 * <p>Predicted pieces are first joined into quotes: pieces with the same speaker mention that sit in
 * one paragraph (“A,” he said. “B.”) or continue one another across paragraphs (only white space and
 * quote marks between them) are one quote, as the gold annotates them. A predicted quote matches a gold
 * quote when it covers at least 30% of the gold content's characters; matching is one-to-one, best
 * coverage first. The speaker is right when the predicted speaker span overlaps a gold source span.
 * Stateless and thread-safe.
 */
public final class QuoteScorer {
    /** Minimum share of the gold content a prediction must cover to match it. */
    public static final double MIN_COVERAGE = 0.30;

    /** A predicted quote: its spans and its speaker span ({@code null} when it has none). */
    public record Predicted(List<int[]> spans, int[] speaker) {
    }

    /** Counts for one article or a whole split; add them up with {@link #plus}. */
    public record Counts(int gold, int predicted, int matched, int speakerRight) {
        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched, speakerRight + o.speakerRight);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            return f1(precision(), recall());
        }

        /** Right speakers over matched pairs. */
        public double speakerAccuracy() {
            return matched == 0 ? 0 : (double) speakerRight / matched;
        }

        /** F1 where a pair counts only when the quote matches and its speaker is right. */
        public double jointF1() {
            double p = predicted == 0 ? 0 : (double) speakerRight / predicted;
            double r = gold == 0 ? 0 : (double) speakerRight / gold;
            return f1(p, r);
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private QuoteScorer() {
    }

    /** Joins the direct quotes of a quotes layer into predicted quotes (see the class comment). */
    public static List<Predicted> join(String text, List<Quote> quotes) {
        List<Predicted> out = new ArrayList<>();
        Quote prev = null;
        List<int[]> spans = null;
        for (Quote q : quotes) {
            if (!q.direct()) {
                continue;
            }
            if (prev != null && sameQuote(text, prev, q)) {
                spans.add(new int[] {q.start(), q.end()});
            } else {
                spans = new ArrayList<>();
                spans.add(new int[] {q.start(), q.end()});
                out.add(new Predicted(spans, q.speakerStart() < 0 ? null : new int[] {q.speakerStart(), q.speakerEnd()}));
            }
            prev = q;
        }
        return out;
    }

    private static boolean sameQuote(String text, Quote a, Quote b) {
        if (a.speakerStart() < 0 || a.speakerStart() != b.speakerStart() || a.speakerEnd() != b.speakerEnd()) {
            return false;
        }
        String between = text.substring(Math.min(a.end(), b.start()), b.start());
        if (between.indexOf('\n') < 0) {
            return true;
        }
        return between.replaceAll("[\\s“”‘’\"',.]", "").isEmpty();
    }

    /** How one gold or predicted quote fared: matched (speaker right or wrong), missed or spurious. */
    public enum Kind { RIGHT, WRONG_SPEAKER, MISSED, SPURIOUS }

    /** One outcome: the gold quote ({@code null} when spurious) and the prediction ({@code null} when missed). */
    public record Outcome(Kind kind, GoldQuote gold, Predicted predicted) {
    }

    public static Counts score(List<GoldQuote> gold, List<Predicted> predicted) {
        int matched = 0;
        int right = 0;
        for (Outcome o : outcomes(gold, predicted)) {
            if (o.kind() == Kind.RIGHT || o.kind() == Kind.WRONG_SPEAKER) {
                matched++;
            }
            if (o.kind() == Kind.RIGHT) {
                right++;
            }
        }
        return new Counts(gold.size(), predicted.size(), matched, right);
    }

    /** Every gold and predicted quote's outcome: matched pairs first, then missed gold, then spurious predictions. */
    public static List<Outcome> outcomes(List<GoldQuote> gold, List<Predicted> predicted) {
        record Pair(int g, int p, double coverage) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int len = gold.get(g).length();
            for (int p = 0; p < predicted.size(); p++) {
                double coverage = len == 0 ? 0 : (double) overlap(gold.get(g).content(), predicted.get(p).spans()) / len;
                if (coverage >= MIN_COVERAGE) {
                    pairs.add(new Pair(g, p, coverage));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::coverage).reversed());
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        List<Outcome> out = new ArrayList<>();
        for (Pair pair : pairs) {
            if (goldUsed[pair.g] || predUsed[pair.p]) {
                continue;
            }
            goldUsed[pair.g] = true;
            predUsed[pair.p] = true;
            int[] speaker = predicted.get(pair.p).speaker();
            boolean ok = speaker != null && overlap(List.of(speaker), gold.get(pair.g).sources()) > 0;
            out.add(new Outcome(ok ? Kind.RIGHT : Kind.WRONG_SPEAKER, gold.get(pair.g), predicted.get(pair.p)));
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                out.add(new Outcome(Kind.MISSED, gold.get(g), null));
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!predUsed[p]) {
                out.add(new Outcome(Kind.SPURIOUS, null, predicted.get(p)));
            }
        }
        return out;
    }

    /** Characters covered by both span lists (each list's spans assumed not to overlap one another). */
    static int overlap(List<int[]> a, List<int[]> b) {
        int n = 0;
        for (int[] x : a) {
            for (int[] y : b) {
                n += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
            }
        }
        return n;
    }

    static int length(List<int[]> spans) {
        int n = 0;
        for (int[] s : spans) {
            n += s[1] - s[0];
        }
        return n;
    }
}
