package dev.copydesk.annotate.amount;

import static dev.copydesk.annotate.TestTables.nullable;
import static dev.copydesk.annotate.TestTables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AmountParserTest {
    private static final AmountParser PARSER = new AmountParser();

    static Stream<String[]> cases() throws IOException {
        return rows("/amount/cases.tsv").stream();
    }

    static Stream<String> negatives() throws IOException {
        return rows("/amount/negatives.txt").stream().map(r -> r[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheAmountWithValueUnitAndObject(String sentence, String text, String value, String unit, String object) {
        List<Amount> found = PARSER.find(sentence);
        assertOffsets(sentence, found);
        Amount a = found.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no amount '" + text + "' in " + found));
        assertEquals(Double.parseDouble(value), a.value(), 1e-6 * Math.max(1, Math.abs(a.value())), "value");
        assertEquals(nullable(unit), a.unit(), "unit");
        assertEquals(nullable(object), a.object(), "object");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("negatives")
    void findsNoAmount(String sentence) {
        assertEquals(List.of(), PARSER.find(sentence));
    }

    @Test
    void ignoresListNumberingAndPlayerChrome() throws IOException {
        try (InputStream in = AmountParserTest.class.getResourceAsStream("/amount/lines.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(List.of(), PARSER.find(text));
        }
    }

    @Test
    void findsSeveralAmountsInOneSentenceWithExactSpans() {
        String s = "Boots have soared to £1,115, with a tent costing up to £560 and gloves climbing to more than £30.";
        List<Amount> found = PARSER.find(s);
        assertEquals(List.of("£1,115", "£560", "£30"), found.stream().map(Amount::text).toList());
        assertEquals(List.of("boots", "tent", "gloves"), found.stream().map(Amount::object).toList());
        assertOffsets(s, found);
    }

    @Test
    void addsTheAmountsLayerWithoutOtherStages() {
        Article a = Article.builder().id("x").source("test").text("Some 3,000 people marched 12 miles.").build();
        Article out = Pipeline.of(PARSER).process(a);
        assertEquals(2, out.layer(Layers.AMOUNTS, "test").size());
        assertTrue(out.diagnostics().isEmpty());
    }

    @Test
    void randomAndAdversarialInputNeverThrowsAndOffsetsHold() {
        Random random = new Random(42);
        String alphabet = "0123456789 ,.:;%£$€¥₽+-–/()'\"\n\u00A0abcmkdozenmillionperctyears-oldofin£1,115\uD83D\uDE00\uD800é";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check(sb.toString());
        }
        for (String s : List.of("", " ", "\n\n", "£", "$.", "1", "1,", ",1", "1.", "a million", "half a",
                "one two three four five", "£" + "9".repeat(40), "-".repeat(50) + "year-old", "\uDC00\uD800",
                "1,000,000,000,000,000,000,000 people were here", "the 1e308 of ∞")) {
            check(s);
        }
    }

    @Test
    void hugeInputsRunInLinearTime() {
        for (String unit : List.of("1", "1,", "9 ", "£1 ", "a ", "one million ", "x\n")) {
            int size = unit.equals("1") ? 10_000_000 : 1_000_000;
            String text = unit.repeat(size / unit.length());
            long t0 = System.nanoTime();
            check(text);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 20_000, unit + " took " + ms + " ms");
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows("/amount/cases.tsv")) {
            sb.append(row[0]).append("\n\n");
        }
        String text = sb.toString();
        List<Amount> expected = PARSER.find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Amount>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> PARSER.find(text)));
            }
            for (Future<List<Amount>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void check(String text) {
        Article a = Article.builder().id("x").source("fuzz").text(text).build();
        Article out = PARSER.process(a);
        assertTrue(out.diagnostics().isEmpty(), () -> out.diagnostics().toString());
        assertOffsets(text, out.layer(Layers.AMOUNTS, "test").items());
    }

    static void assertOffsets(String text, List<Amount> amounts) {
        int reach = 0;
        for (Amount a : amounts) {
            assertTrue(a.start() >= reach && a.end() > a.start() && a.end() <= text.length(), a::toString);
            assertEquals(text.substring(a.start(), a.end()), a.text());
            assertTrue(Double.isFinite(a.value()), a::toString);
            reach = a.end();
        }
    }
}
