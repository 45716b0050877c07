package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real standalone cluster (a master and two one-core workers, separate JVMs): its output
 * equals the single-machine library's, and a worker killed mid-job costs a retry, not the job.
 * Runs under {@code -Pspark-cluster}, after {@code package} has built the job jar and {@code target/lib}.
 */
@Tag("spark-cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class StandaloneClusterTest {
    @TempDir
    static Path dir;
    private static StandaloneCluster cluster;
    private static SparkSession spark;
    private static Path corpus;
    private static SingleMachine expected;

    @BeforeAll
    static void start() throws Exception {
        Path module = Path.of(System.getProperty("copydesk.spark.module", "."));
        Path jobJar = module.resolve("target/copydesk-spark-job.jar");
        assertTrue(Files.isRegularFile(jobJar), "run under -Pspark-cluster, after package: missing " + jobJar);
        cluster = StandaloneCluster.start(module.resolve("target/lib"), module.resolve("src/main/launcher/jvm.options"),
                dir.resolve("cluster"), 2);
        // The executors' JVM options are the job's defaults: G1, -Xss8m and -Xms1200m.
        spark = SparkSession.builder().config(SessionDefaults.apply(new org.apache.spark.SparkConf().set("spark.executor.memory", "1200m")))
                .master(cluster.masterUrl()).appName("copydesk-cluster-test")
                .config("spark.jars", jobJar.toAbsolutePath().toString())
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.executor.cores", "1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        corpus = Corpus.write(dir.resolve("corpus"));
        expected = SingleMachine.of(corpus);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void outputOnTwoWorkersEqualsTheSingleMachines() throws Exception {
        String out = dir.resolve("out").toString();
        SparkJobReport report = new SparkJob(spark).run(SparkJobConfig.of(List.of(corpus.toString()), out).withJsonl(true));
        assertEquals(expected.articles().size(), report.articles());
        assertEquals(expected.errors(), report.errors());
        assertEquals(3, spark.sparkContext().statusTracker().getExecutorInfos().length, "the driver and 2 executors");
        expected.assertOutputMatches(spark, out, corpus);
    }

    @Test
    @Order(2)
    void aWorkerKilledMidJobCostsARetryOnly() throws Exception {
        String out = dir.resolve("out-killed").toString();
        // One file per batch: the job is still running batches when the worker dies.
        SparkJobConfig config = SparkJobConfig.of(List.of(corpus.toString()), out).withJsonl(true).withBatchFiles(1);
        CompletableFuture<SparkJobReport> job = CompletableFuture.supplyAsync(() -> new SparkJob(spark).run(config));
        while (!Files.exists(Path.of(out, "_analysed", "batch-00001.done")) && !job.isDone()) {
            Thread.sleep(200);
        }
        assertFalse(job.isDone(), "the worker dies while the job runs");
        cluster.killWorker(1);
        SparkJobReport report = job.get(8, TimeUnit.MINUTES);
        assertEquals(2, spark.sparkContext().statusTracker().getExecutorInfos().length, "the driver and the surviving executor");
        assertEquals(expected.articles().size(), report.articles());
        assertEquals(expected.errors(), report.errors());
        expected.assertOutputMatches(spark, out, corpus);
    }
}
