package dev.copydesk.spark;

import java.util.Map;
import org.apache.spark.SparkConf;

/**
 * The Spark settings Copydesk's job runs best with, applied where a setting is not already given (by
 * {@code --conf}, {@code spark-defaults.conf} or a {@code spark.*} system property).
 *
 * <p>Spark's SQL code generation is off: the job's queries only move rows (parse the analysis's JSON, join the
 * links, sort, write Parquet), microseconds per article against some 30 ms of language analysis, so generated code
 * gains nothing. It costs much: each query's code is compiled by Janino and then by the JVM's JIT compiler, and on a
 * busy executor that compilation competes with the analysis for the cores and keeps the analysis's hottest
 * methods waiting in the compiler's queue. On 200 PolNeAR articles on one CPU (a {@code local[1]} bench runner,
 * per-thread CPU time), the JIT compiler spent 1.3–1.9 s per run with code generation and 0.8–0.95 s without, and
 * the analysis thread 5.5–6.3 s against 4.6–4.7 s.
 *
 * <p>Local paths ({@code file:}) go through {@link LocalFiles}, which sets permissions without starting a
 * {@code chmod} process for every file and directory the job writes.
 *
 * <p>Executors ({@link #executorJavaOptions}) get the stack CoreNLP's parsers need, as {@code ./copydesk} runs with,
 * the G1 collector, and their whole heap from the start, as the bench's single machine has. A one-core executor's
 * JVM would otherwise pick the serial collector (it picks G1 only with two CPUs) and start with an eighth of its
 * heap: on 200 PolNeAR articles on one CPU, a 3 GB executor paused for collections 1.45 s in 30 s of timed runs,
 * 0.36 s with its whole heap, 0.04 s with its whole heap and G1. Stateless.
 */
final class SessionDefaults {
    /** The settings, by name. */
    static final Map<String, String> SETTINGS = Map.of(
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN",
            "spark.hadoop." + LocalFiles.SETTING, LocalFiles.class.getName());

    private SessionDefaults() {
    }

    /** {@code conf} with every setting it does not have yet (a {@code new SparkConf()} has the system properties). */
    static SparkConf apply(SparkConf conf) {
        SETTINGS.forEach(conf::setIfMissing);
        conf.setIfMissing(EXECUTOR_JAVA_OPTIONS, executorJavaOptions(conf));
        return conf;
    }

    /** The executors' JVM options, unless given. */
    static final String EXECUTOR_JAVA_OPTIONS = "spark.executor.extraJavaOptions";

    /**
     * The executors' JVM options for {@code conf}: an 8 MB thread stack, the G1 collector and an initial heap of
     * {@code spark.executor.memory} (Spark sets the maximum from it, 1g by default).
     */
    static String executorJavaOptions(SparkConf conf) {
        long mb = org.apache.spark.network.util.JavaUtils.byteStringAsMb(conf.get("spark.executor.memory", "1g"));
        return "-Xss8m -XX:+UseG1GC -Xms" + mb + "m";
    }
}
