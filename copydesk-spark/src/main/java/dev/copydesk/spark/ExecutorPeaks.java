package dev.copydesk.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.executor.ExecutorMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The peak JVM heap each executor used, as Spark measures it: the {@code JVMHeapMemory} executor metric
 * (heap in use, live objects and garbage not yet collected) of the executors' heartbeats and of every
 * finished task. The executors poll it every {@code spark.executor.metrics.pollingInterval} (at each
 * heartbeat when 0). In {@code local[n]} the one executor, {@code driver}, is the driver's JVM.
 * Thread-safe (Spark calls it on its listener thread; read it after the session stopped, when every event is in).
 */
final class ExecutorPeaks extends SparkListener {
    private static final String HEAP = "JVMHeapMemory";
    /** The executor id of the driver. */
    static final String DRIVER = "driver";

    private final Map<String, Long> peaks = new ConcurrentHashMap<>();

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        scala.collection.Iterator<ExecutorMetrics> metrics = update.executorUpdates().valuesIterator();
        while (metrics.hasNext()) {
            record(update.execId(), metrics.next());
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskInfo() != null && end.taskExecutorMetrics() != null) {
            record(end.taskInfo().executorId(), end.taskExecutorMetrics());
        }
    }

    private void record(String executor, ExecutorMetrics metrics) {
        long heap = metrics.getMetricValue(HEAP);
        if (heap > 0) {
            peaks.merge(executor, heap, Math::max);
        }
    }

    /** The peak heap in bytes by executor id (the driver reports its own, as {@value #DRIVER}). */
    Map<String, Long> peaks() {
        return Map.copyOf(peaks);
    }

    /**
     * The highest peak of any executor, in bytes: of the executors other than the driver when there are any
     * (a cluster), else the driver's (local mode, where the driver's JVM runs the tasks); -1 when none was measured.
     */
    long highest() {
        boolean cluster = peaks.keySet().stream().anyMatch(id -> !id.equals(DRIVER));
        return peaks.entrySet().stream().filter(e -> !cluster || !e.getKey().equals(DRIVER))
                .mapToLong(Map.Entry::getValue).max().orElse(-1);
    }
}
