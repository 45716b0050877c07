package dev.copydesk.eval.extraction;

import java.util.Objects;

/**
 * What a system produced for one page: its text, or the error that stopped it. A failed page is
 * scored as empty output.
 *
 * @param text  the extracted text; empty when the page failed
 * @param error why the page failed, or {@code null} when it did not
 */
public record Outcome(String text, String error) {
    public Outcome {
        Objects.requireNonNull(text, "text");
    }

    /** The system returned {@code text} ({@code null} counts as empty). */
    public static Outcome ok(String text) {
        return new Outcome(text == null ? "" : text, null);
    }

    /** The system failed on the page. */
    public static Outcome failed(String error) {
        return new Outcome("", Objects.requireNonNull(error, "error"));
    }

    /** The system failed with {@code t}. */
    public static Outcome failed(Throwable t) {
        String message = t.getMessage();
        return failed(message == null || message.isBlank() ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + message);
    }

    /** Whether the system failed on the page. */
    public boolean isFailure() {
        return error != null;
    }
}
