package dev.copydesk.spark;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Tells a benchmark's warm-up when the JIT compiler has settled: between two calls to {@link #settled}, the JVMs
 * spent under {@link #SETTLED} of the wall time (per JVM) compiling, as the JVM's {@link CompilationMXBean}
 * counts it. A fresh JVM on one CPU compiles for minutes while it analyses; timing it before then would measure
 * the compiler. Not thread-safe.
 */
final class JitWatch {
    /** The share of the time spent compiling under which the JIT counts as settled. */
    static final double SETTLED = 0.05;

    private final LongSupplier compileMillis;
    private final LongSupplier clock;
    private long lastCompile;
    private long lastNanos;

    /** Watches the total compilation time {@code compileMillis} gives (milliseconds, over all JVMs watched). */
    JitWatch(LongSupplier compileMillis) {
        this(compileMillis, System::nanoTime);
    }

    /** The same, against the wall time {@code clock} gives (nanoseconds). */
    JitWatch(LongSupplier compileMillis, LongSupplier clock) {
        this.compileMillis = compileMillis;
        this.clock = clock;
        this.lastCompile = compileMillis.getAsLong();
        this.lastNanos = clock.getAsLong();
    }

    /** Whether the {@code jvms} watched compiled under {@link #SETTLED} of the time since the last call. */
    boolean settled(int jvms) {
        long compile = compileMillis.getAsLong();
        long now = clock.getAsLong();
        double wallMillis = (now - lastNanos) / 1e6 * Math.max(1, jvms);
        boolean settled = wallMillis > 0 && (compile - lastCompile) / wallMillis < SETTLED;
        lastCompile = compile;
        lastNanos = now;
        return settled;
    }

    /** This JVM's total compilation time, milliseconds (0 when the JVM does not count it). */
    static long thisJvm() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        return bean != null && bean.isCompilationTimeMonitoringSupported() ? bean.getTotalCompilationTime() : 0;
    }

    /**
     * The executors' total compilation time, milliseconds: a small job of several tasks per executor reports each
     * executor's count; an executor no task reached counts 0.
     */
    static long executors(SparkSession spark, int count) {
        int tasks = Math.max(1, count) * 4;
        List<String> seen = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(IntStream.range(0, tasks).boxed().toList(), tasks)
                .mapPartitions(i -> List.of(SparkEnv.get().executorId() + "\t" + thisJvm()).iterator())
                .collect();
        Map<String, Long> byExecutor = new HashMap<>();
        for (String s : seen) {
            String[] f = s.split("\t");
            byExecutor.merge(f[0], Long.parseLong(f[1]), Math::max);
        }
        return byExecutor.values().stream().mapToLong(Long::longValue).sum();
    }
}
