package dev.copydesk.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.ingest.InputError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
    /** How many analysis tasks a batch gives each core of the cluster, at most. */
    static final int TASKS_PER_CORE = 4;

    private final SparkSession spark;

    public SparkJob(SparkSession spark) {
        this.spark = Objects.requireNonNull(spark, "spark");
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
        InputListing.Listing listing = InputListing.list(config.inputs(), conf, config.out());
        BatchManifest manifest = BatchManifest.read(config.out(), conf);
        List<InputFile> pending = listing.files().stream().filter(f -> !manifest.isDone(f)).toList();
        int batches = 0;
        for (int from = 0; from < pending.size(); from += config.batchFiles()) {
            List<InputFile> chunk = pending.subList(from, Math.min(pending.size(), from + config.batchFiles()));
            analyse(chunk, manifest.nextBatch(), config, manifest);
            batches++;
        }

        Dataset<Row> analysed = current(listing.files(), manifest);
        List<InputError> errors = new ArrayList<>(listing.errors());
        List<ArticleFeatures> features = features(analysed, errors);
        DriverLinking.Result linked = DriverLinking.link(features);
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

        String storiesPath = null;
        String articlesJsonl = null;
        if (config.jsonl()) {
            storiesPath = new org.apache.hadoop.fs.Path(config.out(), "stories.jsonl").toString();
            StoriesJsonl.write(linked, storiesPath, conf);
            articlesJsonl = ArticlesJsonl.write(output, config.out(), conf);
        }
        int duplicates = (int) linked.byId().values().stream().filter(l -> l.isDuplicate()).count();
        return new SparkJobReport(listing.files().size(), listing.files().size() - pending.size(), batches,
                linked.linked().size(), linked.stories().size(), duplicates, errors, articlesPath, storiesPath, articlesJsonl);
    }

    /**
     * Analyses {@code files} in the executors and records the batch as finished. The files go to
     * {@link #TASKS_PER_CORE} tasks per core of the cluster (fewer when there are fewer files), of about equal
     * bytes: each task writes one Parquet file, so one task per file would cost a writer and a file per
     * input, and the batch ends with few cores idle.
     */
    private void analyse(List<InputFile> files, int batch, SparkJobConfig config, BatchManifest manifest)
            throws IOException {
        FileAnalysis analysis = new FileAnalysis(config.analysis(), batch);
        List<ArrayList<InputFile>> tasks = tasks(files, TASKS_PER_CORE * spark.sparkContext().defaultParallelism());
        JavaRDD<String> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(tasks, tasks.size())
                .flatMap(analysis::rows);
        spark.read().schema(ArticleSchema.ANALYSED).json(spark.createDataset(rows.rdd(), Encoders.STRING()))
                .write().mode(SaveMode.Overwrite).parquet(manifest.batchPath(batch));
        manifest.finish(batch, files);
    }

    /**
     * {@code files} in at most {@code count} groups of about equal bytes: the largest file first, each to the
     * group with the fewest bytes yet; in input order within a group.
     */
    static List<ArrayList<InputFile>> tasks(List<InputFile> files, int count) {
        int n = Math.max(1, Math.min(count, files.size()));
        List<ArrayList<InputFile>> groups = new ArrayList<>(n);
        long[] bytes = new long[n];
        for (int i = 0; i < n; i++) {
            groups.add(new ArrayList<>());
        }
        List<Integer> bySize = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            bySize.add(i);
        }
        bySize.sort(Comparator.<Integer>comparingLong(i -> files.get(i).size()).reversed().thenComparing(i -> i));
        int[] groupOf = new int[files.size()];
        for (int i : bySize) {
            int g = 0;
            for (int j = 1; j < n; j++) {
                if (bytes[j] < bytes[g]) {
                    g = j;
                }
            }
            groupOf[i] = g;
            bytes[g] += Math.max(1, files.get(i).size());
        }
        for (int i = 0; i < files.size(); i++) {
            groups.get(groupOf[i]).add(files.get(i));
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

    /** Collects what linking needs, in input order; error rows go to {@code errors}. */
    private static List<ArticleFeatures> features(Dataset<Row> analysed, List<InputError> errors) {
        List<Row> rows = new ArrayList<>(analysed.select("fileOrder", ArticleSchema.RECORD, ArticleSchema.INPUT, "id",
                "source", "title", "published", "text", ArticleSchema.ERROR, "entities", "diagnostics").collectAsList());
        rows.sort(Comparator.<Row>comparingInt(r -> r.getInt(0)).thenComparingInt(r -> r.getInt(1)));
        List<ArticleFeatures> features = new ArrayList<>(rows.size());
        for (Row r : rows) {
            if (!r.isNullAt(8)) {
                errors.add(new InputError(r.getString(4), r.getString(8)));
            } else {
                features.add(new ArticleFeatures(r.getString(2), r.getInt(1), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), analysed(r, 10) ? entities(r, 9) : null));
            }
        }
        return features;
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

    /** The entities column of {@code r} as the layer's annotations ({@code copydesk analyze}'s fields). */
    private static List<Entity> entities(Row r, int column) {
        if (r.isNullAt(column)) {
            return null;
        }
        List<Row> rows = r.getList(column);
        List<Entity> entities = new ArrayList<>(rows.size());
        for (Row e : rows) {
            entities.add(new Entity(e.getInt(e.fieldIndex("start")), e.getInt(e.fieldIndex("end")),
                    e.getString(e.fieldIndex("text")), EntityType.valueOf(e.getString(e.fieldIndex("type"))),
                    e.getString(e.fieldIndex("canonical"))));
        }
        return entities;
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
