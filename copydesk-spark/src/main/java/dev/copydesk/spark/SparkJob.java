package dev.copydesk.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import dev.copydesk.ingest.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;

/**
 * Copydesk's ingest on Spark: lists the inputs on any Hadoop file system, reads, cleans and analyses
 * the input files in tasks of a few files each (stages built once per executor), links duplicates and groups stories on the
 * driver over the whole input in input order (so the links equal the single-machine
 * {@link dev.copydesk.link.Linker}'s), and writes one Parquet row per article to {@code OUT/articles}
 * ({@link ArticleSchema#OUTPUT}) and, when asked, {@code OUT/stories.jsonl} and the same rows as JSON Lines
 * ({@link ArticlesJsonl}), for {@code copydesk ingest --analyzed}.
 *
 * <p>Bad input is a row with {@code error}, never a failed job. The job resumes: analysis goes in batches
 * of input files ({@link BatchManifest}), and a rerun over the same output analyses only the files no
 * finished batch holds, then links and writes the whole output again.
 *
 * <p>Runs on the driver; a job object holds no state between runs and may be reused.
 */
public final class SparkJob {
    private static final StructType LINKS = new StructType()
            .add(ArticleSchema.INPUT, DataTypes.StringType).add(ArticleSchema.RECORD, DataTypes.IntegerType)
            .add("linkedId", DataTypes.StringType).add("story", DataTypes.StringType).add("storyLabel", DataTypes.StringType)
            .add("duplicateOf", DataTypes.StringType).add("similarity", DataTypes.DoubleType)
            .add("differingParagraphs", DataTypes.createArrayType(DataTypes.IntegerType));
    private static final StructType FILES = new StructType()
            .add(ArticleSchema.INPUT, DataTypes.StringType).add(ArticleSchema.BATCH, DataTypes.IntegerType)
            .add("fileOrder", DataTypes.IntegerType);

    /** About how many rows one Parquet part of the output holds (articles with annotations: some 100 MB). */
    static final int ROWS_PER_PART = 5_000;
    /** How many analysis batches run at once: two, so that no core waits for the end of a batch. */
    static final int BATCHES_IN_FLIGHT = 2;
    /** How many analysis tasks a batch gives each core of the cluster, at most. */
    static final int TASKS_PER_CORE = 4;

    private final SparkSession spark;
    private final Consumer<String> progress;

    public SparkJob(SparkSession spark) {
        this(spark, line -> { });
    }

    /** A job that tells {@code progress} each step it finishes, with its time (one line each, no line break). */
    public SparkJob(SparkSession spark, Consumer<String> progress) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    private long step(long since, String format, Object... args) {
        long now = System.nanoTime();
        progress.accept(String.format(Locale.ROOT, format, args) + String.format(Locale.ROOT, " (%.1f s)", (now - since) / 1e9));
        return now;
    }

