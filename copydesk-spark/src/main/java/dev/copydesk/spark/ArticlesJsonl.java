package dev.copydesk.spark;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes the job's article rows as JSON Lines, the input {@code copydesk ingest --analyzed} takes: a
 * directory of part files {@code part-00000.jsonl}, {@code part-00001.jsonl}, ... in input order, one
 * object per row with the fields of {@code copydesk analyze} (absent values left out), the links, and
 * {@code input}, {@code record} and {@code error}. Written by the executors in parallel into a hidden
 * directory that is renamed into place at the end, so a reader never sees half an output. Stateless.
 */
final class ArticlesJsonl {
    /** The directory's name under the job's output. */
    static final String NAME = "articles-jsonl";

    private ArticlesJsonl() {
    }

    /** Writes {@code rows} to {@code OUT/articles-jsonl}, replacing an earlier run's; returns the directory. */
    static String write(Dataset<Row> rows, String out, Configuration conf) throws IOException {
        Path target = new Path(out, NAME);
        Path tmp = new Path(out, "." + NAME + ".tmp");
        FileSystem fs = target.getFileSystem(conf);
        rows.write().mode(SaveMode.Overwrite).option("compression", "none").json(tmp.toString());
        // Spark names its parts part-NNNNN-<job uuid>-c000.json: keep the ordinal, and the name ingest reads.
        FileStatus[] parts = fs.listStatus(tmp, p -> p.getName().startsWith("part-") && p.getName().endsWith(".json"));
        Arrays.sort(parts, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus part : parts) {
            String name = part.getPath().getName();
            int ordinalEnd = name.indexOf('-', "part-".length());
            String renamed = (ordinalEnd < 0 ? name.substring(0, name.length() - ".json".length())
                    : name.substring(0, ordinalEnd)) + ".jsonl";
            if (!fs.rename(part.getPath(), new Path(tmp, renamed))) {
                throw new IOException("cannot rename " + part.getPath() + " to " + renamed);
            }
        }
        fs.delete(target, true);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
        return target.toString();
    }
}
