package dev.copydesk.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What earlier runs over an output directory finished, so that a killed or repeated job resumes: the
 * executors' rows go to {@code OUT/_analysed/batch-NNNNN/} (Parquet), and only once that write has
 * committed does {@code OUT/_analysed/batch-NNNNN.done} list the input files it holds (source, size,
 * modification time, one per line). A batch without its {@code .done} file was cut short and does not
 * count: its files are analysed again. A file that changed since (size or modification time) is
 * analysed again too, and its newest batch is the one that counts.
 *
 * <p>Thread-safe (the driver analyses a few batches at once, each finishing on its own thread); the driver
 * alone reads and writes it.
 */
final class BatchManifest {
    private static final String DONE = ".done";

    private final FileSystem fs;
    private final Path dir;
    /** The newest finished batch holding each input file, by source. */
    private final Map<String, Entry> finished = new HashMap<>();
    private int lastBatch;

    /** A finished input file and the batch that holds its rows. */
    record Entry(InputFile file, int batch) {
    }

    private BatchManifest(FileSystem fs, Path dir) {
        this.fs = fs;
        this.dir = dir;
    }

    /** Reads the manifest under {@code out} (none yet is an empty manifest). */
    static BatchManifest read(String out, Configuration conf) throws IOException {
        Path dir = new Path(out, "_analysed");
        BatchManifest m = new BatchManifest(dir.getFileSystem(conf), dir);
        if (!m.fs.exists(dir)) {
            return m;
        }
        TreeMap<Integer, Path> done = new TreeMap<>();
        for (FileStatus s : m.fs.listStatus(dir)) {
            String name = s.getPath().getName();
            int batch = batchNumber(name);
            if (batch > 0) {
                m.lastBatch = Math.max(m.lastBatch, batch);
                if (name.endsWith(DONE)) {
                    done.put(batch, s.getPath());
                }
            }
        }
        for (Map.Entry<Integer, Path> e : done.entrySet()) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(m.fs.open(e.getValue()), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 4) {
                        InputFile file = new InputFile(f[0], f[3], Long.parseLong(f[1]), Long.parseLong(f[2]));
                        m.finished.put(file.source(), new Entry(file, e.getKey()));
                    }
                }
            }
        }
        return m;
    }

    /** Whether {@code file}, unchanged, is in a finished batch. */
    synchronized boolean isDone(InputFile file) {
        Entry e = finished.get(file.source());
        return e != null && e.file().sameVersion(file);
    }

    /** The batch holding {@code file}'s rows; only for a file that {@link #isDone}. */
    synchronized int batchOf(InputFile file) {
        return finished.get(file.source()).batch();
    }

    /** The number for a new batch, above every batch there is (finished, begun or reserved before). */
    synchronized int reserveBatch() {
        return ++lastBatch;
    }

    /** Where batch {@code batch}'s rows go. */
    String batchPath(int batch) {
        return new Path(dir, name(batch)).toString();
    }

    /** Records that batch {@code batch}, whose rows are written, holds {@code files}. */
    synchronized void finish(int batch, Collection<InputFile> files) throws IOException {
        StringBuilder text = new StringBuilder();
        for (InputFile f : files) {
            if (f.source().contains("\t") || f.source().contains("\n")) {
                throw new IOException("an input name holds a tab or a line break: " + f.source());
            }
            text.append(f.source()).append('\t').append(f.size()).append('\t').append(f.modified())
                    .append('\t').append(f.uri()).append('\n');
        }
        Path tmp = new Path(dir, "." + name(batch) + DONE + ".tmp");
        try (Writer w = new OutputStreamWriter(fs.create(tmp, true), StandardCharsets.UTF_8)) {
            w.write(text.toString());
        }
        Path done = new Path(dir, name(batch) + DONE);
        if (!fs.rename(tmp, done)) {
            throw new IOException("cannot rename " + tmp + " to " + done);
        }
        for (InputFile f : files) {
            finished.put(f.source(), new Entry(f, batch));
        }
        lastBatch = Math.max(lastBatch, batch);
    }

    /** The finished batches that hold rows of {@code files}, in order. */
    synchronized List<String> batchPaths(Collection<InputFile> files) {
        List<String> paths = new ArrayList<>();
        files.stream().filter(this::isDone).map(this::batchOf).distinct().sorted()
                .forEach(b -> paths.add(batchPath(b)));
        return paths;
    }

    private static String name(int batch) {
        return String.format(java.util.Locale.ROOT, "batch-%05d", batch);
    }

    /** The batch number of {@code batch-NNNNN} or {@code batch-NNNNN.done}, else 0. */
    private static int batchNumber(String name) {
        Objects.requireNonNull(name);
        if (!name.startsWith("batch-")) {
            return 0;
        }
        String digits = name.endsWith(DONE) ? name.substring(6, name.length() - DONE.length()) : name.substring(6);
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
