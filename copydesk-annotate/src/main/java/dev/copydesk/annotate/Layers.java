package dev.copydesk.annotate;

import dev.copydesk.core.LayerKey;

/** The annotation layers Copydesk's stages provide, by name. */
public final class Layers {
    public static final LayerKey<Token> TOKENS = LayerKey.of("tokens", Token.class);
    public static final LayerKey<Sentence> SENTENCES = LayerKey.of("sentences", Sentence.class);
    /** Named-entity mentions as the tagger found them, before linking. */
    public static final LayerKey<Mention> MENTIONS = LayerKey.of("mentions", Mention.class);
    /** The mentions linked: canonical names, types corrected, defined acronyms added. */
    public static final LayerKey<Entity> ENTITIES = LayerKey.of("entities", Entity.class);
    public static final LayerKey<Quote> QUOTES = LayerKey.of("quotes", Quote.class);
    public static final LayerKey<Amount> AMOUNTS = LayerKey.of("amounts", Amount.class);
    public static final LayerKey<DateMention> DATES = LayerKey.of("dates", DateMention.class);

    private Layers() {
    }
}
