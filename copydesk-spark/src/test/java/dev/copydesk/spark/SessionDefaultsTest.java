package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SessionDefaultsTest {
    @Test
    void turnsCodeGenerationOffWhereNothingIsGiven() {
        SparkConf conf = SessionDefaults.apply(new SparkConf(false));
        assertEquals("false", conf.get("spark.sql.codegen.wholeStage"));
        assertEquals("NO_CODEGEN", conf.get("spark.sql.codegen.factoryMode"));
    }

    @Test
    void keepsWhatTheUserGave() {
        SparkConf conf = new SparkConf(false).set("spark.sql.codegen.wholeStage", "true");
        SessionDefaults.apply(conf);
        assertEquals("true", conf.get("spark.sql.codegen.wholeStage"));
        assertEquals("NO_CODEGEN", conf.get("spark.sql.codegen.factoryMode"));
    }

    @Test
    void everySettingIsASparkSqlOrHadoopSetting() {
        assertFalse(SessionDefaults.SETTINGS.isEmpty());
        SessionDefaults.SETTINGS.keySet().forEach(name ->
                assertEquals(true, name.startsWith("spark.sql.") || name.startsWith("spark.hadoop."), name));
    }

    @Test
    void localPathsGoThroughCopydesksLocalFileSystem() throws Exception {
        SparkConf conf = SessionDefaults.apply(new SparkConf(false));
        assertEquals(LocalFiles.class.getName(), conf.get("spark.hadoop.fs.file.impl"));
        Configuration hadoop = new Configuration(false);
        hadoop.set("fs.file.impl", conf.get("spark.hadoop.fs.file.impl"));
        assertEquals(LocalFiles.class, FileSystem.getFileSystemClass("file", hadoop));
    }

    @Test
    void executorsGetTheStackG1AndTheirWholeHeapFromTheStart() {
        assertEquals("-Xss8m -XX:+UseG1GC -Xms1024m", SessionDefaults.apply(new SparkConf(false)).get(SessionDefaults.EXECUTOR_JAVA_OPTIONS));
        assertEquals("-Xss8m -XX:+UseG1GC -Xms3072m",
                SessionDefaults.apply(new SparkConf(false).set("spark.executor.memory", "3g")).get(SessionDefaults.EXECUTOR_JAVA_OPTIONS));
        assertEquals("-Xss8m -XX:+UseG1GC -Xms1200m",
                SessionDefaults.apply(new SparkConf(false).set("spark.executor.memory", "1200m")).get(SessionDefaults.EXECUTOR_JAVA_OPTIONS));
        // A bare number is MB to Spark, bytes to the JVM.
        assertEquals("-Xss8m -XX:+UseG1GC -Xms2048m",
                SessionDefaults.apply(new SparkConf(false).set("spark.executor.memory", "2048")).get(SessionDefaults.EXECUTOR_JAVA_OPTIONS));
        SparkConf given = new SparkConf(false).set(SessionDefaults.EXECUTOR_JAVA_OPTIONS, "-Xss16m").set("spark.executor.memory", "3g");
        assertEquals("-Xss16m", SessionDefaults.apply(given).get(SessionDefaults.EXECUTOR_JAVA_OPTIONS));
    }
}
