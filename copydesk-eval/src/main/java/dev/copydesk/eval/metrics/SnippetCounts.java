package dev.copydesk.eval.metrics;

/**
 * Snippet checks of one page or summed over pages; see {@link WordMetric#snippets}.
 *
 * @param with          snippets that should appear
 * @param withFound     of those, how many appear in the output
 * @param without       boilerplate snippets that should not appear
 * @param withoutAbsent of those, how many are absent from the output
 */
public record SnippetCounts(int with, int withFound, int without, int withoutAbsent) {
    /** No snippets. */
    public static final SnippetCounts NONE = new SnippetCounts(0, 0, 0, 0);

    public SnippetCounts {
        if (withFound < 0 || withFound > with || withoutAbsent < 0 || withoutAbsent > without) {
            throw new IllegalArgumentException("inconsistent snippet counts: " + with + "/" + withFound
                    + ", " + without + "/" + withoutAbsent);
        }
    }

    /** Element-wise sum. */
    public SnippetCounts plus(SnippetCounts o) {
        return new SnippetCounts(with + o.with, withFound + o.withFound, without + o.without, withoutAbsent + o.withoutAbsent);
    }

    /** Share of {@code with} snippets found, pooled over all snippets; 1 when there are none. */
    public double withFoundShare() {
        return with == 0 ? 1.0 : (double) withFound / with;
    }

    /** Share of {@code without} snippets absent, pooled over all snippets; 1 when there are none. */
    public double withoutAbsentShare() {
        return without == 0 ? 1.0 : (double) withoutAbsent / without;
    }
}
