package dev.copydesk.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Pipeline;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every stage of {@link Annotators#standard()} on random and adversarial text: nothing throws, and every
 * annotation of every layer has a valid span, never splits a surrogate pair, and says exactly what the
 * text says there.
 */
class AnnotatorsPropertyTest {
    private static final Pipeline PIPELINE = Annotators.standard();

    private static final String[] PIECES = {
        "Ruslan Gabbasov", "Mr Gabbasov", "the 43-year-old", "he said", "said", "told reporters", "according to",
        "Vladimir Putin", "Moscow", "the Kremlin", "Bashkirs", "Tuvan", "£1,115", "$3.5bn", "€20", "300,000 people",
        "four million", "September 21", "late September", "1991", "2016-09-12", "last week", "on Tuesday",
        "“", "”", "‘", "’", "\"", "'", "«", "»", ":", ",", ".", "?!", "—", "–", "(", ")", "[", "]",
        "\n", "\n\n", "  ", "\t", "\r\n", "\u00A0", "\u200B", "\u202E", "\uFEFF", "😀", "🇺🇦", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "naïve", "Zürich", "İstanbul", "ß", "北京", "Владимир Путин", "مرحبا", "ﬁne", "e\u0301",
        "Mute", "Skip", "+8", "View gallery", "Loaded: 0%", "Duration Time1:09", "Play", "&amp;", "<b>",
        "It is not our war", "They vowed to fight", "The minister", "Mrs", "Dr.", "U.S.", "Inc.", "No. 10",
        "\uD800", "\uDC00", "x".repeat(300), "1".repeat(40), "....", "“““", "”””", "Q:", "WALLACE:"
    };

    @Test
    void randomAndAdversarialTextKeepsEverySpanExact() {
        Random random = new Random(20261123L);
        for (int round = 0; round < 400; round++) {
            String text = randomText(random, round);
            Article a = Article.builder().id("r" + round).source("random").text(text)
                    .published(round % 3 == 0 ? "2022-10-05" : null).build();
            Article out;
            try {
                out = PIPELINE.process(a);
            } catch (RuntimeException e) {
                throw new AssertionError("round " + round + " threw on: " + escape(text), e);
            }
            assertEquals(text, out.text());
            checkSpans(out, Layers.TOKENS, round);
            checkSpans(out, Layers.SENTENCES, round);
            for (Entity e : checkSpans(out, Layers.ENTITIES, round)) {
                assertEquals(text.substring(e.start(), e.end()), e.text(), where(round, text));
                assertFalse(e.canonical().isBlank(), where(round, text));
            }
            for (Amount m : checkSpans(out, Layers.AMOUNTS, round)) {
                assertEquals(text.substring(m.start(), m.end()), m.text(), where(round, text));
                assertTrue(Double.isFinite(m.value()), where(round, text));
            }
            for (DateMention d : checkSpans(out, Layers.DATES, round)) {
                assertEquals(text.substring(d.start(), d.end()), d.text(), where(round, text));
                assertTrue(d.value().matches(TestTables.DATE_VALUE), d.value() + " " + where(round, text));
            }
            for (Quote q : checkSpans(out, Layers.QUOTES, round)) {
                assertFalse(q.text().isBlank(), where(round, text));
                assertEquals(words(text.substring(q.start(), q.end())), words(q.text()), where(round, text));
                if (q.speakerStart() >= 0) {
                    checkSpan(text, q.speakerStart(), q.speakerEnd(), round);
                    assertEquals(text.substring(q.speakerStart(), q.speakerEnd()), q.speaker(), where(round, text));
                }
            }
        }
    }

    private static <T extends Annotation> List<T> checkSpans(Article a, LayerKey<T> key, int round) {
        assertTrue(a.hasLayer(key), key + " missing in round " + round);
        List<T> items = a.layer(key, "test").items();
        for (T item : items) {
            checkSpan(a.text(), item.start(), item.end(), round);
        }
        return items;
    }

    private static void checkSpan(String text, int start, int end, int round) {
        if (start < 0 || end > text.length() || start > end) {
            fail("span [" + start + ", " + end + ") outside text of length " + text.length() + " " + where(round, text));
        }
        if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start))
                && Character.isHighSurrogate(text.charAt(start - 1))) {
            fail("span starts inside a surrogate pair at " + start + " " + where(round, text));
        }
        if (end > 0 && end < text.length() && Character.isLowSurrogate(text.charAt(end))
                && Character.isHighSurrogate(text.charAt(end - 1))) {
            fail("span ends inside a surrogate pair at " + end + " " + where(round, text));
        }
    }

    /** The text's letters and digits only: quote marks, spacing and paragraph breaks may differ. */
    private static String words(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String randomText(Random random, int round) {
        StringBuilder b = new StringBuilder();
        int pieces = 5 + random.nextInt(round % 10 == 9 ? 400 : 60);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(6) == 0) {
                b.append((char) random.nextInt(0x3000));
            } else {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            b.append(random.nextInt(3) == 0 ? "" : " ");
        }
        return b.toString().strip();
    }

    private static String where(int round, String text) {
        return "in round " + round + ": " + escape(text.length() > 400 ? text.substring(0, 400) + "…" : text);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

}
