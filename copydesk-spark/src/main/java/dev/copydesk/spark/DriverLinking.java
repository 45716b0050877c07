package dev.copydesk.spark;

import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.Layer;
import dev.copydesk.link.ArticleLink;
import dev.copydesk.link.LinkResult;
import dev.copydesk.link.LinkInput;
import dev.copydesk.link.Linker;
import dev.copydesk.link.StorySummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links a whole input on the driver, as {@code copydesk stories} does on one machine: one batch
 * {@link Linker} ({@link Linker#forBatch}: term frequencies over the whole input first) takes every article,
 * rebuilt with its entities layer (so story features count the canonical entity names, as
 * {@code copydesk stories} over analysed articles does), in publication order when all are dated, else in input order (story grouping is sequential; duplicates do
 * not depend on the order), so the links equal the single-machine linker's over the same input.
 *
 * <p>An article whose id was already seen (the same content read twice: ids are the input's own or a
 * hash of the URL or content) is not linked: its row gets an error naming the first. Not thread-safe;
 * one per job.
 */
final class DriverLinking {
    /** How one article row is linked, or why it is not ({@code error}). */
    record Link(String input, int record, String story, String storyLabel, String duplicateOf, Double similarity,
                List<Integer> differingParagraphs, String error) {
    }

    /** The links, in input order, and the stories, in the order they started. */
    record Result(List<Link> links, List<ArticleFeatures> linked, Map<String, ArticleLink> byId,
                  Map<String, String> labels, List<StorySummary> stories) {
    }

    private DriverLinking() {
    }

    /** Links {@code articles}, which must be in input order. */
    static Result link(List<ArticleFeatures> articles) {
        Objects.requireNonNull(articles, "articles");
        List<LinkInput> inputs = new ArrayList<>();
        Map<String, ArticleFeatures> firstById = new HashMap<>();
        List<ArticleFeatures> linked = new ArrayList<>();
        List<Link> links = new ArrayList<>(articles.size());
        List<ArticleFeatures> repeats = new ArrayList<>();
        for (ArticleFeatures a : articles) {
            ArticleFeatures first = firstById.putIfAbsent(a.id(), a);
            if (first != null) {
                repeats.add(a);
                continue;
            }
            inputs.add(LinkInput.of(article(a)));
            linked.add(a);
        }
        Linker linker = Linker.forBatch(inputs);
        linker.addAll(inputs);
        LinkResult result = linker.finish();
        Map<String, String> labels = new HashMap<>();
        for (StorySummary s : result.stories()) {
            labels.put(s.id(), s.label());
        }
        Map<String, ArticleLink> byId = new HashMap<>();
        for (ArticleLink l : result.articles()) {
            byId.put(l.id(), l);
        }
        for (ArticleFeatures a : linked) {
            ArticleLink l = byId.get(a.id());
            links.add(new Link(a.input(), a.record(), l.story(), labels.get(l.story()), l.duplicateOf(),
                    l.similarity(), l.differingParagraphs(), null));
        }
        for (ArticleFeatures a : repeats) {
            links.add(new Link(a.input(), a.record(), null, null, null, null, null,
                    "repeats article id " + a.id() + " of " + firstById.get(a.id()).source() + " (not linked)"));
        }
        return new Result(links, linked, byId, labels, result.stories());
    }

    /** The article as linking reads it: the fields the linker needs and, when carried, the entities layer. */
    static Article article(ArticleFeatures a) {
        Article.Builder b = Article.builder().id(a.id()).source(a.source()).title(a.title())
                .published(a.published()).text(a.text());
        if (a.entities() != null) {
            b.layer(Layer.of(Layers.ENTITIES, a.entities(), a.text().length()));
        }
        return b.build();
    }
}
