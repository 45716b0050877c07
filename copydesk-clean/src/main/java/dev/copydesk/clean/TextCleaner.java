package dev.copydesk.clean;

import dev.copydesk.clean.text.LineLabeler;
import dev.copydesk.clean.text.Page;
import dev.copydesk.clean.text.Unit;
import dev.copydesk.core.Diagnostic;
import dev.copydesk.core.Diagnostics;
import dev.copydesk.core.OffsetMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Recovers the article from plain text as scrapers leave it: consent and sign-up notices, video-player
 * controls, gallery counters, share prompts, related-story teasers and source footers are removed;
 * captions and reader comments are kept apart from the body; the headline, when there is one, becomes
 * the title. The method is that of boilerpipe and jusText: shallow features per line (length, sentence
 * shape, stop-word density, boilerplate cues), rules about landmarks such as player controls and
 * gallery counters, near-duplicate detection, then smoothing by neighbours. See
 * {@link dev.copydesk.clean.text} for the steps.
 *
 * <p>The returned {@link Extraction} has body paragraphs separated by one blank line, each copied
 * verbatim from the input (hard-wrapped lines are joined with a space), and an {@link OffsetMap} with one
 * segment per copied piece. Byline, publication date and language are left {@code null}. Every removed
 * line or run of lines is reported as a {@link Diagnostic.Kind#REMOVED} diagnostic with a stable code.
 *
 * <p>Never throws on any text: empty, blank, binary or huge input yields an Extraction, with an
 * empty body and a warning when nothing is left. Time and memory are linear in the input.
 *
 * <p>Final, stateless and thread-safe: one instance may serve any number of threads.
 */
public final class TextCleaner {
    public static final String STAGE = "text-cleaner";

    private static final String PARAGRAPH_SEPARATOR = "\n\n";
    /** Chars of each removed unit quoted in its diagnostic. */
    private static final int EXCERPT = 120;

    /**
     * Cleans {@code raw}.
     *
     * @param raw the text as scraped
     * @return the article; never {@code null}
     * @throws NullPointerException when {@code raw} is {@code null}
     */
    public Extraction clean(String raw) {
        Objects.requireNonNull(raw, "raw");
        Page page;
        try {
            page = LineLabeler.label(raw);
        } catch (RuntimeException e) {
            // A defect in Copydesk, not in the input: report it on the article rather than fail the batch.
            Diagnostics d = Diagnostics.builder().error(STAGE, "internal-error", e.toString()).build();
            return new Extraction(null, null, null, null, "", List.of(), List.of(), d, OffsetMap.builder().build());
        }
        return assemble(page);
    }

    private static Extraction assemble(Page page) {
        String raw = page.raw();
        StringBuilder text = new StringBuilder();
        OffsetMap.Builder offsets = OffsetMap.builder();
        Diagnostics.Builder diagnostics = Diagnostics.builder();
        List<String> captions = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        String title = null;
        Run run = new Run(diagnostics);
        for (int i = 0; i < page.size(); i++) {
            Unit unit = page.units().get(i);
            switch (page.role(i)) {
                case BODY -> {
                    if (!text.isEmpty()) {
                        text.append(PARAGRAPH_SEPARATOR);
                    }
                    for (int k = 0; k < unit.pieceCount(); k++) {
                        if (k > 0) {
                            text.append(' ');
                        }
                        offsets.segment(text.length(), unit.pieceStart(k), unit.pieceLength(k));
                        text.append(raw, unit.pieceStart(k), unit.pieceStart(k) + unit.pieceLength(k));
                    }
                }
                case TITLE -> title = unit.text();
                case CAPTION -> captions.add(page.caption(i));
                case COMMENT -> comments.add(unit.text());
                case REMOVED -> { }
            }
            run.add(page.role(i) == Page.Role.BODY || page.role(i) == Page.Role.TITLE ? null : page.code(i), unit.text());
        }
        run.flush();
        if (text.isEmpty()) {
            diagnostics.warning(STAGE, "empty", raw.isBlank() ? "the input is blank" : "no article text left after cleaning");
        }
        return new Extraction(title, null, null, null, text.toString(), captions, comments, diagnostics.build(),
                offsets.build());
    }

    /** Merges consecutive units removed for the same reason into one diagnostic. */
    private static final class Run {
        private final Diagnostics.Builder out;
        private final StringBuilder excerpt = new StringBuilder();
        private String code;

        Run(Diagnostics.Builder out) {
            this.out = out;
        }

        void add(String unitCode, String text) {
            if (!Objects.equals(unitCode, code)) {
                flush();
                code = unitCode;
            }
            if (code != null && excerpt.length() < Diagnostic.MAX_DETAIL) {
                if (!excerpt.isEmpty()) {
                    excerpt.append(" | ");
                }
                excerpt.append(abbreviate(text));
            }
        }

        void flush() {
            if (code != null) {
                out.removed(STAGE, code, excerpt.toString());
            }
            excerpt.setLength(0);
            code = null;
        }

        private static String abbreviate(String s) {
            if (s.length() <= EXCERPT) {
                return s;
            }
            int end = Character.isHighSurrogate(s.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
            return s.substring(0, end) + "…";
        }
    }
}
