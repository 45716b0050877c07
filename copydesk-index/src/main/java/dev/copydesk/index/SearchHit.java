package dev.copydesk.index;

/**
 * One ranked article. {@code snippet} is plain text with the matched terms wrapped in
 * {@link #MARK_START} / {@link #MARK_END} (private-use characters, so a caller escapes the text first
 * and then turns the marks into its own highlighting; article text can never forge them).
 */
public record SearchHit(String id, String title, String source, String url, String published, float score, String snippet) {
    public static final char MARK_START = '\uE000';
    public static final char MARK_END = '\uE001';
}
