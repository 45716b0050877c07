package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar submitted as a user submits it: {@code spark-submit --class dev.copydesk.spark.CopydeskSparkJob
 * copydesk-spark-job.jar INPUT --out DIR --jsonl} (Spark's {@code SparkSubmit}, which the {@code spark-submit}
 * script runs, in its own JVM) against a standalone cluster of one one-core worker; the output equals the
 * single-machine library's. Runs under {@code -Pspark-cluster}, after {@code package}.
 */
@Tag("spark-cluster")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SparkSubmitTest {
    @TempDir
    Path dir;

    @Test
    void theSubmittedJarWritesTheSingleMachinesOutput() throws Exception {
        Path module = Path.of(System.getProperty("copydesk.spark.module", "."));
        Path jobJar = module.resolve("target/copydesk-spark-job.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jobJar), "run under -Pspark-cluster, after package: missing " + jobJar);
        Path lib = module.resolve("target/lib").toAbsolutePath();
        Path jvmOptions = module.resolve("src/main/launcher/jvm.options").toAbsolutePath();
        Path corpus = Corpus.write(dir.resolve("corpus"));
        Path out = dir.resolve("out");
        try (StandaloneCluster cluster = StandaloneCluster.start(lib, jvmOptions, dir.resolve("cluster"), 1)) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Xss8m", "@" + jvmOptions, "-cp", lib + File.separator + "*",
                    "org.apache.spark.deploy.SparkSubmit", "--master", cluster.masterUrl(),
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                    "--conf", "spark.executor.memory=1200m", "--conf", "spark.executor.extraJavaOptions=-Xss8m",
                    "--conf", "spark.ui.enabled=false",
                    "--class", "dev.copydesk.spark.CopydeskSparkJob", jobJar.toString(),
                    corpus.toString(), "--out", out.toString(), "--jsonl"));
            Path log = dir.resolve("submit.log");
            Process submit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(submit.waitFor(8, TimeUnit.MINUTES), "spark-submit finished");
            String output = Files.readString(log);
            assertEquals(1, submit.exitValue(), "the corpus holds two bad inputs, so the job exits 1:\n" + output);
            assertTrue(output.contains("4 input files (0 done before, 1 batches analysed now): 5 articles in "), output);
            assertTrue(output.contains("sub/junk.txt: binary file"), output);
        }
        SingleMachine expected = SingleMachine.of(corpus);
        SparkSession spark = SparkSession.builder().master("local[1]").appName("copydesk-submit-check")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            expected.assertOutputMatches(spark, out.toString(), corpus);
        } finally {
            spark.stop();
        }
    }
}
