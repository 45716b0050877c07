package dev.copydesk.eval.extraction;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Mozilla Readability (the npm package {@code @mozilla/readability} on the {@code linkedom} DOM),
 * run by Node.js from {@code tools/readability-js}: one {@code node extract.mjs} process reads the
 * whole batch as JSON Lines on stdin and answers one line per page on stdout.
 *
 * <p>The Node.js modules are installed when Copydesk is built (see {@code tools/readability-js/README.md}),
 * never by a run. When Node.js or the modules are missing, {@link #unavailableReason()} says so and
 * {@link #extractAll} throws {@link SystemUnavailableException}. If the process dies or stalls on a
 * page, that page fails and a new process continues with the next one.
 *
 * <p>Safe to reuse for several batches, one at a time.
 */
public final class ReadabilityJs implements ExtractionSystem {
    /** The tool's folder, relative to the root of a Copydesk checkout. */
    public static final String TOOL_DIR = "tools/readability-js";
    /** The tool's script, inside {@link #TOOL_DIR}. */
    public static final String SCRIPT = "extract.mjs";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RESTARTS = 20;
    private static final int STDERR_TAIL = 2000;
    private static final Object END = new Object();

    private final Path toolDir;
    private final String node;
    private final Duration pageTimeout;
    private volatile Probe probe;

    /**
     * @param toolDir     the {@code tools/readability-js} folder, or {@code null} when none was found
     * @param node        the Node.js command, e.g. {@code node}
     * @param pageTimeout how long one page may take before the process is stopped
     */
    public ReadabilityJs(Path toolDir, String node, Duration pageTimeout) {
        this.toolDir = toolDir;
        this.node = Objects.requireNonNull(node, "node");
        this.pageTimeout = Objects.requireNonNull(pageTimeout, "pageTimeout");
    }

    /** With the {@code node} on the PATH and two minutes a page. */
    public ReadabilityJs(Path toolDir) {
        this(toolDir, "node", Duration.ofMinutes(2));
    }

    /**
     * Finds {@link #TOOL_DIR} in one of {@code starts} or their ancestors (a checkout's root, seen
     * from the working directory or from the jar), first match wins.
     */
    public static Optional<Path> locate(List<Path> starts) {
        for (Path start : starts) {
            for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(TOOL_DIR);
                if (Files.isRegularFile(candidate.resolve(SCRIPT))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        Probe p = probe();
        return p.version == null ? "Mozilla Readability (Node.js)" : "Mozilla Readability " + p.version + " (Node.js)";
    }

    @Override
    public boolean inProcess() {
        return false;
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(probe().unavailable);
    }

    @Override
    public List<Outcome> extractAll(List<? extends PageSource> pages, Progress progress) throws SystemUnavailableException {
        Optional<String> reason = unavailableReason();
        if (reason.isPresent()) {
            throw new SystemUnavailableException(reason.get());
        }
        String name = name();
        Outcome[] outcomes = new Outcome[pages.size()];
        int next = 0;
        int restarts = 0;
        while (next < pages.size()) {
            String stopped = runBatch(pages, next, outcomes, name, progress);
            while (next < pages.size() && outcomes[next] != null) {
                next++;
            }
            if (next < pages.size()) {
                if (stopped == null) {
                    stopped = "Node.js process stopped without an answer";
                }
                outcomes[next++] = Outcome.failed(stopped);
                progress.pageDone(name, next, pages.size());
                if (++restarts > MAX_RESTARTS) {
                    String rest = "Node.js stopped " + restarts + " times; last: " + stopped;
                    Arrays.fill(outcomes, next, pages.size(), Outcome.failed(rest));
                    next = pages.size();
                }
            }
        }
        return List.of(outcomes);
    }

    /**
     * Runs one process over {@code pages[from..]}, filling outcomes as answers arrive.
     *
     * @return why the process stopped before answering every page, or {@code null} when it did not
     */
    private String runBatch(List<? extends PageSource> pages, int from, Outcome[] outcomes, String name, Progress progress)
            throws SystemUnavailableException {
        Process process;
        try {
            process = new ProcessBuilder(node, SCRIPT).directory(toolDir.toFile()).start();
        } catch (IOException e) {
            throw new SystemUnavailableException("cannot start Node.js: " + e.getMessage());
        }
        StringBuilder stderr = new StringBuilder();
        Thread errReader = Thread.ofPlatform().daemon().name("readability-js-stderr").start(() -> drain(process.getErrorStream(), stderr));
        Thread writer = Thread.ofPlatform().daemon().name("readability-js-stdin").start(() -> writePages(process.getOutputStream(), pages, from));
        BlockingQueue<Object> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().name("readability-js-stdout").start(() -> readLines(process.getInputStream(), lines));
        try {
            for (int i = from; i < pages.size(); i++) {
                Object line = lines.poll(pageTimeout.toMillis(), TimeUnit.MILLISECONDS);
                if (line == null) {
                    process.destroyForcibly();
                    return "timed out after " + pageTimeout.toSeconds() + " s";
                }
                if (line == END) {
                    process.waitFor(10, TimeUnit.SECONDS);
                    String exit = process.isAlive() ? "Node.js stopped answering" : "Node.js exited with code " + process.exitValue();
                    errReader.join(1000);
                    String tail;
                    synchronized (stderr) {
                        tail = stderr.toString().strip();
                    }
                    return tail.isEmpty() ? exit : exit + ": " + lastLine(tail);
                }
                outcomes[i] = parseAnswer((String) line, pages.get(i).id());
                progress.pageDone(name, i + 1, pages.size());
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                writer.join(1000);
                reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Outcome parseAnswer(String line, String expectedId) {
        JsonNode answer;
        try {
            answer = JSON.readTree(line);
        } catch (IOException e) {
            return Outcome.failed("unreadable answer from Node.js: " + e.getMessage());
        }
        if (!expectedId.equals(answer.path("id").asText(null))) {
            return Outcome.failed("answer for page " + answer.path("id").asText("?") + " where " + expectedId + " was expected");
        }
        if (answer.hasNonNull("error")) {
            return Outcome.failed(answer.get("error").asText());
        }
        return Outcome.ok(answer.path("text").asText(""));
    }

    private static void writePages(OutputStream stdin, List<? extends PageSource> pages, int from) {
        try (OutputStream out = stdin;
             JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            for (int i = from; i < pages.size(); i++) {
                PageSource page = pages.get(i);
                String html;
                try {
                    html = page.html();
                } catch (IOException e) {
                    html = "";
                }
                gen.writeStartObject();
                gen.writeStringField("id", page.id());
                gen.writeStringField("html", html);
                if (page.url() != null) {
                    gen.writeStringField("url", page.url());
                }
                gen.writeEndObject();
                gen.writeRaw('\n');
                gen.flush();
            }
        } catch (IOException e) {
            // The process died; the reader reports it.
        }
    }

    private static void readLines(InputStream stdout, BlockingQueue<Object> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // Treated as the end of the answers.
        } finally {
            lines.add(END);
        }
    }

    private static void drain(InputStream err, StringBuilder tail) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (tail) {
                    tail.append(line).append('\n');
                    if (tail.length() > STDERR_TAIL) {
                        tail.delete(0, tail.length() - STDERR_TAIL);
                    }
                }
            }
        } catch (IOException e) {
            // Nothing more to keep.
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return text;
    }

    private Probe probe() {
        Probe p = probe;
        if (p == null) {
            p = runProbe();
            probe = p;
        }
        return p;
    }

    private Probe runProbe() {
        if (toolDir == null) {
            return Probe.unavailable(TOOL_DIR + " not found");
        }
        if (!Files.isRegularFile(toolDir.resolve(SCRIPT))) {
            return Probe.unavailable("no " + SCRIPT + " in " + toolDir);
        }
        if (!Files.isDirectory(toolDir.resolve("node_modules/@mozilla/readability"))) {
            return Probe.unavailable("Node.js modules not installed in " + toolDir + " (the build installs them with npm ci)");
        }
        Process process;
        try {
            process = new ProcessBuilder(node, SCRIPT, "--version").directory(toolDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return Probe.unavailable("Node.js not found ('" + node + "')");
        }
        try {
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Probe.unavailable("Node.js did not answer");
            }
            if (process.exitValue() != 0) {
                return Probe.unavailable("Node.js failed (exit " + process.exitValue() + "): " + lastLine(out));
            }
            JsonNode versions = JSON.readTree(lastLine(out));
            return new Probe(versions.path("readability").asText(null), null);
        } catch (IOException e) {
            return Probe.unavailable("Node.js failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Probe.unavailable("interrupted");
        } finally {
            process.destroy();
        }
    }

    private record Probe(String version, String unavailable) {
        static Probe unavailable(String reason) {
            return new Probe(null, reason);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
