package dev.copydesk.clean;

import dev.copydesk.core.Diagnostics;
import dev.copydesk.core.OffsetMap;
import java.util.List;
import java.util.Objects;

/**
 * What a cleaner recovered from one input. Immutable. Unknown metadata is {@code null}.
 *
 * @param title       the headline, or {@code null}
 * @param byline      the author line, or {@code null}
 * @param published   publication date, ISO-8601, or {@code null} (never guessed)
 * @param language    ISO 639-1 code, or {@code null}
 * @param text        the body: paragraphs separated by one blank line, stripped
 * @param captions    image and video captions, in document order
 * @param comments    reader comments, in document order
 * @param diagnostics what was removed and why
 * @param offsets     maps {@code text} offsets back to the input text, or {@code null} (HTML input)
 */
public record Extraction(String title, String byline, String published, String language, String text,
                         List<String> captions, List<String> comments, Diagnostics diagnostics, OffsetMap offsets) {
    public Extraction {
        Objects.requireNonNull(text, "text");
        captions = List.copyOf(captions);
        comments = List.copyOf(comments);
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
