package dev.copydesk.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on this machine, for the cluster tests and {@code copydesk spark bench}:
 * a master and workers as separate JVMs on 127.0.0.1, each worker with one core, its executors started
 * from a SPARK_HOME whose {@code jars/} holds Spark's class path (the module's {@code target/lib}).
 * Workers can be added while it runs. Pinned, a worker's one core is a real one: worker {@code i} and its
 * executors run on CPU {@code i} (modulo the CPUs) alone, JIT compiler and garbage collector included, as on
 * a one-core machine; unpinned, {@code --cores 1} only limits the tasks Spark gives it at once. Closing it kills every JVM it started. Not thread-safe.
 */
final class StandaloneCluster implements AutoCloseable {
    /** What a cluster is built from: the files {@code ./copydesk spark} runs with. */
    record Parts(Path lib, Path jobJar, Path jvmOptions) {
        /**
         * The files of the module at {@code module}: {@code target/lib} (Spark's jars), the job jar
         * {@code target/copydesk-spark-job.jar} and the launcher's {@code src/main/launcher/jvm.options}.
         *
         * @throws IllegalStateException naming what is missing and how to build it
         */
        static Parts of(Path module) {
            Parts f = new Parts(module.resolve("target/lib"), module.resolve("target/copydesk-spark-job.jar"),
                    module.resolve("src/main/launcher/jvm.options"));
            List<String> missing = new ArrayList<>();
            if (!Files.isDirectory(f.lib())) {
                missing.add(f.lib().toString());
            }
            if (!Files.isRegularFile(f.jobJar())) {
                missing.add(f.jobJar().toString());
            }
            if (!Files.isRegularFile(f.jvmOptions())) {
                missing.add(f.jvmOptions().toString());
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("a standalone cluster needs the Spark module's packaged files, missing: "
                        + String.join(", ", missing) + " (build them with ./copydesk spark --help, or ./mvnw -pl "
                        + "copydesk-spark -am package; --no-cluster skips the cluster)");
            }
            return f;
        }

        /**
         * The files of the module this class runs from, as {@code ./copydesk spark} lays them out: the job
         * jar in {@code MODULE/target}; the system property {@code copydesk.spark.module} names the module
         * directory instead when set.
         *
         * @throws IllegalStateException when the module cannot be found or its files are missing
         */
        static Parts find() {
            String module = System.getProperty("copydesk.spark.module");
            if (module != null) {
                return of(Path.of(module));
            }
            Path jar = CopydeskSparkJob.jobJar() == null ? null : Path.of(CopydeskSparkJob.jobJar());
            if (jar == null || jar.getParent() == null || jar.getParent().getParent() == null) {
                throw new IllegalStateException("a standalone cluster needs Copydesk's Spark job jar, but this program "
                        + "was not started from it: run ./copydesk spark bench, set -Dcopydesk.spark.module=DIR, or "
                        + "give --no-cluster");
            }
            return of(jar.getParent().getParent());
        }
    }

