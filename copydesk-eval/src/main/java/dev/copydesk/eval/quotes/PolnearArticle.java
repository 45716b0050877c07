package dev.copydesk.eval.quotes;

import java.util.List;

/** One PolNeAR article: its id, its text and its gold direct quotes. */
public record PolnearArticle(String id, String text, List<GoldQuote> gold) {
    public PolnearArticle {
        gold = List.copyOf(gold);
    }
}
