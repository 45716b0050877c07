package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

class InputsTest {
    @TempDir
    Path dir;

    private Path write(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void directoriesAreWalkedInSortedOrderSkippingHiddenAndOtherFiles() throws IOException {
        write("corpus/b.txt", "Story b.");
        write("corpus/a.html", "<p>Story a.</p>");
        Files.createDirectories(dir.resolve("corpus/sub"));
        Files.write(dir.resolve("corpus/sub/c.txt.gz"),
                ContentReaderTest.gzip("Story c.".getBytes(StandardCharsets.UTF_8)));
        write("corpus/aa/d.jsonl", "{\"text\": \"Story d.\"}\n");
        write("corpus/.hidden.txt", "secret");
        write("corpus/.git/e.txt", "versioned");
        write("corpus/notes.md", "not an input name");
        write("corpus/image.png", "not read either");
        write("corpus/Z.text", "Capital first.");

        String root = dir.resolve("corpus").toString();
        CollectingSink sink = CollectingSink.read(root);
        assertEquals(List.of(), sink.errors);
        assertEquals(List.of(root + "/Z.text", root + "/a.html", root + "/aa/d.jsonl#1", root + "/b.txt",
                root + "/sub/c.txt.gz"), sink.order);
        assertEquals("Story c.", sink.inputs.get(4).content());

        CollectingSink again = CollectingSink.read(root + "/");
        assertEquals(sink.order, again.order, "a trailing slash changes nothing");
    }

    @Test
    void anOpenedStreamIsReadLikeAWalkedFileOfItsName() throws IOException {
        Path jsonl = write("corpus/d.jsonl", "{\"text\": \"Story d.\"}\nnot json\n{\"text\": \"Story e.\"}\n");
        String root = dir.resolve("corpus").toString();
        CollectingSink walked = CollectingSink.read(root);
        CollectingSink streamed = new CollectingSink();
        try (var in = Files.newInputStream(jsonl)) {
            Inputs.withDefaults().read(jsonl.toString(), "d.jsonl", Files.size(jsonl), in, streamed);
        }
        assertEquals(walked.order, streamed.order);
        assertEquals(List.of(jsonl + "#1", "!" + jsonl, jsonl + "#3"), streamed.order);
        assertEquals(walked.inputs, streamed.inputs);

        CollectingSink empty = new CollectingSink();
        Inputs.withDefaults().read("x.txt", "x.txt", 0, new java.io.ByteArrayInputStream(new byte[0]), empty);
        assertEquals(List.of(new InputError("x.txt", "empty file")), empty.errors);
    }

    @Test
    void walkedNamesAreInputNamesThatAreNotHidden() {
        assertTrue(Inputs.isWalkedName("a.txt"));
        assertTrue(Inputs.isWalkedName("crawl.warc.gz"));
        assertTrue(Inputs.isWalkedName("feed.NDJSON"));
        assertEquals(false, Inputs.isWalkedName(".a.txt"));
        assertEquals(false, Inputs.isWalkedName("notes.md"));
        assertEquals(false, Inputs.isWalkedName("_SUCCESS"));
        assertEquals(false, Inputs.isWalkedName(null));
    }

    @Test
    void explicitFilesOfAnyNameAreReadAndArgumentsKeepTheirOrder() throws IOException {
        Path md = write("notes.md", "# Heading\n\nMarkdown is read as text when named.");
        Path html = write("page.php", "<html><body><p>served page</p></body></html>");
        Path hidden = write(".draft.txt", "named hidden files are read too");
        CollectingSink sink = CollectingSink.read(html.toString(), md.toString(), hidden.toString());
        assertEquals(List.of(html.toString(), md.toString(), hidden.toString()), sink.order);
        assertEquals(RawInput.Kind.HTML, sink.inputs.get(0).kind());
        assertEquals(RawInput.Kind.TEXT, sink.inputs.get(1).kind());
    }

    @Test
    void missingPathIsAnErrorAndTheRunGoesOn() throws IOException {
        Path ok = write("ok.txt", "Fine.");
        String missing = dir.resolve("nope.txt").toString();
        CollectingSink sink = CollectingSink.read(missing, ok.toString());
        assertEquals(List.of("!" + missing, ok.toString()), sink.order);
        assertEquals("no such file or directory", sink.errors.get(0).message());
    }

    @Test
    void unreadableFile() throws IOException {
        Path p = write("locked.txt", "Locked away.");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        CollectingSink sink = CollectingSink.read(p.toString());
        if (Files.isReadable(p)) {
            // The superuser reads anything: then the file is simply read.
            assertEquals("Locked away.", sink.single().content());
        } else {
            assertEquals("permission denied", sink.singleError().message());
        }
        assertEquals("permission denied", IoErrors.describe(new AccessDeniedException("x")));
        assertEquals("no such file or directory", IoErrors.describe(new NoSuchFileException("x")));
    }

    @Test
    void directoryLinkCyclesEndTheWalk() throws IOException {
        write("loop/a.txt", "Once.");
        Files.createSymbolicLink(dir.resolve("loop/again"), dir.resolve("loop"));
        CollectingSink sink = CollectingSink.read(dir.resolve("loop").toString());
        assertEquals(List.of(dir.resolve("loop/a.txt").toString()), sink.order);
    }

    @Test
    void stdinText() {
        RawInput in = CollectingSink.readStdin("Plain words from a pipe.\n".getBytes(StandardCharsets.UTF_8)).single();
        assertEquals("-", in.source());
        assertEquals(RawInput.Kind.TEXT, in.kind());
        assertEquals("Plain words from a pipe.\n", in.content());
    }

    @Test
    void stdinHtml() {
        for (String html : List.of("<!doctype html><html><p>x</p></html>", "\n\n<HTML><body>y</body></HTML>",
                "Intro line\n<p>first paragraph</p>")) {
            RawInput in = CollectingSink.readStdin(html.getBytes(StandardCharsets.UTF_8)).single();
            assertEquals(RawInput.Kind.HTML, in.kind(), html);
            assertEquals(html, in.content());
        }
    }

    @Test
    void stdinJsonLines() {
        CollectingSink sink = CollectingSink.readStdin(
                "{\"text\": \"one\"}\n{\"html\": \"<p>two</p>\"}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("-#1", "-#2"), sink.order);
        assertEquals(RawInput.Kind.HTML, sink.inputs.get(1).kind());
    }

    @Test
    void stdinGzip() throws IOException {
        byte[] html = ContentReaderTest.gzip("<html><body><p>zipped</p></body></html>".getBytes(StandardCharsets.UTF_8));
        RawInput page = CollectingSink.readStdin(html).single();
        assertEquals(RawInput.Kind.HTML, page.kind());
        assertEquals("-", page.source());
        byte[] jsonl = ContentReaderTest.gzip("{\"text\": \"zipped line\"}\n".getBytes(StandardCharsets.UTF_8));
        RawInput line = CollectingSink.readStdin(jsonl).single();
        assertEquals("-#1", line.source());
        assertEquals("zipped line", line.content());
    }

    @Test
    void stdinWarc() throws IOException {
        byte[] warc = WarcInputReaderTest.warc(WarcCompression.NONE, null,
                WarcInputReaderTest.htmlResponse("https://news.example/p", java.time.Instant.EPOCH, "<p>p</p>"));
        RawInput in = CollectingSink.readStdin(warc).single();
        assertEquals("-#1", in.source());
        assertEquals("https://news.example/p", in.url());
        assertEquals("1970-01-01T00:00:00Z", in.crawlDate());
    }

    @Test
    void stdinEmptyBinaryAndTooLarge() {
        assertEquals("empty input", CollectingSink.readStdin(new byte[0]).singleError().message());
        assertEquals(ContentReader.BINARY,
                CollectingSink.readStdin(new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0}).singleError().message());
        Inputs small = new Inputs(ReadLimits.defaults().withMaxArticleBytes(10));
        InputError e = CollectingSink.read(small, "eleven bytes".getBytes(StandardCharsets.US_ASCII), "-")
                .singleError();
        assertEquals("too large: exceeds the 10 bytes per-article limit", e.message());
        assertEquals("-", e.source());
    }

    @Test
    void nullArgumentsAreProgrammingErrors() {
        Inputs inputs = Inputs.withDefaults();
        CollectingSink sink = new CollectingSink();
        assertThrows(NullPointerException.class, () -> inputs.read(null, System.in, sink));
        assertThrows(NullPointerException.class, () -> inputs.read(List.of(), System.in, null));
        assertThrows(NullPointerException.class, () -> new Inputs(null));
    }

    @Test
    void sinkExceptionsAreNotSwallowed() throws IOException {
        Path p = write("x.txt", "text");
        InputSink failing = new InputSink() {
            @Override
            public void accept(RawInput input) {
                throw new IllegalStateException("downstream full");
            }

            @Override
            public void error(InputError error) {
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Inputs.withDefaults().read(List.of(p.toString()), System.in, failing));
        assertTrue(e.getMessage().contains("downstream full"));
    }
}
