package dev.copydesk.eval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.eval.bench.stats.Comparison;
import dev.copydesk.eval.bench.stats.Spread;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks how the analysis bench reports synthetic rounds; never how fast anything is. */
class AnalyzeBenchReportTest {
    private static final long MB = 1 << 20;

    @Test
    void tableShowsTheMedianRateItsSpreadAndTheSpeedUpRoundByRound() {
        Spread ref = Spread.of(0.20, 0.25, 0.20);
        Spread copydesk = Spread.of(10, 15, 11);
        Comparison c = Comparison.of(copydesk, ref, false, "articles/s", 0.15, true);
        Comparison r = Comparison.of(ref, ref, true, "articles/s", 0.15, true);
        AnalyzeBenchReport report = new AnalyzeBenchReport(3, 3, 3072 * MB, 2900 * MB, 0.15, List.of(
                new AnalyzeBenchReport.Row("Copydesk", 3, 600, copydesk, 6.0, 150 * MB, c.ratio(), c.verdict().text()),
                new AnalyzeBenchReport.Row("reference", 3, 630, ref, 90.0, 2800 * MB, r.ratio(), r.verdict().text())));
        assertEquals(55.0, report.speedup(), 1e-9);
        // rounds: 10/0.20 = 50x, 15/0.25 = 60x, 11/0.20 = 55x
        assertEquals("Annotation speed on 3 articles, 3 interleaved rounds, one thread each (per core); median of rounds, "
                + "spread = interquartile range / median, too noisy above 15%; max heap 3,072 MB, peak over the rounds 2,900 MB; "
                + "Copydesk vs reference per article: 55.0x (rounds 50.0x-60.0x), faster; articles/s too noisy: spread 23% > 15%\n"
                + """
                system     s/article  articles/s      min-max  spread  tokens/s/core  tokens  load s  peak heap MB  vs reference   round ratios  verdict
                ---------  ---------  ----------  -----------  ------  -------------  ------  ------  ------------  ------------  -------------  ----------------------------------------------
                Copydesk      0.0909        11.0    10.0-15.0     23%          2,200     600     6.0           150        55.00x  50.00x-60.00x  faster; articles/s too noisy: spread 23% > 15%
                reference     5.0000       0.200  0.200-0.250     12%             42     630    90.0          2800         1.00x    1.00x-1.00x  baseline
                """, report.table().render());
    }

    @Test
    void copydeskAloneHasNoSpeedUp() {
        Spread copydesk = Spread.of(10, 10.5, 11);
        Comparison c = Comparison.of(copydesk, null, false, "articles/s", 0.15, true);
        AnalyzeBenchReport report = new AnalyzeBenchReport(2, 3, 1024 * MB, 200 * MB, 0.15, List.of(
                new AnalyzeBenchReport.Row("Copydesk", 2, 100, copydesk, 6.0, 150 * MB, c.ratio(), c.verdict().text())));
        assertTrue(Double.isNaN(report.speedup()));
        String table = report.table().render();
        assertTrue(table.startsWith("Annotation speed on 2 articles, 3 interleaved rounds"), table);
        assertTrue(table.contains(" steady\n"), table);
    }
}
