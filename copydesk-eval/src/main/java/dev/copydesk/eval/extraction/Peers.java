package dev.copydesk.eval.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.copydesk.clean.HtmlExtractor;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** The systems that run in this JVM: Copydesk and its Java peers. Thread-safe. */
public final class Peers {
    /** Name of Copydesk's own row. */
    public static final String COPYDESK = "Copydesk";
    /** Name of boilerpipe's row, the usual baseline. */
    public static final String BOILERPIPE = "boilerpipe 1.1.0";
    /** Name of readability4j's row. */
    public static final String READABILITY4J = "readability4j 1.0.8";

    private Peers() {}

    /** Copydesk's {@link HtmlExtractor}; its output is {@code Extraction.text()}. */
    public static ExtractionSystem copydesk() {
        HtmlExtractor extractor = new HtmlExtractor();
        return ExtractionSystem.perPage(COPYDESK, (html, url) -> extractor.extract(html, url).text());
    }

    /** boilerpipe 1.1.0 {@code ArticleExtractor}, the classic article-body heuristic. */
    public static ExtractionSystem boilerpipe() {
        return ExtractionSystem.perPage(BOILERPIPE, (html, url) -> ArticleExtractor.INSTANCE.getText(html));
    }

    /** readability4j 1.0.8, a Kotlin port of Mozilla Readability on jsoup; its output is the article's text content. */
    public static ExtractionSystem readability4j() {
        return ExtractionSystem.perPage(READABILITY4J, (html, url) -> {
            Article article = new Readability4J(url == null ? "" : url, html).parse();
            return article.getTextContent();
        });
    }
}
