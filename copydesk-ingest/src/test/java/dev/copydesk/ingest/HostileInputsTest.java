package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.core.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that once fooled the readers: damaged UTF-8, UTF-16 without a byte-order mark, a stray NUL, a
 * FIFO, an ARC file, JSON Lines fields of the wrong type. Each is synthetic and small.
 */
class HostileInputsTest {
    private static final String LINE = "It\u2019s the caf\u00e9\u2019s \u201cbest\u201d year, the owner said.\n";

    @TempDir
    Path dir;

    private String write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p.toString();
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static Diagnostic only(RawInput in) {
        assertEquals(1, in.diagnostics().items().size(), in.diagnostics().toString());
        return in.diagnostics().items().get(0);
    }

    @Test
    void oneInvalidByteInUtf8TextIsReplacedAndReportedNotMisdecoded() throws IOException {
        byte[] good = LINE.repeat(12).getBytes(StandardCharsets.UTF_8);
        byte[] bad = cat(good, new byte[] {(byte) 0x89}, "Last line.\n".getBytes(StandardCharsets.UTF_8));
        RawInput in = CollectingSink.read(write("damaged.txt", bad)).single();
        assertEquals(LINE.repeat(12) + "\uFFFDLast line.\n", in.content());
        assertFalse(in.content().contains("\u00e2\u20ac\u2122"), "no windows-1252 mojibake of ’");
        Diagnostic d = only(in);
        assertEquals(RawInput.STAGE, d.stage());
        assertEquals(Diagnostic.Kind.WARNING, d.kind());
        assertEquals("invalid-utf8", d.code());
        assertEquals("1 invalid UTF-8 sequence replaced with U+FFFD, the first at byte " + good.length, d.detail());
    }

    @Test
    void damagedUtf8HtmlIsReportedToo() throws IOException {
        byte[] html = cat("<html><body><p>Caf\u00e9 \u2014 ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE2, (byte) 0x82, ' '}, "open</p><p>\u2019\u2019\u2019\u2019\u2019\u2019\u2019\u2019\u2019</p>"
                        .getBytes(StandardCharsets.UTF_8));
        RawInput in = CollectingSink.read(write("page.html", html)).single();
        assertTrue(in.content().contains("Caf\u00e9 \u2014 \uFFFD open"), in.content());
        assertEquals("invalid-utf8", only(in).code());
    }

    @Test
    void windows1252TextIsStillWindows1252() throws IOException {
        byte[] b = "The caf\u00e9\u2019s owner said \u201cno\u201d.".getBytes(TextDecoder.WINDOWS_1252);
        RawInput in = CollectingSink.read(write("legacy.txt", b)).single();
        assertEquals("The caf\u00e9\u2019s owner said \u201cno\u201d.", in.content());
        assertTrue(in.diagnostics().isEmpty());
    }

