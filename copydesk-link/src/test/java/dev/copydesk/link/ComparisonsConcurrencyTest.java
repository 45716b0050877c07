package dev.copydesk.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Article;
import dev.copydesk.link.figures.FigureComparison;
import dev.copydesk.link.figures.FigureGroup;
import dev.copydesk.link.figures.FigureReport;
import dev.copydesk.link.lineage.DiffOp;
import dev.copydesk.link.lineage.QuoteLineage;
import dev.copydesk.link.lineage.QuoteThread;
import dev.copydesk.link.lineage.QuoteVersion;
import dev.copydesk.link.names.NameResolution;
import dev.copydesk.link.names.NameResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Random articles drawn from a small vocabulary, so that names, figures and quotes recur and collide,
 * pushed through the three comparisons on several threads at once: every answer equals the one-thread
 * answer, and every span it reports is the text it quotes.
 */
class ComparisonsConcurrencyTest {
    private static final String[] WORDS = {"river", "town", "mayor", "flood", "water", "we", "the", "never",
            "seen", "high", "family", "lost", "bridge", "cost", "homes", "people", "killed", "injured", "in", "of"};
    private static final String[] NAMES = {"Maria Kovalenko", "Kovalenko", "Jan Brandt", "Petra Brandt", "Brandt",
            "Kesselers", "Kesseler", "Kessel"};
    private static final Function<Article, String> OUTLET = a -> "outlet" + (a.id().hashCode() & 3);

    @Test
    void answersAreTheSameOnManyThreadsAndSpansPointAtTheirText() throws Exception {
        List<Article> articles = randomArticles(new Random(20240304L), 150);
        Map<String, NameResolution> names = NameResolver.resolve(articles, a -> "s" + (a.id().hashCode() & 1));
        List<FigureGroup> figures = FigureComparison.compare(articles, OUTLET);
        List<QuoteThread> threads = QuoteLineage.trace(articles, OUTLET);
        assertFalse(figures.isEmpty());
        assertFalse(threads.isEmpty());
        assertTrue(names.values().stream().anyMatch(NameResolution::changed));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> names.equals(NameResolver.resolve(articles, a -> "s" + (a.id().hashCode() & 1)))
                        && figures.equals(FigureComparison.compare(articles, OUTLET))
                        && threads.equals(QuoteLineage.trace(articles, OUTLET))));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Article> byId = new java.util.HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        for (FigureGroup g : figures) {
            for (FigureReport r : g.reports()) {
                assertEquals(r.text(), byId.get(r.articleId()).text().substring(r.start(), r.end()));
            }
        }
        for (QuoteThread t : threads) {
            assertEquals(t.text(), t.versions().get(0).text());
            for (QuoteVersion v : t.versions()) {
                assertEquals(v.text(), byId.get(v.articleId()).text().substring(v.start(), v.end()));
                // The diff replays both versions: same+added words are this version's, same+removed the first's.
                assertEquals(words(v.text()), replay(v.diff(), DiffOp.ADDED));
            }
        }
    }

    private static String words(String text) {
        return String.join(" ", text.split("[^\\p{L}\\p{Nd}']+")).strip();
    }

    private static String replay(List<DiffOp> diff, String side) {
        List<String> out = new ArrayList<>();
        for (DiffOp op : diff) {
            if (op.op().equals(DiffOp.SAME) || op.op().equals(side)) {
                out.add(op.words());
            }
        }
        return String.join(" ", out);
    }

    private static List<Article> randomArticles(Random random, int count) {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            List<Entity> entities = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>();
            List<Amount> amounts = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                String name = NAMES[random.nextInt(NAMES.length)];
                int start = text.length();
                text.append(name);
                EntityType type = name.startsWith("Kessel") ? EntityType.NORP : EntityType.PERSON;
                entities.add(new Entity(start, text.length(), name, type, name));
                text.append(" said \"");
                int qs = text.length();
                int n = 3 + random.nextInt(6);
                for (int w = 0; w < n; w++) {
                    text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(6 + random.nextInt(WORDS.length - 6))]);
                }
                quotes.add(new Quote(qs, text.length(), text.substring(qs), true, name, start, start + name.length(),
                        name, "said"));
                text.append("\" and ");
                int as = text.length();
                String number = Integer.toString(10 + random.nextInt(4));
                text.append(number).append(' ').append(random.nextBoolean() ? "people were killed." : "homes flooded.");
                amounts.add(new Amount(as, as + number.length(), number, Integer.parseInt(number), null,
                        text.charAt(as + number.length() + 1) == 'p' ? "people" : "homes"));
                text.append(' ');
            }
            String body = text.toString().strip();
            Article a = Fixtures.article(String.format("r%03d", i), random.nextInt(4) == 0 ? null
                    : "2024-03-0" + (1 + random.nextInt(9)), body);
            out.add(a.withLayer(Layers.ENTITIES, entities).withLayer(Layers.QUOTES, quotes)
                    .withLayer(Layers.AMOUNTS, amounts));
        }
        return out;
    }
}
