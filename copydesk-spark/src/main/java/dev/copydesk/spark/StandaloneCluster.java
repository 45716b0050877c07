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
 * A real Spark standalone cluster on this machine for tests: a master and workers as separate JVMs on
 * 127.0.0.1, each worker with one core, its executors started from a SPARK_HOME whose {@code jars/}
 * holds Spark's class path (the module's {@code target/lib}). Closing it kills every JVM it started.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path home;
    private final Path logs;
    private final List<String> jvmOptions;
    private final int masterPort;
    private final int masterUiPort;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();

    private StandaloneCluster(Path home, Path logs, List<String> jvmOptions) throws IOException {
        this.home = home;
        this.logs = logs;
        this.jvmOptions = jvmOptions;
        this.masterPort = freePort();
        this.masterUiPort = freePort();
        this.master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUiPort));
    }

    /**
     * Starts a master and {@code workers} workers and waits until all have registered.
     *
     * @param lib        Spark's jars
     * @param jvmOptions the JVM options Spark needs (module openings)
     * @param dir        a scratch directory for SPARK_HOME, the workers' work directories and logs
     */
    static StandaloneCluster start(Path lib, Path jvmOptions, Path dir, int workers) throws IOException, InterruptedException {
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
        StandaloneCluster cluster = new StandaloneCluster(home, logs, options);
        try {
            for (int i = 0; i < workers; i++) {
                cluster.addWorker(dir.resolve("work-" + i));
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

    private void addWorker(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        workers.add(start("worker-" + workers.size(), "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                "--cores", "1", "--memory", "2g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", workDir.toString(), masterUrl()));
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
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

    /** The last lines of every log, for a failure message (the scratch directory goes with the test). */
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
        for (Process w : workers) {
            w.descendants().forEach(ProcessHandle::destroyForcibly);
            w.destroyForcibly();
        }
        master.destroyForcibly();
    }
}
