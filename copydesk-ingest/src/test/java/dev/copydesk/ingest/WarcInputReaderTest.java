package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcInputReaderTest {
    private static final Instant T1 = Instant.parse("2024-03-05T10:15:30Z");
    private static final Instant T2 = Instant.parse("2024-03-05T10:16:00Z");

    @TempDir
    Path dir;

    /** A WARC response record carrying an HTTP response; {@code contentType} may be null (no header). */
    static WarcResponse response(String url, Instant date, int status, String contentType, byte[] body,
                                 String... extraHeaders) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other");
        for (int i = 0; i < extraHeaders.length; i += 2) {
            http.addHeader(extraHeaders[i], extraHeaders[i + 1]);
        }
        http.body(contentType == null ? null : MediaType.parse(contentType), body);
        return new WarcResponse.Builder(URI.create(url)).date(date).body(http.build()).build();
    }

    static WarcResponse htmlResponse(String url, Instant date, String html) throws IOException {
        return response(url, date, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a WARC holding {@code records}; {@code offsets} receives where each record starts. */
    static byte[] warc(WarcCompression compression, List<Long> offsets, WarcRecord... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord r : records) {
                if (offsets != null) {
                    offsets.add((long) out.size());
                }
                w.write(r);
            }
        }
        return out.toByteArray();
    }

    private WarcRecord[] sampleRecords() throws IOException {
        Warcinfo info = new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("copydesk-test"))).build();
        WarcResponse page1 = htmlResponse("https://news.example/a", T1,
                "<html><body><p>First story \u2014 caf\u00e9</p></body></html>");
        WarcResponse image = response("https://news.example/logo.png", T1, 200, "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
        WarcResponse page2 = htmlResponse("https://news.example/b", T2,
                "<html><body><p>Second story</p></body></html>");
        return new WarcRecord[] {info, page1, image, page2};
    }

    private void assertSample(CollectingSink sink, String path) {
        assertEquals(List.of(), sink.errors);
        assertEquals(2, sink.inputs.size(), sink.inputs.toString());
        RawInput a = sink.inputs.get(0);
        RawInput b = sink.inputs.get(1);
        assertEquals(path + "#2", a.source());
        assertEquals(path + "#4", b.source());
        assertEquals("https://news.example/a", a.url());
        assertEquals("https://news.example/b", b.url());
        assertEquals("2024-03-05T10:15:30Z", a.crawlDate());
        assertEquals("2024-03-05T10:16:00Z", b.crawlDate());
        assertEquals(RawInput.Kind.HTML, a.kind());
        assertEquals("<html><body><p>First story \u2014 caf\u00e9</p></body></html>", a.content());
        assertNull(a.id());
    }

    @Test
    void plainWarcDeliversHtmlResponsesAndSkipsTheRest() throws IOException {
        Path p = dir.resolve("crawl.warc");
        Files.write(p, warc(WarcCompression.NONE, null, sampleRecords()));
        assertSample(CollectingSink.read(p.toString()), p.toString());
    }

    @Test
    void gzippedWarc() throws IOException {
        Path p = dir.resolve("crawl.warc.gz");
        Files.write(p, warc(WarcCompression.GZIP, null, sampleRecords()));
        assertSample(CollectingSink.read(p.toString()), p.toString());
    }

    @Test
    void wholeFileGzippedWarc() throws IOException {
        // `gzip crawl.warc` makes one gzip member for the whole file rather than one per record.
        Path p = dir.resolve("whole.warc.gz");
        Files.write(p, ContentReaderTest.gzip(warc(WarcCompression.NONE, null, sampleRecords())));
        assertSample(CollectingSink.read(p.toString()), p.toString());
    }

    @Test
    void gzippedWarcFromStandardInput() throws IOException {
        byte[] bytes = warc(WarcCompression.GZIP, null, sampleRecords());
        // A pipe hands over a few bytes at a time; each gzip member must still be read.
        java.io.InputStream trickle = new java.io.FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 7));
            }

            @Override
            public int available() {
                return 0;
            }
        };
        assertSample(CollectingSink.readStdin(trickle), "-");
    }

    @Test
    void truncatedWarcGzDeliversEarlierRecordsThenOneError() throws IOException {
        List<Long> offsets = new ArrayList<>();
        WarcRecord[] records = {
            htmlResponse("https://news.example/1", T1, "<p>one</p>"),
            htmlResponse("https://news.example/2", T1, "<p>two</p>"),
            htmlResponse("https://news.example/3", T1, "<p>three " + "words ".repeat(3000) + "</p>"),
        };
        byte[] full = warc(WarcCompression.GZIP, offsets, records);
        long third = offsets.get(2);
        Path p = dir.resolve("cut.warc.gz");
        Files.write(p, Arrays.copyOf(full, (int) (third + (full.length - third) / 2)));
        CollectingSink sink = CollectingSink.read(p.toString());
        assertEquals(List.of(p + "#1", p + "#2", "!" + p), sink.order);
        assertEquals(Gzip.TRUNCATED + " at record 3", sink.errors.get(0).message());
    }

    @Test
    void truncatedPlainWarcDeliversEarlierRecordsThenOneError() throws IOException {
        List<Long> offsets = new ArrayList<>();
        byte[] full = warc(WarcCompression.NONE, offsets,
                htmlResponse("https://news.example/1", T1, "<p>one</p>"),
                htmlResponse("https://news.example/2", T1, "<p>two " + "words ".repeat(500) + "</p>"));
        Path p = dir.resolve("cut.warc");
        Files.write(p, Arrays.copyOf(full, (int) (offsets.get(1) + 600)));
        CollectingSink sink = CollectingSink.read(p.toString());
        assertEquals(List.of(p + "#1", "!" + p), sink.order);
        assertEquals(WarcInputReader.TRUNCATED + " at record 2", sink.errors.get(0).message());
    }

    @Test
    void charsetFromTheHttpHeaderElseFromThePage() throws IOException {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String headerHtml = "<p>Gr\u00fc\u00dfe aus M\u00fcnchen</p>";
        String metaHtml = "<html><head><meta charset=\"windows-1252\"></head><body><p>\u201cquoted\u201d</p></body></html>";
        byte[] bytes = warc(WarcCompression.NONE, null,
                response("https://news.example/de", T1, 200, "text/html; charset=ISO-8859-1",
                        headerHtml.getBytes(latin1)),
                response("https://news.example/q", T1, 200, "text/html", metaHtml.getBytes(TextDecoder.WINDOWS_1252)));
        Path p = dir.resolve("charsets.warc");
        Files.write(p, bytes);
        CollectingSink sink = CollectingSink.read(p.toString());
        assertEquals(List.of(), sink.errors);
        assertEquals(headerHtml, sink.inputs.get(0).content());
        assertEquals(metaHtml, sink.inputs.get(1).content());
    }

    @Test
    void contentEncodingGzipAndDeflateAreDecoded() throws IOException {
        String html = "<html><body><p>Encoded page</p></body></html>";
        byte[] raw = html.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(deflated)) {
            d.write(raw);
        }
        byte[] bytes = warc(WarcCompression.NONE, null,
                response("https://news.example/gz", T1, 200, "text/html", ContentReaderTest.gzip(raw),
                        "Content-Encoding", "gzip"),
                response("https://news.example/deflate", T1, 200, "application/xhtml+xml",
                        deflated.toByteArray(), "Content-Encoding", "deflate"),
                response("https://news.example/br", T1, 200, "text/html", new byte[] {1, 2, 3},
                        "Content-Encoding", "br"));
        Path p = dir.resolve("encoded.warc");
        Files.write(p, bytes);
        CollectingSink sink = CollectingSink.read(p.toString());
        assertEquals(2, sink.inputs.size());
        assertEquals(html, sink.inputs.get(0).content());
        assertEquals(html, sink.inputs.get(1).content());
        assertEquals(1, sink.errors.size());
        assertEquals("record 3: unsupported Content-Encoding \"br\"", sink.errors.get(0).message());
    }

    @Test
    void missingContentTypeIsSniffedAndErrorStatusesAreSkipped() throws IOException {
        byte[] bytes = warc(WarcCompression.NONE, null,
                response("https://news.example/untyped", T1, 200, null,
                        "<!DOCTYPE html><p>untyped page</p>".getBytes(StandardCharsets.UTF_8)),
                response("https://news.example/untyped.txt", T1, 200, null,
                        "plain words, not a page".getBytes(StandardCharsets.UTF_8)),
                response("https://news.example/missing", T1, 404, "text/html",
                        "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)),
                response("https://news.example/moved", T1, 301, "text/html",
                        "<p>Moved</p>".getBytes(StandardCharsets.UTF_8), "Location", "https://news.example/"));
        Path p = dir.resolve("statuses.warc");
        Files.write(p, bytes);
        CollectingSink sink = CollectingSink.read(p.toString());
        assertEquals(List.of(p + "#1"), sink.order);
        assertEquals("<!DOCTYPE html><p>untyped page</p>", sink.inputs.get(0).content());
    }

    @Test
    void htmlResourceRecordsAreRead() throws IOException {
        WarcResource res = new WarcResource.Builder(URI.create("https://news.example/saved")).date(T2)
                .body(MediaType.parse("text/html;charset=utf-8"), "<p>saved page</p>".getBytes(StandardCharsets.UTF_8))
                .build();
        WarcResource css = new WarcResource.Builder(URI.create("https://news.example/site.css")).date(T2)
                .body(MediaType.parse("text/css"), "p{}".getBytes(StandardCharsets.UTF_8)).build();
        Path p = dir.resolve("resources.warc");
        Files.write(p, warc(WarcCompression.NONE, null, css, res));
        RawInput in = CollectingSink.read(p.toString()).single();
        assertEquals(p + "#2", in.source());
        assertEquals("https://news.example/saved", in.url());
        assertEquals("2024-03-05T10:16:00Z", in.crawlDate());
    }

    @Test
    void aBadRecordIsOneErrorAndReadingGoesOn() throws IOException {
        WarcResponse broken = new WarcResponse.Builder(URI.create("https://news.example/broken")).date(T1)
                .body(MediaType.HTTP_RESPONSE, "\u0001\u0002 this is no HTTP\r\n\r\n".getBytes(StandardCharsets.UTF_8))
                .build();
        Path p = dir.resolve("mixed.warc.gz");
        Files.write(p, warc(WarcCompression.GZIP, null, broken,
                htmlResponse("https://news.example/fine", T1, "<p>fine</p>")));
        CollectingSink sink = CollectingSink.read(p.toString());
        assertEquals(List.of("!" + p, p + "#2"), sink.order);
        assertTrue(sink.errors.get(0).message().startsWith("record 1: invalid HTTP response ("),
                sink.errors.get(0).message());
    }

    @Test
    void oversizedPayloadIsRefusedAndTheNextRecordRead() throws IOException {
        Inputs small = new Inputs(ReadLimits.defaults().withMaxArticleBytes(100));
        Path p = dir.resolve("big.warc");
        Files.write(p, warc(WarcCompression.NONE, null,
                htmlResponse("https://news.example/big", T1, "<p>" + "x".repeat(200) + "</p>"),
                htmlResponse("https://news.example/small", T1, "<p>small</p>")));
        CollectingSink sink = CollectingSink.read(small, new byte[0], p.toString());
        assertEquals(List.of("!" + p, p + "#2"), sink.order);
        assertEquals("record 1: too large: 207 bytes exceeds the 100 bytes per-article limit",
                sink.errors.get(0).message());
    }

    @Test
    void garbageAfterGoodRecordsEndsTheFileWithOneError() throws IOException {
        byte[] good = warc(WarcCompression.NONE, null, htmlResponse("https://news.example/1", T1, "<p>one</p>"));
        byte[] bytes = ContentReaderTest.concat(good, "WARC/1.0\r\nthis header never ends properly\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        Path p = dir.resolve("garbage.warc");
        Files.write(p, bytes);
        CollectingSink sink = CollectingSink.read(p.toString());
        assertEquals(List.of(p + "#1", "!" + p), sink.order);
        assertTrue(sink.errors.get(0).message().contains("at record 2"), sink.errors.get(0).message());
    }
}
