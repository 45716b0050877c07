package dev.copydesk.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.DateMention;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an article back from the JSON the index stores ({@code analyze}'s output): its fields and its
 * entity, quote, amount and date layers, so that corpus-wide comparisons (quote lineage, figures) can
 * run on stored articles without analysing them again. Diagnostics are not read back. Stateless and
 * thread-safe.
 */
final class StoredArticles {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private StoredArticles() {
    }

    static Article read(byte[] json) throws IOException {
        Object value;
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            value = value(p);
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw new IOException("stored article is not a JSON object");
        }
        Article a = Article.builder().id(string(m, "id")).source(string(m, "source")).url(string(m, "url"))
                .title(string(m, "title")).byline(string(m, "byline")).published(string(m, "published"))
                .language(string(m, "language")).text(string(m, "text") == null ? "" : string(m, "text"))
                .captions(strings(m.get("captions"))).comments(strings(m.get("comments"))).build();
        List<Entity> entities = new ArrayList<>();
        for (Map<?, ?> e : objects(m.get("entities"))) {
            entities.add(new Entity(integer(e, "start"), integer(e, "end"), string(e, "text"),
                    EntityType.valueOf(string(e, "type")), string(e, "canonical")));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Map<?, ?> q : objects(m.get("quotes"))) {
            quotes.add(new Quote(integer(q, "start"), integer(q, "end"), string(q, "text"),
                    Boolean.TRUE.equals(q.get("direct")), string(q, "speaker"), integer(q, "speakerStart"),
                    integer(q, "speakerEnd"), string(q, "speakerCanonical"), string(q, "cue")));
        }
        List<Amount> amounts = new ArrayList<>();
        for (Map<?, ?> x : objects(m.get("amounts"))) {
            amounts.add(new Amount(integer(x, "start"), integer(x, "end"), string(x, "text"),
                    ((Number) x.get("value")).doubleValue(), string(x, "unit"), string(x, "object")));
        }
        List<DateMention> dates = new ArrayList<>();
        for (Map<?, ?> d : objects(m.get("dates"))) {
            dates.add(new DateMention(integer(d, "start"), integer(d, "end"), string(d, "text"), string(d, "value")));
        }
        return a.withLayer(Layers.ENTITIES, entities).withLayer(Layers.QUOTES, quotes)
                .withLayer(Layers.AMOUNTS, amounts).withLayer(Layers.DATES, dates);
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    private static String string(Map<?, ?> m, String key) {
        return m.get(key) instanceof String s ? s : null;
    }

    private static int integer(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : -1;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static List<Map<?, ?>> objects(Object value) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    out.add(m);
                }
            }
        }
        return out;
    }
}
