package dev.copydesk.link;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic articles with hand-built annotation layers for the linking tests. Each span is found in the
 * text by searching for the annotation's words after the previous annotation of the same layer, so a
 * fixture reads like the article it stands for.
 */
public final class Fixtures {
    private Fixtures() {
    }

    /** An article with no layers. */
    public static Article article(String id, String published, String text) {
        return Article.builder().id(id).source("test:" + id).published(published).text(text).build();
    }

    /** An entity annotation: {@code mention} as written, of {@code type}, with the article's canonical name. */
    public record E(String mention, EntityType type, String canonical) {
    }

    /** An amount annotation: {@code written} as in the text, its value, unit and object. */
    public record A(String written, double value, String unit, String object) {
    }

    /** A quote annotation: the quoted words as in the text, and the speaker as written and canonical. */
    public record Q(String words, String speaker, String speakerCanonical) {
    }

    public static E e(String mention, EntityType type, String canonical) {
        return new E(mention, type, canonical);
    }

    public static A a(String written, double value, String unit, String object) {
        return new A(written, value, unit, object);
    }

    public static Q q(String words, String speaker, String speakerCanonical) {
        return new Q(words, speaker, speakerCanonical);
    }

    /** {@code article} with an ENTITIES layer of {@code entities}, found in order in its text. */
    public static Article withEntities(Article article, E... entities) {
        List<Entity> layer = new ArrayList<>();
        int from = 0;
        for (E e : entities) {
            int start = find(article, e.mention(), from);
            layer.add(new Entity(start, start + e.mention().length(), e.mention(), e.type(), e.canonical()));
            from = start + e.mention().length();
        }
        return article.withLayer(Layers.ENTITIES, layer);
    }

    /** {@code article} with an AMOUNTS layer of {@code amounts}, found in order in its text. */
    public static Article withAmounts(Article article, A... amounts) {
        List<Amount> layer = new ArrayList<>();
        int from = 0;
        for (A a : amounts) {
            int start = find(article, a.written(), from);
            layer.add(new Amount(start, start + a.written().length(), a.written(), a.value(), a.unit(), a.object()));
            from = start + a.written().length();
        }
        return article.withLayer(Layers.AMOUNTS, layer);
    }

    /** {@code article} with a QUOTES layer of direct quotes, found in order in its text. */
    public static Article withQuotes(Article article, Q... quotes) {
        List<Quote> layer = new ArrayList<>();
        int from = 0;
        for (Q q : quotes) {
            int start = find(article, q.words(), from);
            int end = start + q.words().length();
            int speakerStart = q.speaker() == null ? -1 : article.text().indexOf(q.speaker(), end);
            int speakerEnd = speakerStart < 0 ? -1 : speakerStart + q.speaker().length();
            layer.add(new Quote(start, end, q.words(), true, speakerStart < 0 ? null : q.speaker(), speakerStart,
                    speakerEnd, q.speakerCanonical(), speakerStart < 0 ? null : "said"));
            from = end;
        }
        return article.withLayer(Layers.QUOTES, layer);
    }

    private static int find(Article article, String words, int from) {
        int start = article.text().indexOf(words, from);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in " + article.id() + " after " + from);
        }
        return start;
    }
}
