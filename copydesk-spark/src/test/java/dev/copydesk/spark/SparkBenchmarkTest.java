package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.pipeline.AnalysisConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SparkBenchmark}: the run beside a session's timed runs comes before the even ones and after the odd ones. */
class SparkBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void theRunBesideAlternatesSidesRoundByRound() throws IOException {
        Path corpus = Corpus.write(dir.resolve("corpus"));
        List<String> outs = List.of(dir.resolve("r1").toString(), dir.resolve("r2").toString(), dir.resolve("r3").toString());
        SparkBenchmark bench = new SparkBenchmark(List.of(corpus.toString()), AnalysisConfig.defaults(), line -> { }, 0);
        List<String> seen = new ArrayList<>();
        List<SparkBenchmark.Run> runs = bench.spark(new SparkBenchmark.Setup(BenchReport.LOCAL_1, "local[1]", 0, null, null,
                Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1")), outs,
                i -> seen.add(i + (Files.exists(Path.of(outs.get(i))) ? " after" : " before")));
        assertEquals(List.of("0 before", "1 after", "2 before"), seen);
        assertEquals(3, runs.size());
        for (SparkBenchmark.Run r : runs) {
            assertEquals(runs.get(0).articles(), r.articles(), runs.toString());
            assertEquals(BenchReport.LOCAL_1, r.mode());
        }
    }
}
