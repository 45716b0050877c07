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
}
