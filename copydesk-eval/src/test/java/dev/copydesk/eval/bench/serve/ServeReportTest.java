package dev.copydesk.eval.bench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServeReportTest {
    private static final long MS = 1_000_000;

    @Test
    void aRoundTakesNearestRankPercentiles() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (i + 1) * MS;
        }
        ServeReport.Round r = ServeReport.Round.of(nanos, 3, 2_000_000_000L);
        assertEquals(100, r.requests());
        assertEquals(3, r.errors());
        assertEquals(50.0, r.rate(), 1e-9);
        assertEquals(50.0, r.p50Ms(), 1e-9);
        assertEquals(90.0, r.p90Ms(), 1e-9);
        assertEquals(99.0, r.p99Ms(), 1e-9);
        assertEquals(100.0, r.maxMs(), 1e-9);
        assertTrue(Double.isNaN(ServeReport.Round.of(new long[0], 0, 1).p50Ms()));
    }

    @Test
    void tableShowsTheMedianRangeSpreadAndVerdictOfEachFigure() {
        ServeReport report = new ServeReport(12, 8, 2.0, List.of(
                new ServeReport.Round(2000, 0, 2.0, 4.0, 8.0, 20.0, 30.0),
                new ServeReport.Round(1800, 1, 2.0, 4.4, 8.8, 40.0, 90.0),
                new ServeReport.Round(2100, 0, 2.0, 3.8, 7.6, 22.0, 25.0)));
        assertEquals(5900, report.requests());
        assertEquals(1, report.errors());
        assertEquals(1000.0, report.rate().median(), 1e-9);
        assertEquals("5900 requests (1 error), 8 threads, 3 rounds of 2.0 s; "
                + "median of rounds, spread = interquartile range / median, too noisy above 15%\n" + """
                figure      median      min-max  spread  verdict
                ----------  ------  -----------  ------  ---------------------------
                requests/s    1000     900-1050    7.5%  steady
                p50 ms        4.00    3.80-4.40    7.5%  steady
                p90 ms        8.00    7.60-8.80    7.5%  steady
                p99 ms       22.00  20.00-40.00     45%  too noisy: spread 45% > 15%
                """, report.table().render());
    }

    @Test
    void needsARound() {
        assertThrows(IllegalArgumentException.class, () -> new ServeReport(1, 1, 1.0, List.of()));
    }
}
