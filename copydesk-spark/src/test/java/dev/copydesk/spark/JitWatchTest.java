package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** When a warm-up counts the JIT compiler as settled, and the executors' compilation time. */
class JitWatchTest {
    @Test
    void settledWhenLittleOfTheTimeWentToCompiling() {
        AtomicLong compiled = new AtomicLong(1_000);
        AtomicLong clock = new AtomicLong(5_000_000_000L);
        JitWatch watch = new JitWatch(compiled::get, clock::get);
        clock.addAndGet(200_000_000L);
        compiled.addAndGet(150); // 150 ms of 200: compiling most of the time
        assertFalse(watch.settled(1));
        clock.addAndGet(200_000_000L);
        compiled.addAndGet(2); // 2 ms of 200
        assertTrue(watch.settled(1));
        clock.addAndGet(200_000_000L);
        compiled.addAndGet(30); // 30 ms over two JVMs' 400 ms: under 10%, but not under 5%
        assertFalse(watch.settled(2));
        clock.addAndGet(400_000_000L);
        compiled.addAndGet(30); // 30 ms over two JVMs' 800 ms: under 5%
        assertTrue(watch.settled(2));
    }

    @Test
    void executorsReportTheirCompilationTime() {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("copydesk-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            long executors = JitWatch.executors(spark, 1);
            // In local mode the one executor is this JVM, which has compiled Spark's code by now.
            assertTrue(executors > 0, "compilation time " + executors);
            assertTrue(executors <= JitWatch.thisJvm(), executors + " ms, this JVM " + JitWatch.thisJvm() + " ms");
        } finally {
            spark.stop();
        }
    }
}