    @Test
    void utf16WithoutByteOrderMarkIsDecodedBothWays() throws IOException {
        String text = "Council votes on the harbour budget. Caf\u00e9 owners object \u2014 loudly.\n";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            RawInput in = CollectingSink.read(write("u16-" + cs.name() + ".txt", text.getBytes(cs))).single();
            assertEquals(text, in.content(), cs.name());
        }
    }

    @Test
    void utf16JsonLinesWithoutByteOrderMarkKeepsEveryLine() throws IOException {
        String jsonl = "{\"text\": \"First \u00e9\"}\n{\"text\": \"Second\"}\n";
        CollectingSink sink = CollectingSink.read(write("u16.jsonl", jsonl.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of(), sink.errors);
        assertEquals(List.of("First \u00e9", "Second"), sink.inputs.stream().map(RawInput::content).toList());
    }

    @Test
    void oneNulSpoilsOneJsonLineNotTheFile() throws IOException {
        String jsonl = "{\"text\": \"Good one\"}\n{\"text\": \"bad \u0000 line\"}\n{\"text\": \"Good two\"}\n";
        String path = write("nul.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = CollectingSink.read(path);
        assertEquals(List.of(path + "#1", "!" + path, path + "#3"), sink.order);
        assertTrue(sink.errors.get(0).message().startsWith("line 2: invalid JSON ("), sink.errors.get(0).message());
    }

    @Test
    void oneNulDoesNotMakeHtmlBinaryButManyControlsDo() throws IOException {
        RawInput in = CollectingSink.read(write("nul.html",
                "<html><body><p>Kept \u0000 page</p></body></html>".getBytes(StandardCharsets.UTF_8))).single();
        assertEquals(RawInput.Kind.HTML, in.kind());
        byte[] junk = new byte[4000];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i % 8 == 0 ? 0 : 'a');
        }
        assertEquals(ContentReader.BINARY, CollectingSink.read(write("junk.html", junk)).singleError().message());
        assertEquals(ContentReader.BINARY, CollectingSink.read(write("doc.txt",
                "%PDF-1.7\n%text-looking header".getBytes(StandardCharsets.US_ASCII))).singleError().message());
    }

    @Test
    void fifoIsRefusedNotWaitedOn() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            CollectingSink named = CollectingSink.read(fifo.toString());
            assertEquals("not a regular file (a FIFO)", named.singleError().message());
            Files.writeString(dir.resolve("story.txt"), "A story.");
            CollectingSink walked = CollectingSink.read(dir.toString());
            assertEquals(List.of("!" + fifo, dir.resolve("story.txt").toString()), walked.order);
            assertEquals("not a regular file (a FIFO)", walked.errors.get(0).message());
        });
    }

    private static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor() == 0 && Files.exists(p);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static byte[] arc(String... urlAndHtml) {
        byte[] desc = "1 0 Copydesk\nURL IP-address Archive-date Content-type Archive-length\n"
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("filedesc://test.arc 0.0.0.0 20240305101530 text/plain " + desc.length + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(desc);
        out.write('\n');
        for (int i = 0; i < urlAndHtml.length; i += 2) {
            byte[] body = ("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + urlAndHtml[i + 1])
                    .getBytes(StandardCharsets.UTF_8);
            out.writeBytes((urlAndHtml[i] + " 192.0.2.1 20240305101530 text/html " + body.length + "\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(body);
            out.write('\n');
        }
        return out.toByteArray();
    }

    @Test
    void arcFilesAreReadAsPagesNotAsText() throws IOException {
        byte[] arc = arc("https://news.example/a", "<html><body><p>Caf\u00e9 story</p></body></html>",
                "https://news.example/b", "<html><body><p>Second</p></body></html>");
        for (String name : List.of("crawl.arc", "crawl.arc.gz", "no-name-hint")) {
            byte[] bytes = name.endsWith(".gz") ? ContentReaderTest.gzip(arc) : arc;
            String path = write(name, bytes);
            CollectingSink sink = CollectingSink.read(path);
            assertEquals(List.of(path + "#2", path + "#3"), sink.order, name);
            RawInput a = sink.inputs.get(0);
            assertEquals(RawInput.Kind.HTML, a.kind());
            assertEquals("https://news.example/a", a.url());
            assertEquals("2024-03-05T10:15:30Z", a.crawlDate());
            assertEquals("<html><body><p>Caf\u00e9 story</p></body></html>", a.content());
            assertFalse(a.content().contains("filedesc"));
        }
        assertEquals("not an ARC file (it does not start with \"filedesc://\")",
                CollectingSink.read(write("fake.arc", "<p>hello</p>".getBytes(StandardCharsets.US_ASCII)))
                        .singleError().message());
    }

    @Test
    void jsonFieldsOfTheWrongTypeAreNamed() throws IOException {
        String path = write("types.jsonl", String.join("\n",
                "{\"text\": 42}",
                "{\"text\": {\"body\": \"x\"}}",
                "{\"html\": [\"<p>x</p>\"]}",
                "{\"text\": true}",
                "{\"text\": \"Kept\", \"title\": 5, \"url\": [\"u\"], \"published\": {}, \"id\": false}",
                "{\"text\": null, \"html\": \"<p>Html wins</p>\"}",
                "{\"text\": 7, \"html\": \"<p>Html kept</p>\"}",
                "").getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = CollectingSink.read(path);
        assertEquals(List.of(
                        "line 1: field 'text' is a number, expected a string",
                        "line 2: field 'text' is an object, expected a string",
                        "line 3: field 'html' is an array, expected a string",
                        "line 4: field 'text' is a boolean, expected a string"),
                sink.errors.stream().map(InputError::message).toList());
        assertEquals(3, sink.inputs.size());
        RawInput kept = sink.inputs.get(0);
        assertEquals("Kept", kept.content());
        assertNull(kept.title());
        assertNull(kept.url());
        assertEquals(List.of(
                        "line 5: field 'id' is a boolean, expected a string or a number; ignored",
                        "line 5: field 'url' is an array, expected a string; ignored",
                        "line 5: field 'title' is a number, expected a string; ignored",
                        "line 5: field 'published' is an object, expected a string; ignored"),
                kept.diagnostics().items().stream().map(Diagnostic::detail).toList());
        assertTrue(kept.diagnostics().items().stream().allMatch(d -> d.code().equals("field-type")));
        assertTrue(sink.inputs.get(1).diagnostics().isEmpty(), "null is absent, not wrong");
        assertEquals("line 7: field 'text' is a number, expected a string; ignored",
                only(sink.inputs.get(2)).detail());
    }

    @Test
    void invalidUtf8InAJsonLineIsNotedOnThatRecord() throws IOException {
        byte[] b = cat("{\"text\": \"ok\"}\n{\"text\": \"caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                "\"}\n".getBytes(StandardCharsets.UTF_8));
        CollectingSink sink = CollectingSink.read(write("latin.jsonl", b));
        assertEquals(List.of(), sink.errors);
        assertTrue(sink.inputs.get(0).diagnostics().isEmpty());
        assertEquals("caf\uFFFD", sink.inputs.get(1).content());
        assertEquals("line 2: 1 invalid UTF-8 sequence replaced with U+FFFD, the first at byte 13 of the line",
                only(sink.inputs.get(1)).detail());
    }
}
