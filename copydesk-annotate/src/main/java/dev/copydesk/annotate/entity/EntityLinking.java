package dev.copydesk.annotate.entity;

import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import java.util.Set;

/**
 * Entity linking as a stage: turns the tagger's {@link Layers#MENTIONS} into {@link Layers#ENTITIES}
 * with canonical names ({@link EntityLinker}: the entity's fullest name in the article, titles
 * stripped, surnames and defined acronyms linked). Any tagger that provides the mentions layer can
 * stand before it, so the NER can be replaced without touching linking.
 *
 * <p>Reads the article's text and mentions; provides the entities layer, one entity per mention plus
 * one per untagged occurrence of a defined acronym, with the mentions' offsets. Final, stateless and
 * thread-safe.
 */
public final class EntityLinking implements Stage {
    /** Stage name, as used in diagnostics and errors. */
    public static final String NAME = "entity-linking";

    private final EntityLinker linker = new EntityLinker();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.MENTIONS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Article process(Article article) {
        return article.withLayer(Layers.ENTITIES, linker.link(article.text(), article.layer(Layers.MENTIONS, NAME).items()));
    }
}
