package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlInputReaderTest {
    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void otherCommonFieldNamesStandInWhenTheFieldIsAbsent() throws IOException {
        String path = write("other-names.jsonl", String.join("\n",
                "{\"doc_id\": \"7_3ecb\", \"headline\": \"Ferry runs aground\", \"date\": \"2024-05-06\", "
                        + "\"body\": \"The ferry ran aground.\"}",
                "{\"id\": \"own\", \"doc_id\": \"other\", \"maintext\": \"Kept.\", \"text\": \"The text wins.\"}",
                "{\"uuid\": 12, \"content\": \"A number as an id.\"}",
                "{\"body\": 5, \"id\": \"x\"}",
                ""));
        CollectingSink sink = CollectingSink.read(path);
        RawInput a = sink.inputs.get(0);
        assertEquals("7_3ecb", a.id());
        assertEquals("Ferry runs aground", a.title());
        assertEquals("2024-05-06", a.published());
        assertEquals("The ferry ran aground.", a.content());
        RawInput b = sink.inputs.get(1);
        assertEquals("own", b.id(), "the field itself wins over its other names");
        assertEquals("The text wins.", b.content());
        assertEquals("12", sink.inputs.get(2).id());
        assertEquals(3, sink.inputs.size());
        assertEquals("line 4: field 'body' is a number, expected a string", sink.errors.get(0).message());
    }

    @Test
    void anErrorRowWithoutTextNamesTheInputThatFailedAndWhy() throws IOException {
        String path = write("part-00000.jsonl", String.join("\n",
                "{\"source\":\"in/junk.txt\",\"input\":\"in/junk.txt\",\"record\":0,\"error\":\"binary file\"}",
                "{\"error\":\"unreadable\"}",
                "{\"id\":\"k\",\"text\":\"A text wins over an error field.\",\"error\":\"ignored\"}",
                ""));
        CollectingSink sink = CollectingSink.read(path);
        assertEquals(List.of("line 1: an error row of in/junk.txt: binary file", "line 2: an error row: unreadable"),
                sink.errors.stream().map(InputError::message).toList());
        assertEquals(List.of("k"), sink.inputs.stream().map(RawInput::id).toList());
    }

    @Test
    void textHtmlBadAndEmptyLines() throws IOException {
        String path = write("batch.jsonl", String.join("\n",
                "{\"id\": \"a1\", \"url\": \"https://news.example/a\", \"title\": \"Dock strike\", "
                        + "\"published\": \"2024-02-01\", \"text\": \"Workers walked out.\", \"lang\": \"en\"}",
                "",
                "{\"id\": 42, \"html\": \"<p>Markup \\u00e9</p>\", \"text\": \"ignored when html is there\"}",
                "{\"id\": \"bad\", \"text\": unquoted}",
                "{\"title\": \"No body\", \"tags\": [\"x\", {\"y\": 1}]}",
                "[1, 2, 3]",
                "{\"text\": \"after the errors\", \"url\": 7}",
                ""));
        CollectingSink sink = CollectingSink.read(path);
        assertEquals(List.of(path + "#1", path + "#3", "!" + path, "!" + path, "!" + path, path + "#7"), sink.order);

        RawInput a = sink.inputs.get(0);
        assertEquals(RawInput.Kind.TEXT, a.kind());
        assertEquals("a1", a.id());
        assertEquals("https://news.example/a", a.url());
        assertEquals("Dock strike", a.title());
        assertEquals("2024-02-01", a.published());
        assertEquals("Workers walked out.", a.content());
        assertNull(a.crawlDate());

        RawInput b = sink.inputs.get(1);
        assertEquals(RawInput.Kind.HTML, b.kind());
        assertEquals("42", b.id());
        assertEquals("<p>Markup é</p>", b.content());

        assertTrue(sink.errors.get(0).message().startsWith("line 4: invalid JSON ("), sink.errors.get(0).message());
        assertEquals("line 5: no \"text\" or \"html\" field", sink.errors.get(1).message());
        assertEquals("line 6: not a JSON object", sink.errors.get(2).message());
        assertNull(sink.inputs.get(2).url(), "a number is not a URL");
    }

    @Test
    void crlfBomTrailingValueAndNoFinalNewline() throws IOException {
        String path = write("win.ndjson", "\uFEFF{\"text\": \"first\"}\r\n{\"text\": \"x\"} {\"text\": \"y\"}\r\n"
                + "{\"text\": \"last, unterminated\"}");
        CollectingSink sink = CollectingSink.read(path);
        assertEquals(List.of(path + "#1", "!" + path, path + "#3"), sink.order);
        assertEquals("first", sink.inputs.get(0).content());
        assertEquals("last, unterminated", sink.inputs.get(1).content());
        assertEquals("line 2: invalid JSON (more than one value on the line)", sink.errors.get(0).message());
    }

    @Test
    void sniffedWithoutAJsonlName() throws IOException {
        String path = write("export.data", "\n{\"text\": \"sniffed\"}\n");
        RawInput in = CollectingSink.read(path).single();
        assertEquals(path + "#2", in.source());
        assertEquals("sniffed", in.content());
    }

    @Test
    void invalidUtf8InALineIsReplacedNotFatal() throws IOException {
        Path p = dir.resolve("bytes.jsonl");
        byte[] line = ContentReaderTest.concat("{\"text\": \"caf".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xE9, '"', '}', '\n'});
        Files.write(p, line);
        RawInput in = CollectingSink.read(p.toString()).single();
        assertEquals("caf\uFFFD", in.content());
    }

    @Test
    void oversizedLineIsSkippedWithAnError() throws IOException {
        Inputs small = new Inputs(ReadLimits.defaults().withMaxArticleBytes(100));
        String path = write("mixed.jsonl", "{\"text\": \"" + "x".repeat(150_000) + "\"}\n{\"text\": \"small\"}\n");
        CollectingSink sink = CollectingSink.read(small, new byte[0], path);
        assertEquals(List.of("!" + path, path + "#2"), sink.order);
        assertEquals("line 1: too large: exceeds the 100 bytes per-article limit", sink.errors.get(0).message());
    }

    @Test
    void longStringValuesWithinTheLimitAreAccepted() throws IOException {
        // Larger than Jackson's default 20-million-char string cap, well under the 64 MB article limit.
        String big = "y".repeat(21_000_000);
        String path = write("big.jsonl", "{\"text\": \"" + big + "\"}\n");
        assertEquals(big.length(), CollectingSink.read(path).single().content().length());
    }

    @Test
    void truncatedGzipDeliversEarlierLinesThenOneError() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            sb.append("{\"id\": \"n").append(i).append("\", \"text\": \"Line ").append(i)
                    .append(" of the batch, with filler ").append(Integer.toHexString(i * 7919)).append("\"}\n");
        }
        byte[] gz = ContentReaderTest.gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
        Path p = dir.resolve("cut.jsonl.gz");
        Files.write(p, Arrays.copyOf(gz, gz.length / 2));
        CollectingSink sink = CollectingSink.read(p.toString());
        assertTrue(sink.inputs.size() > 100 && sink.inputs.size() < 2000, "read " + sink.inputs.size());
        assertEquals(1, sink.errors.size());
        assertEquals(Gzip.TRUNCATED + " after line " + sink.inputs.size(), sink.errors.get(0).message());
        assertEquals("n" + sink.inputs.size(), sink.inputs.get(sink.inputs.size() - 1).id());
    }

    @Test
    void errorsAreCappedPerInput() throws IOException {
        Inputs capped = new Inputs(ReadLimits.defaults().withMaxErrorsPerInput(3));
        String path = write("noisy.jsonl", "not json\n".repeat(10) + "{\"text\": \"ok\"}\n");
        CollectingSink sink = CollectingSink.read(capped, new byte[0], path);
        assertEquals(1, sink.inputs.size());
        assertEquals(4, sink.errors.size());
        assertEquals("7 more errors in this input not shown", sink.errors.get(3).message());
    }
}
