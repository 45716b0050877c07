package dev.copydesk.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark settings Copydesk's job runs best with, applied where a setting is not already given (by
 * {@code --conf}, {@code spark-defaults.conf} or a {@code spark.*} system property).
 *
 * <p>Spark's SQL code generation is off: the job's queries only move rows (parse the analysis's JSON, join the
 * links, sort, write Parquet), microseconds per article against some 30 ms of language analysis, so generated code
 * gains nothing. It costs much: each query's code is compiled by Janino and then by the JVM's JIT compiler, and on a
 * busy executor that compilation competes with the analysis for the cores and keeps the analysis's hottest
 * methods waiting in the compiler's queue. Measured with {@code copydesk bench spark}: on one core Spark
 * {@code local[1]} spent about 1.5 s of JIT compilation per 200 articles with code generation and 0.8 s without,
 * and the analysis itself ran 15–25% faster without. Stateless.
 */
final class SessionDefaults {
    /** The settings, by name. */
    static final Map<String, String> SETTINGS = Map.of(
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN");

    private SessionDefaults() {
    }

    /** {@code conf} with every setting it does not have yet. */
    static SparkConf apply(SparkConf conf) {
        SETTINGS.forEach(conf::setIfMissing);
        return conf;
    }

    /** {@code builder} with every setting that neither {@code given} nor a {@code spark.*} system property has. */
    static SparkSession.Builder apply(SparkSession.Builder builder, Map<String, String> given) {
        SETTINGS.forEach((name, value) -> {
            if (!given.containsKey(name) && System.getProperty(name) == null) {
                builder.config(name, value);
            }
        });
        return builder;
    }
}
