package dev.copydesk.spark;

import dev.copydesk.clean.Cleaner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The benchmark's side of a {@link BenchRunner}: starts a JVM with this one's class path and options (less any
 * agent or flight recording) for one local configuration, waits until it has warmed up, asks it for timed runs
 * and reads their figures. Its standard error goes to this JVM's; lines on its standard output that are not
 * the runner's go to {@code err}. Not thread-safe: one caller.
 */
final class BenchChild implements AutoCloseable {
    /** How long a runner may take to warm up, or to do one run, before the benchmark gives up on it. */
    static final long PATIENCE_MINUTES = 30;
    private static final List<String> END = List.of("end");

    private final String kind;
    private final Process process;
    private final Writer commands;
    private final BlockingQueue<List<String>> replies = new LinkedBlockingQueue<>();

    private BenchChild(String kind, Process process, Consumer<String> steps, PrintWriter err) {
        this.kind = kind;
        this.process = process;
        this.commands = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> read(steps, err), "copydesk-bench-" + kind);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts the runner of {@code kind} ({@link BenchRunner#KINDS}), its runs pinned to {@code pin} ({@code null}:
     * not pinned); it warms up with {@code warmUps} untimed runs at least.
     */
    static BenchChild start(String kind, String pin, Cleaner.Mode mode, int warmUps, boolean steps, List<String> inputs,
                            Path work, Consumer<String> stepLines, PrintWriter err) throws IOException {
        Path argFile = work.resolve("runner-" + kind + ".args");
        Files.writeString(argFile, "-cp " + quoted(System.getProperty("java.class.path")) + "\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.add("@" + argFile);
        command.add(BenchRunner.class.getName());
        command.addAll(List.of(kind, pin == null ? "-" : pin, mode.name().toLowerCase(Locale.ROOT), String.valueOf(warmUps),
                String.valueOf(steps)));
        command.addAll(inputs);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        return new BenchChild(kind, pb.start(), stepLines, err);
    }

    /**
     * This JVM's options for a runner: all but those that attach an agent or a debugger or record the JVM (two JVMs
     * would fight over the port or the file) and the class path, which goes in an argument file.
     */
    static List<String> jvmOptions(List<String> options) {
        List<String> kept = new ArrayList<>();
        for (String o : options) {
            if (o.startsWith("-agentlib:") || o.startsWith("-agentpath:") || o.startsWith("-javaagent:") || o.startsWith("-Xrunjdwp")
                    || o.startsWith("-XX:StartFlightRecording") || o.startsWith("-XX:FlightRecorderOptions")
                    || o.startsWith("-Djava.class.path=")) {
                continue;
            }
            kept.add(o);
        }
        return kept;
    }

    /** Waits until the runner has warmed up; returns how many untimed runs it took. */
    int awaitReady() {
        List<String> reply = reply("ready");
        return reply.size() > 1 ? Integer.parseInt(reply.get(1)) : 0;
    }

    /** One timed run. */
    SparkBenchmark.Run run() {
        try {
            commands.write("run\n");
            commands.flush();
        } catch (IOException e) {
            throw new IllegalStateException("the " + kind + " benchmark runner has gone: " + e.getMessage(), e);
        }
        return BenchRunner.decode(reply("run"));
    }

    private List<String> reply(String type) {
        List<String> reply;
        try {
            reply = replies.poll(PATIENCE_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + kind + " benchmark runner", e);
        }
        if (reply == null) {
            throw new IllegalStateException("the " + kind + " benchmark runner did not answer within " + PATIENCE_MINUTES + " minutes");
        }
        if (reply == END) {
            replies.add(END);
            throw new IllegalStateException("the " + kind + " benchmark runner ended before it answered (see its errors above)");
        }
        if (reply.get(0).equals("failed")) {
            throw new IllegalStateException("the " + kind + " benchmark runner failed: " + String.join(" ", reply.subList(1, reply.size())));
        }
        if (!reply.get(0).equals(type)) {
            throw new IllegalStateException("the " + kind + " benchmark runner said " + reply.get(0) + " where " + type + " was expected");
        }
        return reply.subList(1, reply.size());
    }

    private void read(Consumer<String> steps, PrintWriter err) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith(BenchRunner.PREFIX + "\t")) {
                    synchronized (err) {
                        err.println(line);
                        err.flush();
                    }
                    continue;
                }
                List<String> fields = Arrays.asList(line.split("\t", -1));
                List<String> message = fields.subList(1, fields.size());
                if (message.get(0).equals("step")) {
                    steps.accept(message.size() > 1 ? message.get(1) : "");
                } else {
                    replies.add(message);
                }
            }
        } catch (IOException e) {
            // the runner has gone; END below says so
        } finally {
            replies.add(END);
        }
    }

    /** Ends the runner: closes its input, so that it ends by itself, and kills it after a while if it does not. */
    @Override
    public void close() {
        try {
            commands.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
