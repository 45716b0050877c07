package dev.copydesk.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON Lines that {@code copydesk analyze} writes back into articles with their ENTITIES,
 * QUOTES and AMOUNTS layers, so that the linking library can be tried on real analyses without depending
 * on the pipeline. Test scope only.
 */
public final class AnalyzedArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnalyzedArticles() {
    }

    /** The articles of a JSON Lines resource beside {@code anchor}. */
    public static List<Article> read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The articles of a JSON Lines file. */
    public static List<Article> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Article> read(BufferedReader reader) throws IOException {
        List<Article> out = new ArrayList<>();
        for (String line; (line = reader.readLine()) != null; ) {
            if (!line.isBlank()) {
                out.add(article(JSON.readTree(line)));
            }
        }
        return out;
    }

    /** The outlet of an article as the index names it: its URL's host without "www.", else its source. */
    public static String outlet(Article a) {
        if (a.url() != null) {
            String host = URI.create(a.url()).getHost();
            return host.startsWith("www.") ? host.substring(4) : host;
        }
        return a.source();
    }

    private static Article article(JsonNode n) {
        Article a = Article.builder().id(n.get("id").asText()).source(n.get("source").asText())
                .url(text(n, "url")).title(text(n, "title")).published(text(n, "published"))
                .text(n.get("text").asText()).build();
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : n.get("entities")) {
            entities.add(new Entity(e.get("start").asInt(), e.get("end").asInt(), e.get("text").asText(),
                    EntityType.valueOf(e.get("type").asText()), e.get("canonical").asText()));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : n.get("quotes")) {
            quotes.add(new Quote(q.get("start").asInt(), q.get("end").asInt(), q.get("text").asText(),
                    q.get("direct").asBoolean(), text(q, "speaker"), offset(q, "speakerStart"), offset(q, "speakerEnd"),
                    text(q, "speakerCanonical"), text(q, "cue")));
        }
        List<Amount> amounts = new ArrayList<>();
        for (JsonNode m : n.get("amounts")) {
            amounts.add(new Amount(m.get("start").asInt(), m.get("end").asInt(), m.get("text").asText(),
                    m.get("value").asDouble(), text(m, "unit"), text(m, "object")));
        }
        return a.withLayer(Layers.ENTITIES, entities).withLayer(Layers.QUOTES, quotes)
                .withLayer(Layers.AMOUNTS, amounts);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int offset(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? -1 : v.asInt();
    }
}
