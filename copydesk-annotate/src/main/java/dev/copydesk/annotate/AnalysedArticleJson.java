package dev.copydesk.annotate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.copydesk.core.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a finished article back from {@code copydesk analyze}'s JSON (one JSON Lines record, or what the
 * index stores): its fields and its {@link Layers#ENTITIES entity}, {@link Layers#QUOTES quote},
 * {@link Layers#AMOUNTS amount} and {@link Layers#DATES date} layers, the inverse of
 * {@link dev.copydesk.core.ArticleJson} with {@link AnnotationJson}. Diagnostics are not read back.
 *
 * <p>Strict on the layers: every span (and a quote's speaker span) must lie inside the text, every
 * annotation must carry its required fields; otherwise {@link #read} throws an
 * {@link IllegalArgumentException} whose message names the layer, the item and the problem. A layer
 * that is absent reads as empty. Stateless and thread-safe.
 */
public final class AnalysedArticleJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private AnalysedArticleJson() {
    }

    /** Reads one article from UTF-8 JSON. */
    public static Article read(byte[] json) {
        return read(new String(json, StandardCharsets.UTF_8));
    }

    /**
     * Reads one article from JSON.
     *
     * @throws IllegalArgumentException when the JSON is not an object or a layer is invalid
     */
    public static Article read(String json) {
        Object value;
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() == null) {
                throw new IllegalArgumentException("empty JSON");
            }
            value = value(p);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid JSON (" + e.getMessage() + ")", e);
        }
        if (!(value instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("the article is not a JSON object");
        }
        if (string(m, "error") != null && string(m, "text") == null) {
            // An error row of the Spark job's output: the input it names could not be read or analysed there.
            throw new IllegalArgumentException("not an article: " + string(m, "error"));
        }
        for (String key : new String[] {"id", "source"}) {
            if (string(m, key) == null) {
                throw new IllegalArgumentException("the article has no string \"" + key + "\"");
            }
        }
        String text = string(m, "text") == null ? "" : string(m, "text");
        Article a = Article.builder().id(string(m, "id")).source(string(m, "source")).url(string(m, "url"))
                .title(string(m, "title")).byline(string(m, "byline")).published(string(m, "published"))
                .language(string(m, "language")).text(text)
                .captions(strings(m.get("captions"))).comments(strings(m.get("comments"))).build();
        List<Entity> entities = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        List<DateMention> dates = new ArrayList<>();
        String layer = "entities";
        int i = 0;
        try {
            for (Map<?, ?> e : objects(m.get(layer))) {
                entities.add(new Entity(integer(e, "start"), integer(e, "end"), string(e, "text"),
                        EntityType.valueOf(required(e, "type")), string(e, "canonical")));
                i++;
            }
            layer = "quotes";
            i = 0;
            for (Map<?, ?> q : objects(m.get(layer))) {
                Quote quote = new Quote(integer(q, "start"), integer(q, "end"), string(q, "text"),
                        Boolean.TRUE.equals(q.get("direct")), string(q, "speaker"), integer(q, "speakerStart"),
                        integer(q, "speakerEnd"), string(q, "speakerCanonical"), string(q, "cue"));
                if (quote.speakerEnd() > text.length()) {
                    throw new IllegalArgumentException("speaker span [" + quote.speakerStart() + ", "
                            + quote.speakerEnd() + ") lies outside the text [0, " + text.length() + ")");
                }
                quotes.add(quote);
                i++;
            }
            layer = "amounts";
            i = 0;
            for (Map<?, ?> x : objects(m.get(layer))) {
                if (!(x.get("value") instanceof Number number)) {
                    throw new IllegalArgumentException("missing number 'value'");
                }
                amounts.add(new Amount(integer(x, "start"), integer(x, "end"), string(x, "text"),
                        number.doubleValue(), string(x, "unit"), string(x, "object")));
                i++;
            }
            layer = "dates";
            i = 0;
            for (Map<?, ?> d : objects(m.get(layer))) {
                dates.add(new DateMention(integer(d, "start"), integer(d, "end"), string(d, "text"), string(d, "value")));
                i++;
            }
            return a.withLayer(Layers.ENTITIES, entities).withLayer(Layers.QUOTES, quotes)
                    .withLayer(Layers.AMOUNTS, amounts).withLayer(Layers.DATES, dates);
        } catch (IllegalArgumentException | NullPointerException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("layer '")) {
                throw new IllegalArgumentException(e.getMessage(), e); // Layer.of names the layer and the span
            }
            throw new IllegalArgumentException("layer '" + layer + "' item " + i + ": " + detail(e), e);
        }
    }

    private static String required(Map<?, ?> m, String key) {
        String s = string(m, key);
        if (s == null) {
            throw new IllegalArgumentException("missing string '" + key + "'");
        }
        return s.toUpperCase(Locale.ROOT);
    }

    private static String detail(RuntimeException e) {
        if (e instanceof NullPointerException) {
            return "missing string '" + e.getMessage() + "'";
        }
        return e.getMessage();
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
