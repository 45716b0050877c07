package dev.copydesk.clean;

import dev.copydesk.core.ArchiveNames;
import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostics;
import dev.copydesk.core.Ids;
import dev.copydesk.core.OffsetMap;
import dev.copydesk.ingest.RawInput;
import java.util.List;
import java.util.Objects;

/**
 * Turns one {@link RawInput} into a clean {@link Article}: plain text goes through the
 * {@link TextCleaner}, HTML through the {@link HtmlExtractor}; metadata given by the input (JSON Lines
 * fields, WARC headers) wins over metadata found in the page, and the language is detected from the
 * clean body when the page does not declare it. What the reader noted on the input (say, an
 * {@code invalid-utf8} warning) comes first among the article's diagnostics. Never throws on bad content: a cleaner that fails
 * yields an article with empty text and an error diagnostic. Final and thread-safe.
 */
public final class Cleaner {
    /** Stage name used in diagnostics recorded by the cleaner itself. */
    public static final String STAGE = "cleaner";

    /** How much cleaning to do. */
    public enum Mode {
        /** Remove boilerplate from text, extract the main content from HTML. */
        AUTO,
        /** Take the input's text as the clean body, exactly; HTML is still reduced to its text. */
        NONE
    }

    private final TextCleaner textCleaner;
    private final HtmlExtractor htmlExtractor;
    private final LanguageDetector languageDetector;
    private final Mode mode;

    public Cleaner() {
        this(Mode.AUTO);
    }

    public Cleaner(Mode mode) {
        this(new TextCleaner(), new HtmlExtractor(), new LanguageDetector(), mode);
    }

    public Cleaner(TextCleaner textCleaner, HtmlExtractor htmlExtractor, LanguageDetector languageDetector, Mode mode) {
        this.textCleaner = Objects.requireNonNull(textCleaner, "textCleaner");
        this.htmlExtractor = Objects.requireNonNull(htmlExtractor, "htmlExtractor");
        this.languageDetector = Objects.requireNonNull(languageDetector, "languageDetector");
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Cleans one input. */
    public Article clean(RawInput in) {
        Extraction x = extract(in);
        Diagnostics diagnostics = in.diagnostics().plus(x.diagnostics());
        String given = Dates.normalise(in.published());
        if (given == null && in.published() != null && !in.published().isBlank()) {
            diagnostics = diagnostics.plus(Diagnostics.builder()
                    .warning(STAGE, "published-unreadable", "not an unambiguous date: " + in.published()).build());
        }
        String published = firstNonBlank(given, x.published());
        if (published == null) {
            published = dateInFileName(in.source());
            if (published != null) {
                diagnostics = diagnostics.plus(Diagnostics.builder()
                        .warning(STAGE, "published-from-file-name", published).build());
            }
        }
        String language = x.language() != null ? x.language() : languageDetector.detect(x.text());
        String url = firstNonBlank(in.url(), null);
        Article.Builder b = Article.builder()
                .id(Ids.of(in.id(), url, in.content()))
                .source(in.source())
                .url(url)
                .title(firstNonBlank(in.title(), x.title()))
                .byline(x.byline())
                .published(published)
                .language(language)
                .text(x.text())
                .captions(x.captions())
                .comments(x.comments())
                .diagnostics(diagnostics);
        if (x.offsets() != null) {
            b.sourceOffsets(x.offsets());
        }
        return b.build();
    }

    private Extraction extract(RawInput in) {
        try {
            if (in.kind() == RawInput.Kind.HTML) {
                return htmlExtractor.extract(in.content(), in.url());
            }
            if (mode == Mode.NONE) {
                return new Extraction(null, null, null, null, in.content(), List.of(), List.of(),
                        Diagnostics.empty(), OffsetMap.identity());
            }
            return textCleaner.clean(in.content());
        } catch (RuntimeException | StackOverflowError e) {
            Diagnostics d = Diagnostics.builder()
                    .error(STAGE, "cleaning-failed", e.getClass().getSimpleName() + ": " + e.getMessage())
                    .build();
            return new Extraction(null, null, null, null, "", List.of(), List.of(), d, null);
        }
    }

    /**
     * The date in a file name that follows the archive convention {@code <outlet>_<yyyy-mm-dd>_<slug>}
     * ({@link ArchiveNames}), or null.
     */
    static String dateInFileName(String source) {
        return ArchiveNames.parse(source).map(n -> Dates.normalise(n.date())).orElse(null);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }
}
