package dev.copydesk.annotate.quote;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.annotate.Sentence;
import dev.copydesk.annotate.Token;
import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the layers the attributor reads, for tests: tokens split on white space and punctuation,
 * sentences split after . ! ? (and line breaks), and PERSON entities wherever the given names occur,
 * each given as {@code "mention=Canonical Name"}.
 */
final class TestLayers {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*|\\S");

    private TestLayers() {
    }

    static Article article(String text, String... people) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), null));
        }
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            boolean cut = last;
            if (!last) {
                String w = text.substring(tokens.get(i).start(), tokens.get(i).end());
                String gap = text.substring(tokens.get(i).end(), tokens.get(i + 1).start());
                char next = text.charAt(tokens.get(i + 1).start());
                boolean prevTitle = i > 0 && text.substring(tokens.get(i - 1).start(), tokens.get(i - 1).end()).matches("Mr|Mrs|Ms|Dr");
                cut = gap.indexOf('\n') >= 0 || (w.matches("[.!?]") && !prevTitle && !gap.isEmpty() && Character.isUpperCase(next));
                if (w.matches("[.!?]") && gap.isEmpty() && "’”\"".indexOf(next) >= 0) {
                    continue;
                }
            }
            if (cut) {
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(i).end()));
                first = i + 1;
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (String spec : people) {
            String[] parts = spec.split("=");
            int at = text.indexOf(parts[0]);
            while (at >= 0) {
                entities.add(new Entity(at, at + parts[0].length(), parts[0], EntityType.PERSON, parts[1]));
                at = text.indexOf(parts[0], at + parts[0].length());
            }
        }
        return Article.builder().id("t").source("test").text(text).build()
                .withLayer(Layers.TOKENS, tokens).withLayer(Layers.SENTENCES, sentences).withLayer(Layers.ENTITIES, entities);
    }

    static List<Quote> quotes(String text, String... people) {
        return new QuoteAttributor().process(article(text, people)).layer(Layers.QUOTES, "test").items();
    }

    /** The attributor's decisions for every quoted piece of the text. */
    static List<QuoteAttributor.Decision> explain(String text, String... people) {
        return new QuoteAttributor().explain(article(text, people));
    }

    /** The only decision for a text with one quoted piece. */
    static QuoteAttributor.Decision decision(String text, String... people) {
        List<QuoteAttributor.Decision> all = explain(text, people);
        if (all.size() != 1) {
            throw new AssertionError("expected one quoted piece: " + all);
        }
        return all.get(0);
    }

    static List<Quote> direct(String text, String... people) {
        return quotes(text, people).stream().filter(Quote::direct).toList();
    }
}
