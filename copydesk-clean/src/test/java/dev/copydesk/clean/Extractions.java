package dev.copydesk.clean;

import dev.copydesk.core.Article;

/** Turns a cleaner's {@link Extraction} into the {@link Article} the stage test base checks. */
final class Extractions {
    private Extractions() {
    }

    static Article toArticle(Extraction x) {
        Article.Builder b = Article.builder().id("extraction").source("random").title(x.title()).byline(x.byline())
                .published(x.published()).language(x.language()).text(x.text()).captions(x.captions())
                .comments(x.comments()).diagnostics(x.diagnostics());
        if (x.offsets() != null) {
            b.sourceOffsets(x.offsets());
        }
        return b.build();
    }
}