    private final Path dir;
    private final Path home;
    private final Path logs;
    private final List<String> jvmOptions;
    private final String workerMemory;
    private final boolean pin;
    private final int masterPort;
    private final int masterUiPort;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    private StandaloneCluster(Path dir, Path home, Path logs, List<String> jvmOptions, String workerMemory, boolean pin)
            throws IOException {
        this.pin = pin && CpuPinning.available();
        this.dir = dir;
        this.home = home;
        this.logs = logs;
        this.jvmOptions = jvmOptions;
        this.workerMemory = workerMemory;
        this.masterPort = freePort();
        this.masterUiPort = freePort();
        this.master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUiPort));
    }

    /**
     * Starts a master and {@code workers} workers (2 GB each to hand out) and waits until all have registered.
     *
     * @param lib        Spark's jars
     * @param jvmOptions the JVM options Spark needs (module openings)
     * @param dir        a scratch directory for SPARK_HOME, the workers' work directories and logs
     */
    static StandaloneCluster start(Path lib, Path jvmOptions, Path dir, int workers) throws IOException, InterruptedException {
        return start(lib, jvmOptions, dir, workers, "2g", false);
    }

    /**
     * Starts a master and {@code workers} workers and waits until all have registered.
     *
     * @param workerMemory the memory each worker hands out to executors, in Spark's notation ({@code 2g})
     * @param pin          whether to pin each worker to a CPU of its own ({@link CpuPinning}), where possible
     */
    static StandaloneCluster start(Path lib, Path jvmOptions, Path dir, int workers, String workerMemory, boolean pin)
            throws IOException, InterruptedException {
        Path home = dir.resolve("spark-home");
        Path jars = home.resolve("jars");
        Files.createDirectories(jars);
        try (Stream<Path> s = Files.list(lib)) {
            for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Path link = jars.resolve(jar.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, jar.toAbsolutePath());
                }
            }
        }
        Path logs = Files.createDirectories(dir.resolve("logs"));
        List<String> options = Files.readAllLines(jvmOptions).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        StandaloneCluster cluster = new StandaloneCluster(dir, home, logs, options, workerMemory, pin);
        try {
            for (int i = 0; i < workers; i++) {
                cluster.startWorker();
            }
            cluster.awaitWorkers(workers, Duration.ofMinutes(2));
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The master's URL, {@code spark://127.0.0.1:PORT}. */
    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** Kills worker {@code i} and every process it started (its executors), as a machine failing would. */
    void killWorker(int i) throws InterruptedException {
        Process w = workers.get(i);
        w.descendants().forEach(ProcessHandle::destroyForcibly);
        w.destroyForcibly();
        w.waitFor();
    }

    /** How many workers this cluster started (killed ones included). */
    int workers() {
        return workers.size();
    }

    /** Whether its workers are pinned to a CPU each. */
    boolean pinned() {
        return pin;
    }

    /** Starts one more one-core worker and waits until the master counts it among the live workers. */
    void addWorker() throws IOException, InterruptedException {
        startWorker();
        awaitWorkers(liveWorkers(), Duration.ofMinutes(2));
    }

    private int liveWorkers() {
        return (int) workers.stream().filter(Process::isAlive).count();
    }

    private void startWorker() throws IOException {
        Path workDir = Files.createDirectories(dir.resolve("work-" + workers.size()));
        int cpu = pin ? workers.size() % CpuPinning.CPUS : -1;
        workers.add(start("worker-" + workers.size(), cpu, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "1", "--memory", workerMemory, "--webui-port", String.valueOf(freePort()),
                "--work-dir", workDir.toString(), masterUrl()));
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        return start(name, -1, mainClass, args);
    }

    /** Starts a JVM; on CPU {@code cpu} alone (it and its children, with {@code taskset}) when that is 0 or more. */
    private Process start(String name, int cpu, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (cpu >= 0) {
            command.addAll(List.of(CpuPinning.TASKSET.toString(), "-c", String.valueOf(cpu)));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(home.resolve("jars") + File.separator + "*");
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.redirectErrorStream(true);
        pb.redirectOutput(logs.resolve(name + ".log").toFile());
        return pb.start();
    }

    private void awaitWorkers(int count, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!master.isAlive()) {
                throw new IOException("the Spark master stopped; its log:\n" + logTails());
            }
            try {
                Matcher m = alive.matcher(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                if (m.find() && Integer.parseInt(m.group(1)) >= count) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException(count + " Spark workers did not register within " + timeout + "; their logs:\n" + logTails());
    }

    /** The last lines of every log, for a failure message (the scratch directory goes with the caller's). */
    String logTails() {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.list(logs)) {
            for (Path log : s.sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                b.append("== ").append(log.getFileName()).append('\n');
                lines.subList(Math.max(0, lines.size() - 15), lines.size()).forEach(l -> b.append(l).append('\n'));
            }
        } catch (IOException e) {
            b.append("(cannot read the logs: ").append(e).append(")\n");
        }
        return b.toString();
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process w : workers) {
            w.descendants().forEach(all::add);
            all.add(w.toHandle());
        }
        all.add(master.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // gone or going: nothing more to do
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
