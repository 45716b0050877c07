package dev.copydesk.link.story;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names guessed from capitalisation, for articles that were not analysed: maximal runs of capitalised words
 * joined by single spaces or hyphens. A one-word run that opens a sentence (first word of a line, or after
 * sentence or quote punctuation) is left out, since any sentence opens with a capital. Stateless.
 */
final class CapitalisedNames {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.]*");
    private static final int MAX_NAMES = 2_000;

    private CapitalisedNames() {
    }

    /** The names of {@code text} in order, repeats kept (null reads as empty). */
    static List<String> of(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        Matcher m = WORD.matcher(text);
        int runStart = -1;
        int runEnd = -1;
        int runWords = 0;
        boolean runOpensSentence = false;
        int previousEnd = -1;
        while (m.find() && names.size() < MAX_NAMES) {
            boolean capital = Character.isUpperCase(text.charAt(m.start()));
            String gap = previousEnd < 0 ? "" : text.substring(previousEnd, m.start());
            boolean joined = runStart >= 0 && (gap.equals(" ") || gap.equals("-"));
            if (capital && joined) {
                runEnd = trimDot(text, m.start(), m.end());
                runWords++;
            } else {
                emit(text, runStart, runEnd, runWords, runOpensSentence, names);
                runStart = -1;
                if (capital) {
                    runStart = m.start();
                    runEnd = trimDot(text, m.start(), m.end());
                    runWords = 1;
                    runOpensSentence = previousEnd < 0 || opensSentence(gap);
                }
            }
            previousEnd = trimDot(text, m.start(), m.end());
        }
        emit(text, runStart, runEnd, runWords, runOpensSentence, names);
        return names;
    }

    private static int trimDot(String text, int start, int end) {
        while (end > start + 1 && text.charAt(end - 1) == '.') {
            end--;
        }
        return end;
    }

    private static void emit(String text, int start, int end, int words, boolean opensSentence, List<String> names) {
        if (start >= 0 && !(words == 1 && opensSentence)) {
            names.add(text.substring(start, end));
        }
    }

    private static boolean opensSentence(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '“'
                    || c == '”' || c == '`' || c == '\'' || c == '‘' || c == '(' || c == '—' || c == '-') {
                return true;
            }
        }
        return false;
    }
}
