package dev.copydesk.clean.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the article facts a page declares in JSON-LD ({@code <script type="application/ld+json">}):
 * headline, authors, publication date, language. Pages get JSON wrong often (trailing commas, raw
 * control characters, several objects in one script); the reader is lenient, bounded in depth and
 * size, and a script it cannot read is skipped. Thread-safe.
 */
final class JsonLd {
    private static final int MAX_DEPTH = 48;
    private static final int MAX_LENGTH = 2_000_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    /**
     * Facts from one page's JSON-LD; fields are {@code null} when absent.
     *
     * @param types the {@code @type} of every object found, lower case
     */
    record Facts(String headline, String author, String datePublished, String language, Set<String> types) {
    }

    private JsonLd() {
    }

    static Facts read(List<String> scripts) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String script : scripts) {
            if (script.length() <= MAX_LENGTH) {
                parse(script, objects);
            }
        }
        Set<String> types = new HashSet<>();
        for (Map<String, Object> o : objects) {
            Object type = o.get("@type");
            for (Object t : type instanceof List<?> l ? l : type == null ? List.of() : List.of(type)) {
                if (t instanceof String ts) {
                    types.add(ts.toLowerCase(Locale.ROOT));
                }
            }
        }
        Map<String, Object> article = null;
        for (Map<String, Object> o : objects) {
            if (isArticle(o)) {
                article = o;
                break;
            }
        }
        if (article == null) {
            for (Map<String, Object> o : objects) {
                if (o.get("headline") instanceof String || o.get("datePublished") instanceof String) {
                    article = o;
                    break;
                }
            }
        }
        if (article == null) {
            return new Facts(null, null, null, null, types);
        }
        return new Facts(string(article.get("headline")), authors(article.get("author")),
                string(article.get("datePublished")), string(article.get("inLanguage")), types);
    }

    private static boolean isArticle(Map<String, Object> o) {
        Object type = o.get("@type");
        List<Object> types = type instanceof List<?> l ? new ArrayList<>(l) : List.of(String.valueOf(type));
        for (Object t : types) {
            String s = String.valueOf(t).toLowerCase(Locale.ROOT);
            if (s.endsWith("article") || s.equals("blogposting") || s.equals("report")
                    || s.equals("liveblogposting") || s.equals("posting") || s.equals("socialmediaposting")) {
                return true;
            }
        }
        return false;
    }

    private static String string(Object o) {
        if (o instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        if (o instanceof List<?> l && !l.isEmpty()) {
            return string(l.get(0));
        }
        if (o instanceof Map<?, ?> m) {
            return string(m.get("name"));
        }
        return null;
    }

    private static String authors(Object o) {
        List<String> names = new ArrayList<>();
        List<?> list = o instanceof List<?> l ? l : o == null ? List.of() : List.of(o);
        for (Object a : list) {
            String name = a instanceof Map<?, ?> m ? string(m.get("name")) : string(a);
            if (name != null && !name.startsWith("http") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Adds every JSON object found in {@code json} (including those in {@code @graph} arrays) to {@code out}. */
    private static void parse(String json, List<Map<String, Object>> out) {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                Object v = value(p, t, 0);
                collect(v, out);
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable script is skipped: JSON-LD is a hint, never required.
        }
    }

    private static void collect(Object root, List<Map<String, Object>> out) {
        ArrayDeque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        int seen = 0;
        while (!todo.isEmpty() && seen++ < 10_000) {
            Object v = todo.pop();
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> obj = (Map<String, Object>) m;
                out.add(obj);
                Object graph = obj.get("@graph");
                if (graph != null) {
                    todo.push(graph);
                }
                Object main = obj.get("mainEntity");
                if (main != null) {
                    todo.push(main);
                }
            } else if (v instanceof List<?> l) {
                for (int i = l.size() - 1; i >= 0; i--) {
                    todo.push(l.get(i));
                }
            }
        }
    }

    private static Object value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            p.skipChildren();
            return null;
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken(), depth + 1));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                JsonToken k;
                while ((k = p.nextToken()) != JsonToken.END_ARRAY && k != null) {
                    l.add(value(p, k, depth + 1));
                }
                return l;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getText();
            }
            default -> {
                return null;
            }
        }
    }
}
