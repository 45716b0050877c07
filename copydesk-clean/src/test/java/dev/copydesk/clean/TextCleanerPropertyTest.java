package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.core.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Properties every cleaning must have, whatever the input: the body is paragraphs separated by one blank
 * line, each copied from the input and mapped back to it exactly by the offset map, none twice; nothing
 * throws; random, hostile and huge inputs finish in time.
 */
class TextCleanerPropertyTest {
    private static final String[] WORDS = {"the council", "a minister", "three judges", "the jury", "an inspector"};

    private final TextCleaner cleaner = new TextCleaner();

    /**
     * Checks the body's shape and that the offset map sends every char of every paragraph to the same
     * char of the input, except the single spaces that join hard-wrapped lines.
     */
    static void assertOffsetsRecoverParagraphs(String raw, Extraction e) {
        String text = e.text();
        assertNotNull(e.offsets(), "offsets");
        assertEquals(text.strip(), text, "text is stripped");
        if (text.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        int start = 0;
        for (String paragraph : text.split("\n\n", -1)) {
            assertFalse(paragraph.isEmpty(), "empty paragraph");
            assertEquals(paragraph.strip(), paragraph, "paragraph is stripped");
            assertFalse(paragraph.indexOf('\n') >= 0 || paragraph.indexOf('\r') >= 0, "line break inside a paragraph");
            assertTrue(seen.add(paragraph), () -> "paragraph output twice: " + excerpt(paragraph));
            boolean joined = false;
            int first = e.offsets().toOriginal(start);
            for (int i = 0; i < paragraph.length(); i++) {
                int o = e.offsets().toOriginal(start + i);
                // A join that reuses a line's trailing space maps every char yet skips the line break.
                joined |= o != first + i;
                char c = paragraph.charAt(i);
                if (o < raw.length() && raw.charAt(o) == c) {
                    continue;
                }
                if (c != ' ' || i == 0 || i == paragraph.length() - 1) {
                    fail("char " + i + " of paragraph does not map back: " + excerpt(paragraph));
                }
                joined = true;
            }
            if (!joined) {
                int o = e.offsets().toOriginal(start);
                assertEquals(paragraph, raw.substring(o, o + paragraph.length()), "paragraph recovered from input");
            }
            start += paragraph.length() + 2;
        }
    }

    private static String excerpt(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }

    private Extraction cleanAndCheck(String raw) {
        Extraction e = cleaner.clean(raw);
        assertOffsetsRecoverParagraphs(raw, e);
        for (Diagnostic d : e.diagnostics().items()) {
            assertFalse(d.kind() == Diagnostic.Kind.ERROR, () -> "error diagnostic: " + d);
        }
        return e;
    }

    @Test
    void emptyAndBlankInputGiveEmptyTextAndAWarning() {
        for (String raw : new String[] {"", " ", "\n\n\n", "\t\r\n \u00a0\u200b\r", "\uFEFF"}) {
            Extraction e = cleanAndCheck(raw);
            assertEquals("", e.text());
            assertEquals(0, e.offsets().segments());
            assertTrue(e.diagnostics().items().stream().anyMatch(d -> d.code().equals("empty")), raw);
        }
    }

    @Test
    void onlyBlankLinesFinish() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertEquals("", cleanAndCheck("\n \n\t\n".repeat(200_000)).text());
        });
    }

    @Test
    void bodySentenceMentioningANewsletterStays() {
        String raw = """
                Parish council backs new cycle path

                Sign up to our newsletter

                The parish council has voted to build a cycle path between the two villages.
                The council's newsletter was sent to 4,000 residents.
                Work is due to begin in the spring and will take about six weeks to finish.
                """;
        Extraction e = cleanAndCheck(raw);
        assertTrue(e.text().contains("The council's newsletter was sent to 4,000 residents."), e.text());
        assertFalse(e.text().contains("Sign up"), e.text());
    }

    @Test
    void randomUnicodeNeverThrows() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(3000);
            for (int i = 0; i < len; i++) {
                int pick = random.nextInt(10);
                if (pick == 0) {
                    sb.append(random.nextBoolean() ? '\n' : '\r');
                } else if (pick == 1) {
                    sb.append((char) random.nextInt(0x20));
                } else if (pick == 2) {
                    sb.append((char) (0xD800 + random.nextInt(0x800)));
                } else if (pick < 6) {
                    sb.appendCodePoint(random.nextInt(0x110000));
                } else {
                    sb.append("The quick brown fox. ,:;![]+0:00 ".charAt(random.nextInt(33)));
                }
            }
            cleanAndCheck(sb.toString());
        }
    }

    @Test
    void randomDocumentsOfBodyAndNoiseKeepTheirInvariants() {
        String[] pieces = {
            "The minister said the plan would be published next week.",
            "Residents have until Friday to respond to the consultation, officials said.",
            "“We will not give up,” she said.", "He said:", "Play", "0:00", "+3", "View gallery",
            "Share this article", "Sign up to our newsletter", "READ MORE: Another story entirely",
            "A headline shaped line without a stop", "lol this is so true", "Reply", "2 hours ago",
            "Image caption, A crowd outside the hall", "Photograph: A. Person/Agency", "Comments", "",
            "Related Topics", "Advertisement", "Source: Read Full Article", "x", "—", "The end."};
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int lines = random.nextInt(60);
            for (int i = 0; i < lines; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
                sb.append(random.nextInt(4) == 0 ? "\n\n" : random.nextInt(5) == 0 ? "\r\n" : "\n");
            }
            cleanAndCheck(sb.toString());
        }
    }

    @Test
    void hardWrappedTextIsJoinedAndMapsBack() {
        String raw = """
                The district council has agreed a new plan for the old market hall,
                which has stood empty for almost six years since the last traders
                moved out to the retail park on the edge of town.

                Under the plan the ground floor will hold a covered market three days
                a week, and the upper floor will be let to small businesses at rents
                below the going rate for the first two years of each lease.
                """;
        Extraction e = cleanAndCheck(raw);
        assertEquals(2, e.text().split("\n\n").length, e.text());
        assertTrue(e.text().contains("market hall, which has stood"), e.text());
    }

    @Test
    void hugeSingleLineFinishes() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String line = "The council said that it would act on the report and ".repeat(1_000_000) + "end.";
            Extraction e = cleanAndCheck("Opening paragraph of the report is a sentence of its own.\n" + line);
            assertEquals(2, e.text().split("\n\n").length);
        });
    }

    @Test
    void manyLinesFinishInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 200_000; i++) {
                sb.append("Paragraph ").append(i).append(" reports what ").append(WORDS[i % WORDS.length])
                        .append(" decided on day ").append(i % 97).append(" of the inquiry.\n");
                if (i % 7 == 0) {
                    sb.append("Play\n+8\nView gallery\n");
                }
            }
            Extraction e = cleanAndCheck(sb.toString());
            assertEquals(200_000, e.text().split("\n\n").length);
            assertEquals(1_000_000, lineCount(repeatShortLines()));
            cleanAndCheck(repeatShortLines());
        });
    }

    private static String repeatShortLines() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(i % 3 == 0 ? "ok\n" : i % 3 == 1 ? "Yes.\n" : "a b\n");
        }
        return sb.toString();
    }

    private static int lineCount(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    @Test
    void repeatedNearDuplicatesAreLinear() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String line = "Officials confirmed the road would stay closed until the repairs were finished.\n";
            Extraction e = cleanAndCheck(line.repeat(100_000) + line.replace(".", "").repeat(100_000));
            assertEquals(line.strip(), e.text());
        });
    }

    @Test
    void instanceIsSafeToShareBetweenThreads() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inputs.add("Headline number " + i + " about the council\n\n"
                    + "The council met on day " + i + " and agreed the budget for the coming year.\n"
                    + "Play\n0:00\n+2\nView gallery\nA caption about the budget meeting\n"
                    + "Officials said the budget would be published on the council website.\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (String input : inputs) {
                    futures.add(pool.submit(() -> cleaner.clean(input)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                Extraction expected = new TextCleaner().clean(inputs.get(k % inputs.size()));
                Extraction actual = futures.get(k).get();
                assertEquals(expected.text(), actual.text());
                assertEquals(expected.captions(), actual.captions());
                assertEquals(expected.title(), actual.title());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
