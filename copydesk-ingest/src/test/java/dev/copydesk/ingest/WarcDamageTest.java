package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Damage in the third of four records must be reported as record 3 (records count every record of the
 * file from 1, as the {@code #n} of sources do), with the two records before it read.
 */
class WarcDamageTest {
    private static final Instant T = Instant.parse("2024-03-05T10:15:30Z");

    @TempDir
    Path dir;

    /** Four HTML response records; {@code offsets} receives where each starts. */
    private static byte[] fourPages(List<Long> offsets) throws IOException {
        return WarcInputReaderTest.warc(WarcCompression.NONE, offsets,
                WarcInputReaderTest.htmlResponse("https://news.example/1", T, "<html><body><p>One</p></body></html>"),
                WarcInputReaderTest.htmlResponse("https://news.example/2", T, "<html><body><p>Two</p></body></html>"),
                WarcInputReaderTest.htmlResponse("https://news.example/3", T, "<html><body><p>Three</p></body></html>"),
                WarcInputReaderTest.htmlResponse("https://news.example/4", T, "<html><body><p>Four</p></body></html>"));
    }

    /** {@code warc} with the third record's Content-Length changed by {@code delta}. */
    private static byte[] thirdLengthOff(int delta) throws IOException {
        List<Long> offsets = new ArrayList<>();
        byte[] warc = fourPages(offsets);
        int start = offsets.get(2).intValue();
        int end = offsets.get(3).intValue();
        String third = new String(warc, start, end - start, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(third);
        assertTrue(m.find());
        String changed = m.replaceFirst("Content-Length: " + (Long.parseLong(m.group(1)) + delta));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(warc, 0, start);
        out.writeBytes(changed.getBytes(StandardCharsets.ISO_8859_1));
        out.write(warc, end, warc.length - end);
        return out.toByteArray();
    }

    private CollectingSink read(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return CollectingSink.read(p.toString());
    }

    private static List<String> urls(CollectingSink sink) {
        return sink.inputs.stream().map(RawInput::url).toList();
    }

    @Test
    void contentLengthTooShortOrTooLongIsTheThirdRecordsError() throws IOException {
        for (int delta : new int[] {-30, 40}) {
            CollectingSink sink = read("len" + delta + ".warc", thirdLengthOff(delta));
            assertEquals(List.of("https://news.example/1", "https://news.example/2"), urls(sink), "delta " + delta);
            assertEquals(1, sink.errors.size(), sink.errors.toString());
            assertEquals("record 3: its Content-Length does not match its content (no record end after its block);"
                    + " rest of the file skipped", sink.errors.get(0).message(), "delta " + delta);
        }
    }

    @Test
    void brokenThirdHeaderIsRecordThreeAndItsBytesPrintAsBytes() throws IOException {
        List<Long> offsets = new ArrayList<>();
        byte[] warc = fourPages(offsets);
        int at = offsets.get(2).intValue() + "WARC/1.".length();
        warc[at] = (byte) 0x89;
        CollectingSink sink = read("hdr.warc", warc);
        assertEquals(List.of("https://news.example/1", "https://news.example/2"), urls(sink));
        String message = sink.errors.get(0).message();
        assertTrue(message.startsWith("invalid WARC record header at record 3 ("), message);
        assertTrue(message.endsWith("; rest of the file skipped"), message);
        assertTrue(message.contains("\\x89"), message);
        assertFalse(message.contains("ffffff"), message);
        assertFalse(message.contains("position"), "jwarc's buffer position is not a file offset: " + message);
    }

    @Test
    void strayLineBreakBeforeTheFourthRecordIsRecordFour() throws IOException {
        List<Long> offsets = new ArrayList<>();
        byte[] warc = fourPages(offsets);
        int end = offsets.get(3).intValue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(warc, 0, end);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.write(warc, end, warc.length - end);
        CollectingSink sink = read("stray.warc", out.toByteArray());
        assertEquals(3, sink.inputs.size(), "record 3 ended where its Content-Length said");
        assertEquals(1, sink.errors.size());
        assertTrue(sink.errors.get(0).message().startsWith("invalid WARC record header at record 4 ("),
                sink.errors.get(0).message());
    }

    @Test
    void arcLengthOneByteOverIsKeptWithAWarning() throws IOException {
        String body = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Story</p></body></html>";
        String desc = "1 0 Copydesk\nURL IP-address Archive-date Content-type Archive-length\n";
        String arc = "filedesc://t.arc 0.0.0.0 20240305101530 text/plain " + desc.length() + "\n" + desc + "\n"
                + "https://news.example/a 192.0.2.1 20240305101530 text/html " + (body.length() + 1) + "\n" + body + "\n"
                + "https://news.example/b 192.0.2.1 20240305101530 text/html " + body.length() + "\n" + body + "\n";
        CollectingSink sink = read("stray.arc", arc.getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of(), sink.errors);
        assertEquals(List.of("https://news.example/a", "https://news.example/b"), urls(sink));
        assertEquals(List.of("bad-record-end"), sink.inputs.get(0).diagnostics().items().stream()
                .map(d -> d.code()).toList());
        assertEquals("record 2: no record end where its Content-Length says (its content may be cut or run on)",
                sink.inputs.get(0).diagnostics().items().get(0).detail());
        assertTrue(sink.inputs.get(1).diagnostics().isEmpty());
    }

    @Test
    void truncatedInTheThirdRecordIsRecordThree() throws IOException {
        List<Long> offsets = new ArrayList<>();
        byte[] warc = fourPages(offsets);
        byte[] cut = Arrays.copyOf(warc, offsets.get(2).intValue() + 200);
        CollectingSink sink = read("cut.warc", cut);
        assertEquals(List.of("https://news.example/1", "https://news.example/2"), urls(sink));
        assertEquals(List.of(WarcInputReader.TRUNCATED + " at record 3"),
                sink.errors.stream().map(InputError::message).toList());
    }

    @Test
    void signExtendedBytesInMessagesAreCut() {
        assertEquals("at \\x89PNG and 0x89 and \\x7f", IoErrors.unsignBytes("at \\xffffff89PNG and 0xffffff89 and \\x7f"));
    }

    @Test
    void truncatedImageInTheThirdRecordIsRecordThree() throws IOException {
        List<Long> offsets = new ArrayList<>();
        byte[] png = new byte[4000];
        png[0] = (byte) 0x89;
        byte[] warc = WarcInputReaderTest.warc(WarcCompression.NONE, offsets,
                WarcInputReaderTest.htmlResponse("https://news.example/1", T, "<html><body><p>One</p></body></html>"),
                WarcInputReaderTest.htmlResponse("https://news.example/2", T, "<html><body><p>Two</p></body></html>"),
                WarcInputReaderTest.response("https://news.example/3.png", T, 200, "image/png", png));
        CollectingSink sink = read("image.warc", Arrays.copyOf(warc, offsets.get(2).intValue() + 1000));
        assertEquals(List.of("https://news.example/1", "https://news.example/2"), urls(sink));
        assertEquals(List.of(WarcInputReader.TRUNCATED + " at record 3"),
                sink.errors.stream().map(InputError::message).toList());
    }

    @Test
    void negativeContentLengthIsThatRecordsErrorNotACrash() {
        // Found by fuzzing: jwarc's lenient parser lets a negative length through, and skipping the block
        // then moved its buffer backwards (IllegalArgumentException: newPosition < 0).
        for (int length : new int[] {-258, -5}) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                List<Long> offsets = new ArrayList<>();
                byte[] warc = fourPages(offsets);
                int start = offsets.get(1).intValue();
                int end = offsets.get(2).intValue();
                String second = new String(warc, start, end - start, StandardCharsets.ISO_8859_1);
                String broken = second.replaceFirst("Content-Length: \\d+", "Content-Length: " + length);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(warc, 0, start);
                out.writeBytes(broken.getBytes(StandardCharsets.ISO_8859_1));
                out.write(warc, end, warc.length - end);
                CollectingSink sink = read("negative" + length + ".warc", out.toByteArray());
                assertEquals(List.of("https://news.example/1"), urls(sink));
                assertEquals(List.of("record 2: negative Content-Length (" + length + "); rest of the file skipped"),
                        sink.errors.stream().map(InputError::message).toList());
            });
        }
    }
}
