package dev.copydesk.annotate.date;

import static dev.copydesk.annotate.TestTables.nullable;
import static dev.copydesk.annotate.TestTables.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.annotate.DateMention;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.TestTables;
import dev.copydesk.core.Article;
import dev.copydesk.core.Pipeline;
import java.io.IOException;
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

class DateResolverTest {
    private static final DateResolver RESOLVER = new DateResolver();

    static Stream<String[]> cases() throws IOException {
        return rows("/date/cases.tsv").stream();
    }

    static Stream<String[]> negatives() throws IOException {
        return rows("/date/negatives.tsv").stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void resolvesTheMention(String published, String sentence, String text, String value) {
        List<DateMention> found = RESOLVER.find(sentence, nullable(published));
        assertOffsets(sentence, found);
        DateMention d = found.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseGet(() -> fail("no date '" + text + "' in " + found));
        assertEquals(value, d.value());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("negatives")
    void findsNoDate(String published, String sentence) {
        assertEquals(List.of(), RESOLVER.find(sentence, nullable(published)));
    }

    @Test
    void keepsTheLongestOfOverlappingMentions() {
        String s = "On 21 September 2022 and in 2023-01-05 filings, the 1990s came up.";
        assertEquals(List.of("21 September 2022", "2023-01-05", "1990s"),
                RESOLVER.find(s, null).stream().map(DateMention::text).toList());
    }

    @Test
    void toleratesUnparseablePublicationDates() {
        for (String published : List.of("", "yesterday", "2022-13-45", "2022", "2022-02-30T00:00")) {
            assertEquals(List.of("--09-21"), RESOLVER.find("It began on September 21.", published).stream()
                    .map(DateMention::value).toList());
        }
    }

    @Test
    void addsTheDatesLayerWithoutOtherStages() {
        Article a = Article.builder().id("x").source("test").published("2022-10-05")
                .text("In late September the plan was announced.").build();
        Article out = Pipeline.of(RESOLVER).process(a);
        assertEquals("2022-09", out.layer(Layers.DATES, "test").items().get(0).value());
    }

    @Test
    void randomAndAdversarialInputNeverThrowsAndOffsetsHold() {
        Random random = new Random(7);
        String alphabet = "0123456789 ,.:-/'\n\u00A0stndrdthofSeptemberMayMarchMondaylastweekagoyesterday1990s2022-09-21";
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check(sb.toString(), round % 2 == 0 ? "2022-10-05" : null);
        }
        for (String s : List.of("", "May", "September 99", "31 February 2022", "0 May", "2022-02-30", "9999s",
                "last Monday", "\uDC00\uD800 March 3")) {
            check(s, "2024-02-29");
        }
    }

    @Test
    void hugeInputsRunInLinearTime() {
        for (String unit : List.of("1", "2022 ", "September ", "21 ", "May 1, ", "x\n")) {
            int size = unit.equals("1") ? 10_000_000 : 1_000_000;
            String text = unit.repeat(size / unit.length());
            long t0 = System.nanoTime();
            check(text, "2022-10-05");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 30_000, unit + " took " + ms + " ms");
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows("/date/cases.tsv")) {
            sb.append(row[1]).append("\n\n");
        }
        String text = sb.toString();
        List<DateMention> expected = RESOLVER.find(text, "2023-03-15");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DateMention>>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> RESOLVER.find(text, "2023-03-15")));
            }
            for (Future<List<DateMention>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void check(String text, String published) {
        Article a = Article.builder().id("x").source("fuzz").published(published).text(text).build();
        Article out = RESOLVER.process(a);
        assertTrue(out.diagnostics().isEmpty(), () -> out.diagnostics().toString());
        assertOffsets(text, out.layer(Layers.DATES, "test").items());
    }

    static void assertOffsets(String text, List<DateMention> dates) {
        int reach = 0;
        for (DateMention d : dates) {
            assertTrue(d.start() >= reach && d.end() > d.start() && d.end() <= text.length(), d::toString);
            assertEquals(text.substring(d.start(), d.end()), d.text());
            assertTrue(d.value().matches(TestTables.DATE_VALUE), d::toString);
            reach = d.end();
        }
    }
}
