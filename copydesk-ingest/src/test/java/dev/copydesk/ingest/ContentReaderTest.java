package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Single-article files (text and HTML, plain or gzip) and the ways they go wrong, read through {@link Inputs}. */
class ContentReaderTest {
    private static final String ARTICLE = "Harbour reopens after storm\n\nThe port authority said on Monday that "
            + "the harbour’s “inner basin” would reopen to ferries — tickets cost £4.50.";

    @TempDir
    Path dir;

    private String write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p.toString();
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void utf8TextFile() throws IOException {
        String path = write("story.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        RawInput in = CollectingSink.read(path).single();
        assertEquals(RawInput.Kind.TEXT, in.kind());
        assertEquals(ARTICLE, in.content());
        assertEquals(path, in.source());
        assertNull(in.url());
        assertNull(in.crawlDate());
    }

    @Test
    void textFileEncodings() throws IOException {
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARTICLE.getBytes(StandardCharsets.UTF_8));
        byte[] bom16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        byte[] cp1252 = ARTICLE.getBytes(TextDecoder.WINDOWS_1252);
        assertEquals((byte) 0x93, cp1252[ARTICLE.indexOf('“')], "the fixture really is windows-1252");
        for (byte[] b : new byte[][] {bom8, bom16, cp1252}) {
            String path = write("enc.txt", b);
            assertEquals(ARTICLE, CollectingSink.read(path).single().content());
        }
    }

    @Test
    void invalidUtf8DoesNotCrash() throws IOException {
        byte[] b = concat("Opening line.\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xFF, '\n', 'E', 'n', 'd', '.'});
        RawInput in = CollectingSink.read(write("broken.txt", b)).single();
        assertTrue(in.content().startsWith("Opening line.\n"), in.content());
        assertTrue(in.content().endsWith("End."), in.content());
    }

    @Test
    void htmlFileWithMetaCharset() throws IOException {
        String html = "<!doctype html><html><head><meta charset=iso-8859-1><title>March\u00e9</title></head>"
                + "<body><p>Le march\u00e9 rouvre \u00e0 8 h.</p></body></html>";
        RawInput in = CollectingSink.read(write("page.html", html.getBytes(StandardCharsets.ISO_8859_1))).single();
        assertEquals(RawInput.Kind.HTML, in.kind());
        assertEquals(html, in.content());
    }

    @Test
    void gzippedHtml() throws IOException {
        String html = "<html><body><p>Compressed caf\u00e9 review</p></body></html>";
        String path = write("review.html.gz", gzip(html.getBytes(StandardCharsets.UTF_8)));
        RawInput in = CollectingSink.read(path).single();
        assertEquals(RawInput.Kind.HTML, in.kind());
        assertEquals(html, in.content());
        assertEquals(path, in.source());
    }

    @Test
    void gzippedTextWithoutATellingNameIsSniffed() throws IOException {
        RawInput in = CollectingSink.read(write("upload.bin", gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)))).single();
        assertEquals(RawInput.Kind.TEXT, in.kind());
        assertEquals(ARTICLE, in.content());
    }

    @Test
    void truncatedGzipIsOneError() throws IOException {
        byte[] html = ("<html><body>" + "<p>Paragraph of a long report.</p>".repeat(2000) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] gz = gzip(html);
        String path = write("cut.html.gz", Arrays.copyOf(gz, gz.length / 2));
        InputError e = CollectingSink.read(path).singleError();
        assertEquals(path, e.source());
        assertEquals(Gzip.TRUNCATED, e.message());
    }

    @Test
    void corruptGzipIsOneError() throws IOException {
        byte[] gz = gzip("<p>some text that compresses</p>".repeat(50).getBytes(StandardCharsets.UTF_8));
        for (int i = 12; i < gz.length - 8; i++) {
            gz[i] = (byte) 0xFF;
        }
        InputError e = CollectingSink.read(write("bad.txt.gz", gz)).singleError();
        assertTrue(e.message().startsWith("corrupt gzip ("), e.message());
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("empty file", CollectingSink.read(write("empty.txt", new byte[0])).singleError().message());
        assertEquals("empty file (nothing after decompression)",
                CollectingSink.read(write("empty.txt.gz", gzip(new byte[0]))).singleError().message());
    }

    @Test
    void binaryFiles() throws IOException {
        byte[] png = new byte[600];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        byte[] elf = new byte[600];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        for (String name : new String[] {"image.png", "renamed.txt", "program"}) {
            InputError e = CollectingSink.read(write(name, name.equals("program") ? elf : png)).singleError();
            assertEquals(ContentReader.BINARY, e.message());
        }
    }

    @Test
    void namedWarcThatIsNotAWarc() throws IOException {
        InputError e = CollectingSink.read(write("crawl.warc", "<html>no</html>".getBytes(StandardCharsets.UTF_8)))
                .singleError();
        assertEquals("not a WARC file (it does not start with \"WARC/\")", e.message());
    }

    @Test
    void sparse500MegabyteFileIsRefusedUnread() throws IOException {
        for (boolean textHead : new boolean[] {true, false}) {
            Path p = dir.resolve(textHead ? "huge.txt" : "huge-zeros.txt");
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                if (textHead) {
                    f.write("A long, long story.\n".getBytes(StandardCharsets.US_ASCII));
                }
                f.setLength(500L * 1024 * 1024);
            }
            long t0 = System.nanoTime();
            InputError e = CollectingSink.read(p.toString()).singleError();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals("too large: 500.0 MB exceeds the 64 MB per-article limit", e.message());
            assertTrue(ms < 2000, "took " + ms + " ms");
        }
    }

    @Test
    void fiftyMegabyteSingleLineIsRead() throws IOException {
        Path p = dir.resolve("long-line.txt");
        byte[] unit = "word’s ".getBytes(StandardCharsets.UTF_8);
        int units = 50 * 1024 * 1024 / unit.length;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 20)) {
            for (int i = 0; i < units; i++) {
                out.write(unit);
            }
        }
        assertTrue(Files.size(p) >= 49L * 1024 * 1024);
        RawInput in = CollectingSink.read(p.toString()).single();
        assertEquals(units * 7L, in.content().length());
        assertTrue(in.content().startsWith("word’s word’s"));
        assertFalse(in.content().contains("\n"));
    }

    @Test
    void smallLimitRefusesBiggerArticlesAndDecompressedBombs() throws IOException {
        Inputs small = new Inputs(ReadLimits.defaults().withMaxArticleBytes(1000));
        String plain = write("big.txt", "a".repeat(1001).getBytes(StandardCharsets.US_ASCII));
        assertEquals("too large: 1001 bytes exceeds the 1000 bytes per-article limit",
                CollectingSink.read(small, new byte[0], plain).singleError().message());
        String gz = write("bomb.txt.gz", gzip("a".repeat(100_000).getBytes(StandardCharsets.US_ASCII)));
        assertEquals("too large: exceeds the 1000 bytes per-article limit after decompression",
                CollectingSink.read(small, new byte[0], gz).singleError().message());
        String fits = write("fits.txt", "a".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        assertEquals(1000, CollectingSink.read(small, new byte[0], fits).single().content().length());
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
