package dev.copydesk.eval.quotes;

import java.util.List;

/**
 * A gold direct quote: its content spans (marks included, as annotated) and every span an annotator
 * marked as its source.
 */
public record GoldQuote(List<int[]> content, List<int[]> sources) {
    public GoldQuote {
        content = List.copyOf(content);
        sources = List.copyOf(sources);
    }

    int length() {
        int n = 0;
        for (int[] s : content) {
            n += s[1] - s[0];
        }
        return n;
    }
}
