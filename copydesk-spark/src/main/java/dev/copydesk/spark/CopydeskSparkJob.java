package dev.copydesk.spark;

import dev.copydesk.clean.Cleaner;
import dev.copydesk.ingest.InputError;
import dev.copydesk.pipeline.AnalysisConfig;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk spark}: the {@link SparkJob} from the command line, and the main class for
 * {@code spark-submit --class dev.copydesk.spark.CopydeskSparkJob copydesk-spark-job.jar}. Only parses,
 * runs the job and reports: a summary on standard output, each error row on standard error (capped).
 * Exit codes: 0 every input became a linked article, 1 some input failed (see standard error), 2 usage error.
 * A first argument {@code bench} runs {@link SparkBench} instead (an input directory named {@code bench} is
 * then given as {@code ./bench}).
 */
@Command(name = "copydesk spark",
        description = {
            "Read, clean and analyse articles on Apache Spark, link duplicates and group stories over the whole input, "
                    + "and write one Parquet row per article (OUT/articles; the columns of 'copydesk analyze' plus "
                    + "story, storyLabel, duplicateOf, similarity, differingParagraphs, input, record and error).",
            "Reads what 'copydesk ingest' reads (text, HTML, WARC, JSON Lines, gzip; directories recursively) from "
                    + "any Hadoop file system path. Bad input is a row with an error, never a failed job. Running again "
                    + "over the same OUT analyses only the input files no earlier run finished."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input became a linked article", "1:some input failed (see standard error)", "2:usage error"})
public final class CopydeskSparkJob implements Callable<Integer> {
    /** How many error rows the command lists before it only counts them. */
    static final int ERRORS_SHOWN = 20;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files and directories (read recursively), on any Hadoop file system.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (an earlier run's is resumed).")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. spark://host:7077 (default: spark-submit's, else local[*]: this machine, no install).")
    String master;

    @Option(names = "--jsonl", description = "Also write OUT/stories.jsonl (the links, as 'copydesk stories' writes them) and OUT/articles-jsonl/ "
                    + "(the articles as JSON Lines, for 'copydesk ingest --analyzed').")
    boolean jsonl;

    @Option(names = "--clean", defaultValue = "auto", paramLabel = "MODE",
            description = "auto: remove boilerplate; none: the input text is already clean and is kept exactly (default: ${DEFAULT-VALUE}).")
    Cleaner.Mode mode;

    @Option(names = "--batch-files", defaultValue = "" + SparkJobConfig.DEFAULT_BATCH_FILES, paramLabel = "N",
            description = "Input files per analysis batch; a killed job loses at most one batch (default: ${DEFAULT-VALUE}).")
    int batchFiles;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SparkJobConfig config;
        try {
            config = SparkJobConfig.of(inputs, out).withJsonl(jsonl)
                    .withAnalysis(AnalysisConfig.defaults().withCleanMode(mode)).withBatchFiles(batchFiles);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SparkConf conf = new SparkConf().setAppName("copydesk");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        } else {
            // Run by ./copydesk spark rather than spark-submit: the executors need Copydesk's classes too.
            String jar = jobJar();
            if (jar != null) {
                conf.setIfMissing("spark.jars", jar);
            }
        }
        // The executors' JVM options among them (CoreNLP's parsers recurse deeply: -Xss8m, as ./copydesk runs with).
        SessionDefaults.apply(conf);
        long started = System.nanoTime();
        SparkJobReport report;
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            PrintWriter progress = spec.commandLine().getErr();
            report = new SparkJob(spark, line -> {
                progress.println("copydesk: " + line);
                progress.flush();
            }).run(config);
        } finally {
            spark.stop();
        }
        PrintWriter err = spec.commandLine().getErr();
        List<InputError> errors = report.errors();
        errors.stream().limit(ERRORS_SHOWN).forEach(e -> err.println("copydesk: " + e.source() + ": " + e.message()));
        if (errors.size() > ERRORS_SHOWN) {
            err.println("copydesk: … and " + (errors.size() - ERRORS_SHOWN) + " more errors (column error in the Parquet output)");
        }
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d input files (%d done before, %d batches analysed now): %d articles in %d stories, "
                        + "%d duplicates, %d errors, %.1f s%n", report.files(), report.skipped(), report.batches(),
                report.articles(), report.stories(), report.duplicates(), errors.size(),
                (System.nanoTime() - started) / 1e9);
        o.println("articles: " + report.articlesPath());
        if (report.storiesPath() != null) {
            o.println("stories:  " + report.storiesPath());
            o.println("articles as JSON Lines: " + report.articlesJsonl() + " (copydesk ingest --analyzed takes it)");
        }
        o.flush();
        return errors.isEmpty() ? 0 : 1;
    }

    /** The jar this class was loaded from, or {@code null} when it was not loaded from a jar. */
    static String jobJar() {
        try {
            java.security.CodeSource source = CopydeskSparkJob.class.getProtectionDomain().getCodeSource();
            String path = source == null ? null : java.nio.file.Path.of(source.getLocation().toURI()).toString();
            return path != null && path.endsWith(".jar") ? path : null;
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The command line with Copydesk's exit-code conventions: 0 ok, 1 failure, 2 usage error. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new CopydeskSparkJob()));
    }

    /** Sets Copydesk's exit codes and error reporting on {@code cl}. */
    static CommandLine configure(CommandLine cl) {
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("copydesk: error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (System.getenv("COPYDESK_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return 1;
        });
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Runs the job, or {@code copydesk spark bench} ({@link SparkBench}) when the first argument is {@code bench}. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(SparkBench.commandLine().execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(commandLine().execute(args));
    }
}
