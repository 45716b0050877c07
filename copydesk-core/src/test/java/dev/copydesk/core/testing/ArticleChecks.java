package dev.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostic;
import dev.copydesk.core.Layer;
import dev.copydesk.core.OffsetMap;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assertions about an {@link Article} that hold whatever produced it: every span in bounds and not
 * splitting a surrogate pair, layers in order, the text an annotation carries equal to the text its
 * span covers, the body shaped as {@link Article} says, offset maps pointing back at the same chars.
 *
 * <p>An annotation's own text is found by reflection on records: a {@code String text} component must
 * equal the text its {@code start} and {@code end} cover, and a pair of {@code int} components
 * {@code fooStart} and {@code fooEnd} is a second span (both {@code -1} when absent) whose text is the
 * {@code String foo} component when there is one (as {@code speaker}, {@code speakerStart},
 * {@code speakerEnd} in a quote). A new annotation type is checked without any change here.
 */
public final class ArticleChecks {
    private ArticleChecks() {
    }

    /**
     * Checks one layer of {@code text}: spans in bounds, not splitting surrogate pairs, starts never
     * going backwards, and the text and sub-spans each annotation carries.
     *
     * @param verbatim whether an annotation's {@code text} component must equal its span's text exactly;
     *                 false for layers that normalise it (quotes drop marks and join paragraphs), whose
     *                 text must then say the same letters and digits as the span
     */
    public static void checkLayer(String text, Layer<?> layer, boolean verbatim) {
        int previous = 0;
        for (Annotation a : layer) {
            String where = "layer '" + layer.key().name() + "', " + a;
            checkSpan(text, a.start(), a.end(), where);
            assertTrue(a.start() >= previous, () -> "starts go backwards at " + where);
            previous = a.start();
            if (a instanceof Record) {
                checkComponents(text, a, verbatim, where);
            }
        }
    }

    /** Checks that no two annotations of {@code layer} overlap (touching is allowed). */
    public static void checkDisjoint(Layer<?> layer) {
        int reach = 0;
        Annotation last = null;
        for (Annotation a : layer) {
            if (a.start() < reach) {
                fail("layer '" + layer.key().name() + "': " + a + " overlaps " + last);
            }
            if (a.end() > reach || last == null) {
                reach = Math.max(reach, a.end());
                last = a;
            }
        }
    }

    /** Checks that {@code [start, end)} is a valid span of {@code text} with no surrogate pair cut at either end. */
    public static void checkSpan(String text, int start, int end, String where) {
        if (start < 0 || end > text.length() || start > end) {
            fail("span [" + start + ", " + end + ") outside a text of " + text.length() + " chars: " + where);
        }
        if (splitsPair(text, start)) {
            fail("span starts inside a surrogate pair at " + start + ": " + where);
        }
        if (splitsPair(text, end)) {
            fail("span ends inside a surrogate pair at " + end + ": " + where);
        }
    }

    /** Whether offset {@code i} falls between the two halves of a surrogate pair. */
    public static boolean splitsPair(String text, int i) {
        return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
                && Character.isLowSurrogate(text.charAt(i));
    }

    /** Whether {@code s} holds a surrogate that is not half of a pair. */
    public static boolean hasLoneSurrogate(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the body conventions of {@link Article#text()}: no leading or trailing whitespace, and
     * paragraphs separated by exactly one blank line, none of them blank or padded with whitespace.
     */
    public static void checkBody(String text) {
        if (text.isEmpty()) {
            return;
        }
        assertEquals(text.strip(), text, "the body has leading or trailing whitespace");
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end);
            int at = start;
            assertFalse(paragraph.isBlank(), () -> "blank paragraph at " + at);
            assertEquals(paragraph.strip(), paragraph, () -> "paragraph at " + at + " is padded with whitespace");
            start = end + 2;
        }
    }

    /**
     * Checks that an offset map sends every char of {@code derived} to a place inside {@code original},
     * never going backwards, and that every char other than whitespace (which a cleaner inserts between
     * paragraphs and joined lines) is the same char there.
     */
    public static void checkOffsets(String original, String derived, OffsetMap map) {
        int previous = 0;
        for (int i = 0; i < derived.length(); i++) {
            int o = map.toOriginal(i);
            int at = i;
            assertTrue(o >= 0 && o <= original.length(), () -> "offset " + at + " maps outside the input: " + o);
            assertTrue(o >= previous, () -> "offset " + at + " maps backwards, to " + o);
            previous = o;
            char c = derived.charAt(i);
            if (!Character.isWhitespace(c) && (o >= original.length() || original.charAt(o) != c)) {
                fail("char " + i + " '" + RandomTexts.escape(String.valueOf(c), 1) + "' maps to offset " + o
                        + ", which holds '" + (o < original.length()
                        ? RandomTexts.escape(String.valueOf(original.charAt(o)), 1) : "end") + "'");
            }
        }
    }

    /**
     * Whether a diagnostic reports a defect of the stage rather than a property of the input: an
     * {@link Diagnostic.Kind#ERROR}, or a code naming a caught failure ({@code ...-failed},
     * {@code internal-error}).
     */
    public static boolean isDefect(Diagnostic d) {
        return d.kind() == Diagnostic.Kind.ERROR || d.code().endsWith("-failed") || d.code().equals("internal-error");
    }

    /** The letters and digits of {@code s}, for text that a layer normalises (marks, spacing, line breaks). */
    public static String lettersAndDigits(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The record components worth reading, per annotation class: none for bare spans such as tokens. */
    private static final ClassValue<List<RecordComponent>> CARRIED = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            List<RecordComponent> keep = new ArrayList<>();
            RecordComponent[] all = type.getRecordComponents();
            if (all == null) {
                return keep;
            }
            for (RecordComponent c : all) {
                String name = c.getName();
                boolean carried = (name.equals("text") && c.getType() == String.class)
                        || ((name.endsWith("Start") || name.endsWith("End")) && c.getType() == int.class);
                boolean named = c.getType() == String.class && Arrays.stream(all)
                        .anyMatch(o -> o.getName().equals(name + "Start") && o.getType() == int.class);
                if (carried || named) {
                    keep.add(c);
                }
            }
            return List.copyOf(keep);
        }
    };

    private static void checkComponents(String text, Annotation a, boolean verbatim, String where) {
        List<RecordComponent> carried = CARRIED.get(a.getClass());
        if (carried.isEmpty()) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        for (RecordComponent c : carried) {
            try {
                values.put(c.getName(), c.getAccessor().invoke(a));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError("cannot read " + c.getName() + " of " + where, e);
            }
        }
        if (values.get("text") instanceof String s) {
            if (verbatim) {
                assertEquals(text.substring(a.start(), a.end()), s, () -> "text component differs from its span: " + where);
            } else {
                assertEquals(lettersAndDigits(text.substring(a.start(), a.end())), lettersAndDigits(s),
                        () -> "text component says other words than its span: " + where);
            }
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String name = e.getKey();
            if (!name.endsWith("Start") || name.equals("start") || !(e.getValue() instanceof Integer start)) {
                continue;
            }
            String base = name.substring(0, name.length() - "Start".length());
            if (!(values.get(base + "End") instanceof Integer end)) {
                continue;
            }
            if (start < 0 || end < 0) {
                assertTrue(start == -1 && end == -1, () -> base + " span half absent: " + where);
                continue;
            }
            checkSpan(text, start, end, base + " span of " + where);
            if (values.get(base) instanceof String s) {
                assertEquals(text.substring(start, end), s, () -> base + " differs from its span: " + where);
            }
        }
    }
}
