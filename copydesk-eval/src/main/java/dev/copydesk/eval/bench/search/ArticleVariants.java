package dev.copydesk.eval.bench.search;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.DateMention;
import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Quote;
import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Many varied analysed articles made from a few really analysed ones, for timing the index at scale
 * without analysing every article: each variant takes a seed article, keeps its first paragraph and
 * shuffles (and sometimes drops) the others, gives some of its people other people's names (from other
 * seeds, or first and last names recombined, so the number of distinct people grows with the corpus),
 * and gets a new id, outlet, URL and publication date. Every annotation is carried over with offsets
 * into the new text, so variants are as consistent as analysed articles; one that would straddle a
 * change is dropped. Immutable and thread-safe; {@link #variant(int)} is deterministic.
 */
public final class ArticleVariants {
    private static final List<String> OUTLETS = List.of("nytimes.com", "washingtonpost.com", "theguardian.com", "bbc.co.uk",
            "foxnews.com", "cnn.com", "breitbart.com", "politico.com", "reuters.com", "apnews.com", "npr.org", "wsj.com",
            "usatoday.com", "latimes.com", "nbcnews.com", "cbsnews.com", "abcnews.go.com", "thehill.com", "vox.com",
            "huffpost.com", "dailymail.co.uk", "independent.co.uk", "telegraph.co.uk", "ft.com", "economist.com",
            "bloomberg.com", "axios.com", "newsweek.com", "time.com", "theatlantic.com", "slate.com", "salon.com",
            "nypost.com", "chicagotribune.com", "bostonglobe.com", "sfchronicle.com", "miamiherald.com", "dw.com",
            "aljazeera.com", "france24.com");
    private static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    private static final int DAYS = 11 * 365;

    private final List<Article> seeds;
    private final List<String> people;
    private final List<String> firstNames;
    private final List<String> lastNames;
    private final long seed;

    /** Variants of {@code seeds} (analysed articles with entities and quotes), shaped by {@code seed}. */
    public ArticleVariants(List<Article> seeds, long seed) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed articles");
        }
        this.seeds = List.copyOf(seeds);
        this.seed = seed;
        Set<String> names = new LinkedHashSet<>();
        Set<String> first = new LinkedHashSet<>();
        Set<String> last = new LinkedHashSet<>();
        for (Article a : seeds) {
            for (Entity e : items(a, Layers.ENTITIES)) {
                String[] parts = e.canonical().split(" ");
                if (e.type() == EntityType.PERSON && parts.length == 2 && Character.isUpperCase(parts[0].charAt(0))
                        && Character.isUpperCase(parts[1].charAt(0))) {
                    names.add(e.canonical());
                    first.add(parts[0]);
                    last.add(parts[1]);
                }
            }
        }
        this.people = List.copyOf(names);
        this.firstNames = List.copyOf(first);
        this.lastNames = List.copyOf(last);
    }

    public int seeds() {
        return seeds.size();
    }

    /** Variant number {@code i}: always the same article for the same {@code i}. */
    public Article variant(int i) {
        Random r = new Random(seed * 1_000_003L + i);
        Article base = seeds.get(r.nextInt(seeds.size()));
        Map<String, String> renames = renames(base, r);
        String text = base.text();

        List<int[]> paragraphs = paragraphs(text);
        List<int[]> order = new ArrayList<>(paragraphs.subList(0, 1));
        List<int[]> rest = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
        Collections.shuffle(rest, r);
        for (int[] p : rest) {
            if (r.nextInt(100) >= 15) {
                order.add(p);
            }
        }

        List<Entity> entities = items(base, Layers.ENTITIES);
        List<Splice.Edit> edits = new ArrayList<>();
        for (Entity e : entities) {
            String to = renamed(e, renames);
            if (to != null) {
                edits.add(new Splice.Edit(e.start(), e.end(), to));
            }
        }
        Splice splice = new Splice(text, order, edits);
        String out = splice.text();

        List<Entity> newEntities = new ArrayList<>();
        for (Entity e : entities) {
            int s = splice.start(e.start(), e.end());
            int t = splice.end(e.start(), e.end());
            if (s >= 0 && t >= 0) {
                newEntities.add(new Entity(s, t, out.substring(s, t), e.type(), renames.getOrDefault(e.canonical(), e.canonical())));
            }
        }
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : items(base, Layers.QUOTES)) {
            int s = splice.start(q.start(), q.end());
            int t = splice.end(q.start(), q.end());
            if (s < 0 || t < 0) {
                continue;
            }
            String words = q.text().equals(text.substring(q.start(), q.end())) ? out.substring(s, t) : q.text();
            int ss = -1;
            int se = -1;
            String speaker = q.speaker();
            if (q.speakerStart() >= 0) {
                ss = splice.start(q.speakerStart(), q.speakerEnd());
                se = splice.end(q.speakerStart(), q.speakerEnd());
                if (ss < 0 || se < 0) {
                    ss = -1;
                    se = -1;
                } else {
                    speaker = out.substring(ss, se);
                }
            }
            String canonical = q.speakerCanonical() == null ? null : renames.getOrDefault(q.speakerCanonical(), q.speakerCanonical());
            quotes.add(new Quote(s, t, words, q.direct(), speaker, ss, se, canonical, q.cue()));
        }
        List<Amount> amounts = new ArrayList<>();
        for (Amount m : items(base, Layers.AMOUNTS)) {
            int s = splice.start(m.start(), m.end());
            int t = splice.end(m.start(), m.end());
            if (s >= 0 && t >= 0) {
                amounts.add(new Amount(s, t, out.substring(s, t), m.value(), m.unit(), m.object()));
            }
        }
        List<DateMention> dates = new ArrayList<>();
        for (DateMention d : items(base, Layers.DATES)) {
            int s = splice.start(d.start(), d.end());
            int t = splice.end(d.start(), d.end());
            if (s >= 0 && t >= 0) {
                dates.add(new DateMention(s, t, out.substring(s, t), d.value()));
            }
        }

        String outlet = OUTLETS.get(r.nextInt(OUTLETS.size()));
        LocalDate day = FIRST_DAY.plusDays(r.nextInt(DAYS));
        String title = title(base, out, renames);
        return Article.builder()
                .id("v" + i)
                .source("bench/" + outlet + "/" + i)
                .url("https://www." + outlet + "/" + day.toString().replace('-', '/') + "/story-" + i)
                .title(title)
                .published(day.toString())
                .language(base.language())
                .text(out)
                .captions(base.captions())
                .build()
                .withLayer(Layers.ENTITIES, newEntities)
                .withLayer(Layers.QUOTES, quotes)
                .withLayer(Layers.AMOUNTS, amounts)
                .withLayer(Layers.DATES, dates);
    }

    /** New names for up to three of the article's two-word people. */
    private Map<String, String> renames(Article base, Random r) {
        Map<String, String> renames = new HashMap<>();
        if (people.isEmpty()) {
            return renames;
        }
        for (Entity e : items(base, Layers.ENTITIES)) {
            if (renames.size() >= 3 || e.type() != EntityType.PERSON || renames.containsKey(e.canonical())
                    || e.canonical().split(" ").length != 2 || r.nextInt(100) < 30) {
                continue;
            }
            String to = r.nextBoolean() ? people.get(r.nextInt(people.size()))
                    : firstNames.get(r.nextInt(firstNames.size())) + " " + lastNames.get(r.nextInt(lastNames.size()));
            renames.put(e.canonical(), to);
        }
        return renames;
    }

    /** The replacement text of a mention of a renamed person: the full name, or the surname for a surname. */
    private static String renamed(Entity e, Map<String, String> renames) {
        String to = renames.get(e.canonical());
        if (to == null) {
            return null;
        }
        if (e.text().equals(e.canonical())) {
            return to;
        }
        String surname = e.canonical().substring(e.canonical().indexOf(' ') + 1);
        return e.text().equals(surname) ? to.substring(to.indexOf(' ') + 1) : null;
    }

    private static String title(Article base, String text, Map<String, String> renames) {
        String t = base.title();
        if (t == null) {
            int nl = text.indexOf('\n');
            t = nl < 0 ? text : text.substring(0, nl);
            if (t.length() > 140) {
                int cut = t.lastIndexOf(' ', 140);
                t = t.substring(0, cut > 40 ? cut : 140) + " …";
            }
            return t;
        }
        for (Map.Entry<String, String> e : renames.entrySet()) {
            t = t.replace(e.getKey(), e.getValue());
        }
        return t;
    }

    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            out.add(new int[] {start, end});
            start = end + 2;
        }
        return out;
    }

    private static <T extends Annotation> List<T> items(Article a, LayerKey<T> key) {
        return a.hasLayer(key) ? a.layer(key, "bench").items() : List.of();
    }
}
