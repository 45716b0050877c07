package dev.copydesk.clean.html;

import dev.copydesk.core.Diagnostics;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * Records what extraction cut, as capped REMOVED diagnostics. Excerpts are taken only while the cap
 * has room, so a page with a million removed blocks costs no more than one with fifty. Not
 * thread-safe; one per extraction.
 */
final class Removals {
    private static final int EXCERPT = 120;

    private final String stage;
    private final Diagnostics.Builder diagnostics;
    private int recorded;

    private TextStats stats;

    Removals(String stage, Diagnostics.Builder diagnostics) {
        this.stage = stage;
        this.diagnostics = diagnostics;
    }

    /** From now on, takes each removed element's counts off {@code stats} ({@code null} to stop). */
    Removals tracking(TextStats stats) {
        this.stats = stats;
        return this;
    }

    /** Records the removal of {@code el} and tells the traversal to remove it. */
    FilterResult remove(Element el, String code) {
        if (stats != null) {
            stats.subtract(el);
        }
        record(code, el);
        return FilterResult.REMOVE;
    }

    void record(String code, Element el) {
        if (recorded++ < Diagnostics.DEFAULT_CAP) {
            String text = el.text();
            diagnostics.removed(stage, code, text.length() > EXCERPT ? text.substring(0, EXCERPT) : text);
        } else {
            diagnostics.removed(stage, code, "");
        }
    }

    void record(String code, String text) {
        if (recorded++ < Diagnostics.DEFAULT_CAP) {
            diagnostics.removed(stage, code, text.length() > EXCERPT ? text.substring(0, EXCERPT) : text);
        } else {
            diagnostics.removed(stage, code, "");
        }
    }
}