    /** Runs the job; throws only when the output cannot be written (nothing after that could be kept). */
    public SparkJobReport run(SparkJobConfig config) {
        try {
            return runChecked(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SparkJobReport runChecked(SparkJobConfig config) throws IOException {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        long t = System.nanoTime();
        InputListing.Listing listing = InputListing.list(config.inputs(), conf, config.out());
        BatchManifest manifest = BatchManifest.read(config.out(), conf);
        List<InputFile> pending = listing.files().stream().filter(f -> !manifest.isDone(f)).toList();
        int total = (pending.size() + config.batchFiles() - 1) / config.batchFiles();
        t = step(t, "listed %d input files, %d to analyse in %d batches", listing.files().size(), pending.size(), total);
        List<LinkRow> handed = Collections.synchronizedList(new ArrayList<>());
        int batches = analyseAll(pending, total, config, manifest, handed);
        t = step(t, "analysis done: %d files in %d batches", pending.size(), batches);

        Dataset<Row> analysed = current(listing.files(), manifest);
        List<InputError> errors = new ArrayList<>(listing.errors());
        int fromTasks = handed.size();
        List<LinkRow> rows = new ArrayList<>(handed);
        handed.clear(); // what is taken is let go: the driver holds each article once
        List<InputFile> earlier = earlier(listing.files(), pending, manifest);
        if (!earlier.isEmpty()) {
            rows.addAll(read(current(earlier, manifest)));
        }
        List<ArticleFeatures> features = LinkRow.inOrder(rows, fileOrder(listing.files()), errors);
        t = step(t, "gathered %d articles for linking (%d rows from the analysis tasks, %d read back from earlier batches)",
                features.size(), fromTasks, rows.size() - fromTasks);
        DriverLinking.Result linked = DriverLinking.link(features);
        t = step(t, "linked: %d stories", linked.stories().size());
        List<Row> linkRows = new ArrayList<>();
        for (DriverLinking.Link l : linked.links()) {
            linkRows.add(RowFactory.create(l.input(), l.record(), l.id(), l.story(), l.storyLabel(), l.duplicateOf(),
                    l.similarity(), l.differingParagraphs().toArray()));
        }
        Dataset<Row> links = spark.createDataFrame(linkRows, LINKS);
        // The links are small: broadcast them rather than shuffle the articles; then one range shuffle puts
        // the rows in input order, in parts of about ROWS_PER_PART rows; one part needs no shuffle (one task
        // reads the batches and writes the part, a Spark stage less).
        int parts = Math.max(1, (features.size() + ROWS_PER_PART - 1) / ROWS_PER_PART);
        Dataset<Row> joined = analysed.join(broadcast(links), scala(ArticleSchema.INPUT, ArticleSchema.RECORD), "left_outer");
        Dataset<Row> output = (parts == 1 ? joined.coalesce(1) : joined.repartitionByRange(parts, col("fileOrder"), col(ArticleSchema.RECORD)))
                .sortWithinPartitions(col("fileOrder"), col(ArticleSchema.RECORD))
                .select(outputColumns())
                .unionByName(listingErrors(listing.errors()));
        String articlesPath = new org.apache.hadoop.fs.Path(config.out(), "articles").toString();
        output.write().mode(SaveMode.Overwrite).parquet(articlesPath);
        t = step(t, "wrote %s", articlesPath);

        String storiesPath = null;
        String articlesJsonl = null;
        if (config.jsonl()) {
            storiesPath = new org.apache.hadoop.fs.Path(config.out(), "stories.jsonl").toString();
            StoriesJsonl.write(linked, storiesPath, conf);
            articlesJsonl = ArticlesJsonl.write(output, config.out(), conf);
            step(t, "wrote %s and %s", storiesPath, articlesJsonl);
        }
        int duplicates = (int) linked.byId().values().stream().filter(l -> l.isDuplicate()).count();
        return new SparkJobReport(listing.files().size(), listing.files().size() - pending.size(), batches,
                linked.linked().size(), linked.stories().size(), duplicates, errors, articlesPath, storiesPath, articlesJsonl);
    }

    /**
     * Analyses {@code pending} in batches of {@code config.batchFiles()}, {@link #BATCHES_IN_FLIGHT} at a time
     * (Spark runs the jobs first come, first served, so the next batch's tasks take the cores the last tasks of
     * the one before leave idle); returns how many batches it analysed. A batch that fails does not stop the
     * others; the first failure is thrown once all have ended, and the batches that finished are kept.
     */
    private int analyseAll(List<InputFile> pending, int total, SparkJobConfig config, BatchManifest manifest,
                           List<LinkRow> handed) throws IOException {
        if (pending.isEmpty()) {
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(BATCHES_IN_FLIGHT, r -> {
            Thread thread = new Thread(r, "copydesk-batch");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<?>> running = new ArrayList<>();
        AtomicInteger finished = new AtomicInteger();
        long started = System.nanoTime();
        try {
            for (int from = 0; from < pending.size(); from += config.batchFiles()) {
                List<InputFile> chunk = pending.subList(from, Math.min(pending.size(), from + config.batchFiles()));
                int batch = manifest.reserveBatch();
                running.add(pool.submit(() -> {
                    spark.sparkContext().setJobDescription("copydesk: analyse batch " + batch + " (" + chunk.size() + " files)");
                    handed.addAll(analyse(chunk, batch, config, manifest));
                    progress.accept(String.format(Locale.ROOT, "analysed %d of %d batches (batch %d: %d files), %.1f s since the first began",
                            finished.incrementAndGet(), total, batch, chunk.size(), (System.nanoTime() - started) / 1e9));
                    return null;
                }));
            }
            Throwable failure = null;
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while analysing", e);
                }
            }
            if (failure instanceof IOException io) {
                throw io;
            } else if (failure instanceof RuntimeException r) {
                throw r;
            } else if (failure instanceof Error err) {
                throw err;
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            }
        } finally {
            pool.shutdownNow();
        }
        return running.size();
    }

    /**
     * Analyses {@code files} in the executors and records the batch as finished. The files go to
     * {@link #TASKS_PER_CORE} tasks per core of the cluster (fewer when there are fewer files), of about equal
     * bytes: each task writes one Parquet file, so one task per file would cost a writer and a file per
     * input, and the batch ends with few cores idle. A file bigger than a task's share (and than
     * {@link SparkJobConfig#sliceBytes}) is cut in slices that several tasks share ({@link FileSlice}). Returns
     * what linking needs of the batch's rows, which the tasks hand over as they write them.
     */
    private List<LinkRow> analyse(List<InputFile> files, int batch, SparkJobConfig config, BatchManifest manifest)
            throws IOException {
        // Unnamed: Spark keeps a named accumulator's values per task for its UI, and these hold the articles' text.
        CollectionAccumulator<LinkRow> linkRows = new CollectionAccumulator<>();
        spark.sparkContext().register(linkRows);
        FileAnalysis analysis = new FileAnalysis(config.analysis(), batch, linkRows);
        List<ArrayList<FileSlice>> tasks = tasks(files, TASKS_PER_CORE * spark.sparkContext().defaultParallelism(),
                config.sliceBytes());
        JavaRDD<String> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(tasks, tasks.size())
                .flatMap(analysis::slices);
        spark.read().schema(ArticleSchema.ANALYSED).json(spark.createDataset(rows.rdd(), Encoders.STRING()))
                .write().mode(SaveMode.Overwrite).parquet(manifest.batchPath(batch));
        manifest.finish(batch, files);
        return List.copyOf(linkRows.value());
    }

    /**
     * {@code files} in at most {@code count} tasks of about equal bytes. A file over a task's share of the bytes
     * and over {@code sliceBytes} is first cut in as many {@link FileSlice}s as shares it holds (at most
     * {@code count}); then the largest slice first goes to the task with the fewest bytes yet; in input order
     * within a task.
     */
    static List<ArrayList<FileSlice>> tasks(List<InputFile> files, int count, long sliceBytes) {
        int most = Math.max(1, count);
        long total = 0;
        for (InputFile f : files) {
            total += Math.max(1, f.size());
        }
        long share = Math.max(1, total / most);
        List<FileSlice> slices = new ArrayList<>();
        for (InputFile f : files) {
            int of = 1;
            if (f.size() > sliceBytes && f.size() > share) {
                of = (int) Math.min(most, (f.size() + share - 1) / share);
            }
            for (int i = 0; i < of; i++) {
                slices.add(new FileSlice(f, i, of));
            }
        }
        int n = Math.min(most, slices.size());
        List<ArrayList<FileSlice>> groups = new ArrayList<>(n);
        long[] bytes = new long[n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>());
        }
        List<Integer> bySize = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            bySize.add(i);
        }
        bySize.sort(Comparator.<Integer>comparingLong(i -> slices.get(i).bytes()).reversed().thenComparing(i -> i));
        int[] groupOf = new int[slices.size()];
        for (int i : bySize) {
            int g = 0;
            for (int j = 1; j < n; j++) {
                if (bytes[j] < bytes[g]) {
                    g = j;
                }
            }
            groupOf[i] = g;
            bytes[g] += slices.get(i).bytes();
        }
        for (int i = 0; i < slices.size(); i++) {
            groups.get(groupOf[i]).add(slices.get(i));
        }
        groups.removeIf(List::isEmpty);
        return groups;
    }

    /** The rows of the current version of every listed file, with the file's place in the input order. */
    private Dataset<Row> current(List<InputFile> files, BatchManifest manifest) {
        List<Row> wanted = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            InputFile f = files.get(i);
            if (manifest.isDone(f)) {
                wanted.add(RowFactory.create(f.source(), manifest.batchOf(f), i));
            }
        }
        List<String> paths = manifest.batchPaths(files);
        Dataset<Row> rows = paths.isEmpty() ? spark.createDataFrame(List.of(), ArticleSchema.ANALYSED)
                : spark.read().schema(ArticleSchema.ANALYSED).parquet(paths.toArray(String[]::new));
        return rows.join(broadcast(spark.createDataFrame(wanted, FILES)),
                scala(ArticleSchema.INPUT, ArticleSchema.BATCH));
    }

    /**
     * The listed files whose rows a batch of an earlier run holds: linking reads theirs back from Parquet, while the
     * rows this run analysed ({@code pending}) came as their tasks handed them over.
     */
    private static List<InputFile> earlier(List<InputFile> files, List<InputFile> pending, BatchManifest manifest) {
        Set<String> analysedNow = new HashSet<>();
        pending.forEach(f -> analysedNow.add(f.source()));
        return files.stream().filter(f -> manifest.isDone(f) && !analysedNow.contains(f.source())).toList();
    }

    /** Each listed file's place in the input order, by its source. */
    private static Map<String, Integer> fileOrder(List<InputFile> files) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            order.put(files.get(i).source(), i);
        }
        return order;
    }

    /**
     * What linking needs of {@code analysed}'s rows, read from their Parquet. Of the entities, only their canonical
     * names come to the driver (a quarter of the bytes), as story grouping reads nothing else.
     */
    private static List<LinkRow> read(Dataset<Row> analysed) {
        List<Row> rows = analysed.select(col(ArticleSchema.RECORD), col(ArticleSchema.INPUT),
                col("id"), col("source"), col("title"), col("published"), col("text"), col(ArticleSchema.ERROR),
                col("entities.canonical"), col("diagnostics")).collectAsList();
        List<LinkRow> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (!r.isNullAt(7)) {
                out.add(LinkRow.error(r.getString(1), r.getInt(0), r.getString(3), r.getString(7)));
            } else {
                out.add(new LinkRow(r.getString(1), r.getInt(0), new ArticleFeatures(r.getString(1), r.getInt(0), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        analysed(r, 9) && !r.isNullAt(8) ? r.<String>getList(8) : null), null, null));
            }
        }
        return out;
    }

    /**
     * Whether the article of {@code r} was analysed: not when a diagnostic says its text was over the analysis
     * limit (its layers are then written empty, but it links on its words alone, as in {@code copydesk stories}).
     */
    private static boolean analysed(Row r, int diagnostics) {
        if (r.isNullAt(diagnostics)) {
            return true;
        }
        for (Row d : r.<Row>getList(diagnostics)) {
            if (FileAnalysis.NOT_ANALYSED.equals(d.getString(d.fieldIndex("code")))) {
                return false;
            }
        }
        return true;
    }

    private Dataset<Row> listingErrors(List<InputError> errors) {
        List<Row> rows = new ArrayList<>();
        for (InputError e : errors) {
            Object[] values = new Object[ArticleSchema.OUTPUT.fields().length];
            values[ArticleSchema.OUTPUT.fieldIndex("source")] = e.source();
            values[ArticleSchema.OUTPUT.fieldIndex(ArticleSchema.INPUT)] = e.source();
            values[ArticleSchema.OUTPUT.fieldIndex(ArticleSchema.ERROR)] = e.message();
            rows.add(RowFactory.create(values));
        }
        return spark.createDataFrame(rows, ArticleSchema.OUTPUT);
    }

    private static Column[] outputColumns() {
        List<Column> columns = new ArrayList<>();
        for (String name : ArticleSchema.OUTPUT.fieldNames()) {
            // An article linked under another id (its id repeated an earlier one's) gets that id.
            columns.add(name.equals("id") ? coalesce(col("linkedId"), col("id")).as("id") : col(name));
        }
        return columns.toArray(Column[]::new);
    }

    private static scala.collection.immutable.Seq<String> scala(String... names) {
        return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
    }
}
