package dev.copydesk.spark;

import dev.copydesk.link.ArticleLink;
import dev.copydesk.link.LinkResult;
import dev.copydesk.link.LinkInput;
import dev.copydesk.link.Linker;
import dev.copydesk.link.StorySummary;
import dev.copydesk.link.UniqueIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links a whole input on the driver, as {@code copydesk stories} does on one machine: one batch
 * {@link Linker} ({@link Linker#forBatch}: term frequencies over the whole input first) takes every article,
 * with its entities' canonical names (story features count them, as {@code copydesk stories} over analysed
 * articles does), in publication order when all are dated, else in input order (story grouping is sequential; duplicates do
 * not depend on the order), so the links equal the single-machine linker's over the same input.
 *
 * <p>An article whose id was already seen (the same content read twice: ids are the input's own or a
 * hash of the URL or content) is linked under the id suffixed {@code -2}, {@code -3}, ... ({@link UniqueIds}),
 * as {@code copydesk stories} names it. Not thread-safe; one per job.
 */
final class DriverLinking {
    /** How one article row is linked, under {@code id} (its own, or made unique). */
    record Link(String input, int record, String id, String story, String storyLabel, String duplicateOf, double similarity,
                List<Integer> differingParagraphs) {
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
        List<ArticleFeatures> linked = new ArrayList<>();
        List<Link> links = new ArrayList<>(articles.size());
        UniqueIds ids = new UniqueIds();
        for (ArticleFeatures a : articles) {
            String id = ids.next(a.id());
            linked.add(id.equals(a.id()) ? a : a.withId(id));
        }
        // The expensive, order-free part (shingles, MinHash) on all the driver's cores; the list keeps input order.
        List<LinkInput> inputs = linked.parallelStream()
                .map(a -> LinkInput.of(a.id(), a.published(), a.title(), a.text(), a.entityNames())).toList();
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
            links.add(new Link(a.input(), a.record(), a.id(), l.story(), labels.get(l.story()), l.duplicateOf(),
                    l.similarity(), l.differingParagraphs()));
        }
        return new Result(links, linked, byId, labels, result.stories());
    }
}
