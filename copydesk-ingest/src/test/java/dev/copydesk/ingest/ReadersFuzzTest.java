package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copydesk.core.Diagnostic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzz targets for the readers (Jazzer). In a normal build each target replays its seeds
 * from {@code ReadersFuzzTestInputs/<target>/} in the test resources; {@code mvn -Pfuzz} fuzzes each for
 * {@code fuzz.seconds}. Every target checks the readers' contract on whatever bytes it gets: nothing
 * escapes but errors, each error is one line about its own input, articles carry their source and never
 * a {@code null} content, and the decoder's {@code invalid-utf8} count is what it replaced.
 */
class ReadersFuzzTest {
    /** Small limits so that the fuzzer reaches the "too large" paths too. */
    static final ReadLimits LIMITS = new ReadLimits(64 * 1024, 20);
    /** The first byte of an {@link #anyInput} input picks the file name the content comes with. */
    static final String[] NAMES = {null, "a.txt", "a.html", "a.jsonl", "a.warc", "a.arc", "a.txt.gz", "a.warc.gz",
        "a.bin"};
    private static final Pattern REPLACED = Pattern.compile("^(?:line \\d+: )?(\\d+) invalid UTF-8 sequences? ");

    /** Reads {@code content} as a file called {@code name} and checks what comes out. */
    static CollectingSink readChecked(byte[] content, String name) {
        CollectingSink sink = new CollectingSink();
        Reporter out = new Reporter(sink, "in", LIMITS.maxErrorsPerInput());
        new ContentReader(LIMITS, false).read(new ByteArrayInputStream(content), name, content.length, out, "empty file");
        out.finish();
        assertSound(sink, "in", content);
        return sink;
    }

    /** The readers' contract on the output of one input, whose bytes were {@code content}. */
    static void assertSound(CollectingSink sink, String source, byte[] content) {
        // jwarc prints a byte as a backslash, x and hex digits; after a non-ASCII byte, a literal "ff" in
        // the input reads like a sign-extended escape. The fuzzer learns "ff" from the check below.
        boolean literalF = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT)
                .contains("ff");
        assertTrue(sink.errors.size() <= LIMITS.maxErrorsPerInput() + 1, "errors are capped");
        for (InputError e : sink.errors) {
            assertEquals(source, e.source());
            assertFalse(e.message().isBlank(), "blank error");
            assertFalse(e.message().contains("\n"), "error on more than one line: " + e.message());
            assertTrue(e.message().length() <= Reporter.MAX_MESSAGE_CHARS, "error too long");
            assertFalse(!literalF && e.message().contains("xffffff"), "sign-extended byte in " + e.message());
        }
        for (RawInput in : sink.inputs) {
            assertTrue(in.source().equals(source) || in.source().startsWith(source + "#"), in.source());
            assertNotNull(in.content());
            assertTrue(in.content().length() <= LIMITS.maxArticleBytes() * 2, "article over the limit");
            for (Diagnostic d : in.diagnostics().items()) {
                assertEquals(RawInput.STAGE, d.stage());
                if (d.code().equals(TextDecoder.INVALID_UTF8) && !d.detail().contains(" of the line")) {
                    Matcher m = REPLACED.matcher(d.detail());
                    assertTrue(m.find(), d.detail());
                    assertTrue(Integer.parseInt(m.group(1)) > 0, d.detail());
                }
            }
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyInput(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String name = NAMES[(data[0] & 0xff) % NAMES.length];
        withinDeadline(() -> readChecked(Arrays.copyOfRange(data, 1, data.length), name));
    }

    @FuzzTest(maxDuration = "10s")
    void decoder(byte[] data) {
        Format f = Sniffer.sniff(data, data.length, null);
        assertNotNull(f);
        TextDecoder.Decoded text = TextDecoder.decodeText(data, data.length);
        TextDecoder.Decoded html = TextDecoder.decodeHtml(data, data.length, null);
        assertNotNull(text.text());
        assertNotNull(html.text());
        Utf8Scan scan = Utf8Scan.of(data, 0, data.length);
        boolean plainUtf8 = TextDecoder.bom(data, data.length) == null
                && TextDecoder.utf16WithoutBom(data, data.length) == null && scan.isValid();
        if (plainUtf8) {
            assertEquals(new String(data, StandardCharsets.UTF_8), text.text(), "valid UTF-8 is read as UTF-8");
            assertTrue(text.diagnostics().isEmpty());
        }
        for (Diagnostic d : text.diagnostics().items()) {
            assertEquals(TextDecoder.INVALID_UTF8, d.code());
            Matcher m = REPLACED.matcher(d.detail());
            assertTrue(m.find(), d.detail());
            assertEquals(scan.replaced(text.text()), Integer.parseInt(m.group(1)), d.detail());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void jsonl(byte[] data) {
        CollectingSink sink = new CollectingSink();
        Reporter out = new Reporter(sink, "j", LIMITS.maxErrorsPerInput());
        new JsonlInputReader(LIMITS).read(new ByteArrayInputStream(data), out);
        out.finish();
        assertSound(sink, "j", data);
    }

    @FuzzTest(maxDuration = "10s")
    void warc(byte[] data) {
        CollectingSink sink = new CollectingSink();
        Reporter out = new Reporter(sink, "w", LIMITS.maxErrorsPerInput());
        withinDeadline(() -> new WarcInputReader(LIMITS).read(new ByteArrayInputStream(data), out));
        out.finish();
        assertSound(sink, "w", data);
    }

    /**
     * Runs {@code work}, failing when it takes more than {@link #DEADLINE_SECONDS}: a hang is a finding
     * too, and Jazzer's own per-input timeout cannot be set from the JUnit integration without JUnit
     * timing out the whole fuzzing run. A hung worker is abandoned (it is a daemon thread).
     */
    static void withinDeadline(Runnable work) {
        Future<?> f = worker.submit(work);
        try {
            f.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker = newWorker();
            throw new AssertionError("no result after " + DEADLINE_SECONDS + " s: the reader hangs");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static final int DEADLINE_SECONDS = 5;
    private static ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }
}
