package dev.copydesk.link.names;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One name per entity across articles. The entity linker names each entity once per article, with the
 * fullest name that article uses ("Trump" in one article, "Donald Trump" in another); this resolver
 * gives every such per-article canonical name the name it should carry across articles:
 * <ul>
 *   <li>a PERSON name that is a shorter form of exactly one fuller PERSON name goes to it: "Trump" to
 *       "Donald Trump" ({@link ShortPersonName}); when two fuller names fit ("Jane Smith", "John Smith") the
 *       name stays, and {@code how} starts with {@code "ambiguous: "};</li>
 *   <li>inflection and demonym variants of a group or place name become one: "Bashkir", "Bashkiri",
 *       "Bashkirs" ({@link NameVariants});</li>
 *   <li>anything else stays as it is.</li>
 * </ul>
 * Names are looked up within the article's story first, then in the whole corpus: "Smith" in a story
 * about John Smith is John Smith even if the corpus holds a Jane Smith too, and a name that stays in its
 * story may still be resolved by the corpus. The result of the story step is itself resolved in the
 * corpus, so that every story lands on the same name.
 *
 * <p>The result is keyed by {@link #key(EntityType, String)}: type and per-article canonical name. With
 * stories, it also holds one entry per story and name under {@link #key(String, EntityType, String)}; the
 * plain key then holds the story's answer for a name seen in one story only, the corpus' answer otherwise.
 * Articles without an ENTITIES layer are skipped. Stateless and thread-safe; deterministic for a given
 * set of articles, whatever their order.
 */
public final class NameResolver {
    private static final List<NameRule> RULES = List.of(new ShortPersonName(), new NameVariants());
    private static final String IN_STORY = "in its story";
    private static final String IN_CORPUS = "in the corpus";
    private static final String STAGE = "name-resolver";

    private NameResolver() {
    }

    /** Resolves the names of {@code articles} across the whole corpus (no stories). */
    public static Map<String, NameResolution> resolve(List<Article> articles) {
        return resolve(articles, a -> null);
    }

    /**
     * Resolves the names of {@code articles}, each within its story first, then in the corpus.
     *
     * @param storyOf the story id of an article; null (or a null result) for an article in no story
     * @return resolutions keyed by {@link #key(EntityType, String)} and, with stories, also by
     *         {@link #key(String, EntityType, String)}; sorted by key
     */
    public static Map<String, NameResolution> resolve(List<Article> articles, Function<Article, String> storyOf) {
        Objects.requireNonNull(articles, "articles");
        Function<Article, String> stories = storyOf == null ? a -> null : storyOf;
        NameScope corpus = new NameScope(IN_CORPUS);
        Map<String, NameScope> byStory = new TreeMap<>();
        for (Article article : articles) {
            if (!article.hasLayer(Layers.ENTITIES)) {
                continue;
            }
            Map<Name, Integer> mentions = new TreeMap<>();
            for (Entity e : article.layer(Layers.ENTITIES, STAGE)) {
                mentions.merge(new Name(e.type(), e.canonical()), 1, Integer::sum);
            }
            String story = stories.apply(article);
            NameScope storyScope = story == null ? null
                    : byStory.computeIfAbsent(story, s -> new NameScope(IN_STORY));
            mentions.forEach((name, count) -> {
                corpus.add(name, count);
                if (storyScope != null) {
                    storyScope.add(name, count);
                }
            });
        }
        Map<String, NameResolution> result = new TreeMap<>();
        Map<Name, List<NameOutcome>> storyOutcomes = new HashMap<>();
        byStory.forEach((story, scope) -> {
            for (Name name : scope.names()) {
                NameOutcome o = resolve(name, scope, corpus);
                result.put(key(story, name.type(), name.canonical()), resolution(name, o));
                storyOutcomes.computeIfAbsent(name, n -> new ArrayList<>()).add(o);
            }
        });
        for (Name name : corpus.names()) {
            List<NameOutcome> inStories = storyOutcomes.getOrDefault(name, List.of());
            boolean oneStory = inStories.size() == 1 && corpus.articles(name) == articlesIn(name, byStory);
            NameOutcome o = oneStory ? inStories.get(0) : resolve(name, null, corpus);
            result.put(key(name.type(), name.canonical()), resolution(name, o));
        }
        return result;
    }

    /**
     * Each entity mention of {@code article} with its resolved name, in text order, looked up under
     * {@link #key(EntityType, String)}. A name missing from {@code names} stays, with a {@code how} that says so.
     */
    public static List<ResolvedEntity> resolvedEntities(Article article, Map<String, NameResolution> names) {
        return resolvedEntities(article, null, names);
    }

    /**
     * Each entity mention of {@code article} with its resolved name, in text order, looked up in
     * {@code story} first (when not null), then under the plain key.
     */
    public static List<ResolvedEntity> resolvedEntities(Article article, String story,
                                                        Map<String, NameResolution> names) {
        if (!article.hasLayer(Layers.ENTITIES)) {
            return List.of();
        }
        List<ResolvedEntity> out = new ArrayList<>();
        for (Entity e : article.layer(Layers.ENTITIES, STAGE)) {
            NameResolution r = story == null ? null : names.get(key(story, e.type(), e.canonical()));
            if (r == null) {
                r = names.get(key(e.type(), e.canonical()));
            }
            String resolved = r == null ? e.canonical() : r.resolved();
            String how = r == null ? "not resolved: the name was not among the resolved articles" : r.how();
            out.add(new ResolvedEntity(e.start(), e.end(), e.text(), e.type(), e.canonical(), resolved, how));
        }
        return out;
    }

    /** The key of a per-article canonical name of one type across the corpus: {@code "PERSON:Trump"}. */
    public static String key(EntityType type, String canonical) {
        return type.name() + ":" + canonical;
    }

    /** The key of a name within one story: {@code "s123/PERSON:Trump"}. */
    public static String key(String story, EntityType type, String canonical) {
        return story + "/" + key(type, canonical);
    }

    /** Outcome of a name: in its story (when given) first, the story's answer then resolved in the corpus. */
    private static NameOutcome resolve(Name name, NameScope story, NameScope corpus) {
        if (story == null) {
            return apply(name, corpus);
        }
        NameOutcome inStory = apply(name, story);
        if (inStory.ambiguous()) {
            return inStory;
        }
        NameOutcome inCorpus = apply(name.renamed(inStory.resolved()), corpus);
        if (inCorpus.changed() && !inCorpus.ambiguous()) {
            return inStory.changed()
                    ? new NameOutcome(inCorpus.resolved(), inStory.how() + "; then " + inCorpus.how(), true)
                    : NameOutcome.to(name.canonical(), inCorpus.resolved(), inCorpus.how());
        }
        return inStory.changed() ? inStory : inCorpus;
    }

    private static NameOutcome apply(Name name, NameScope scope) {
        for (NameRule rule : RULES) {
            NameOutcome o = rule.apply(name, scope);
            if (o != null) {
                return o;
            }
        }
        return NameOutcome.kept(name.canonical(), "no other form of this name " + scope.label());
    }

    private static int articlesIn(Name name, Map<String, NameScope> byStory) {
        int n = 0;
        for (NameScope scope : byStory.values()) {
            n += scope.articles(name);
        }
        return n;
    }

    private static NameResolution resolution(Name name, NameOutcome o) {
        return new NameResolution(name.canonical(), o.resolved(), o.how());
    }
}
