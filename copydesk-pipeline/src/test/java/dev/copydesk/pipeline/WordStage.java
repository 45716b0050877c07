package dev.copydesk.pipeline;

import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Span;
import dev.copydesk.core.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small real stage for these tests: one span per word; counts its calls; fails on a text holding "FAIL". */
final class WordStage implements Stage {
    static final LayerKey<Span> WORDS = LayerKey.of("words", Span.class);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
        return "words";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(WORDS);
    }

    @Override
    public Article process(Article article) {
        calls.incrementAndGet();
        if (article.text().contains("FAIL")) {
            throw new IllegalStateException("the words stage cannot read this text");
        }
        List<Span> words = new ArrayList<>();
        Matcher m = WORD.matcher(article.text());
        while (m.find()) {
            words.add(new Span(m.start(), m.end()));
        }
        return article.withLayer(WORDS, words);
    }
}
