package dev.copydesk.clean.text;

import java.util.Objects;

/**
 * Labels every unit of a plain-text input as body, title, caption, comment or removed boilerplate.
 * The steps run in a fixed order, each reading what the earlier ones decided: context-free
 * classification, rules about landmarks, near-duplicates, the title, jusText smoothing, and comments
 * trailing the article. Stateless and thread-safe; time and memory are linear in the input.
 */
public final class LineLabeler {
    private LineLabeler() {
    }

    /**
     * Labels {@code raw}.
     *
     * @param raw the text as a scraper left it; any content, including none
     * @return the labelled units; empty when {@code raw} holds no visible text
     */
    public static Page label(String raw) {
        Objects.requireNonNull(raw, "raw");
        Page page = new Page(raw, Segmenter.split(raw));
        LineClassifier.classify(page);
        StructureRules.apply(page);
        NearDuplicates.resolve(page);
        TitleFinder.find(page);
        ContextSmoother.smooth(page);
        StructureRules.trailingComments(page);
        return page;
    }
}
