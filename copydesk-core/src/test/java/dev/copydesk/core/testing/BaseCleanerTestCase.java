package dev.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The contract every cleaner is held to, on random and hostile input (see {@link RandomizedTestCase}):
 * something that turns raw text or HTML into an {@link Article}. A cleaner joins with one subclass
 * that runs one shared instance and says whether it reads markup.
 *
 * <p>On every result: the body follows the {@link Article} conventions ({@link ArticleChecks#checkBody});
 * when the input holds no lone surrogate, neither does anything the cleaner wrote (body, title, byline,
 * captions, comments, diagnostics), so no surrogate pair was cut; an offset map back to the input, when
 * there is one, sends every char of the body to the same char of the input (whitespace aside); no
 * diagnostic reports a defect; and every layer, if any, passes {@link ArticleChecks#checkLayer}.
 */
public abstract class BaseCleanerTestCase extends RandomizedTestCase<String> {
    /**
     * A numeric character reference to a surrogate ("&amp;#xD800;", "&amp;#55296;"): HTML parsers may decode
     * it to a lone surrogate, which is then the input's own and not a pair the cleaner cut.
     */
    private static final Pattern SURROGATE_REFERENCE =
            Pattern.compile("&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*5(?:5[2-9]\\d\\d|[67]\\d{3}))(?![0-9a-fA-F])");

    /** Cleans {@code input} with the one shared cleaner instance. */
    protected abstract Article clean(String input);

    @Override
    protected final String prepare(String input) {
        return input;
    }

    @Override
    protected final Article run(String input) {
        return clean(input);
    }

    @Override
    protected void check(String input, Article out) {
        ArticleChecks.checkBody(out.text());
        if (!ArticleChecks.hasLoneSurrogate(input) && !SURROGATE_REFERENCE.matcher(input).find()) {
            List<String> written = new ArrayList<>(List.of(out.text()));
            written.add(out.title());
            written.add(out.byline());
            written.addAll(out.captions());
            written.addAll(out.comments());
            out.diagnostics().items().forEach(d -> written.add(d.detail()));
            for (String s : written) {
                assertFalse(ArticleChecks.hasLoneSurrogate(s),
                        () -> "a surrogate pair was cut in: " + RandomTexts.escape(s, 300));
            }
        }
        out.sourceOffsets().ifPresent(map -> ArticleChecks.checkOffsets(input, out.text(), map));
        for (Diagnostic d : out.diagnostics().items()) {
            assertFalse(ArticleChecks.isDefect(d), () -> "the cleaner reports a defect of its own: " + d);
        }
        for (var key : layerKeys()) {
            if (out.hasLayer(key)) {
                ArticleChecks.checkLayer(out.text(), out.layer(key, "test"), true);
            }
        }
        assertTrue(out.layerNames().stream().allMatch(n -> layerKeys().stream().anyMatch(k -> k.name().equals(n))),
                "a layer the test does not know");
        checkArticle(input, out);
    }

    /** Cleaner-specific checks on a result, after the shared ones; none by default. */
    protected void checkArticle(String input, Article out) {
    }
}
