package dev.copydesk.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.copydesk.core.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines: one article per line, a JSON object with any of the string fields {@code id},
 * {@code url}, {@code title}, {@code text}, {@code html} and {@code published} (a number is accepted as
 * {@code id}; other fields are ignored; {@code null} counts as absent). A non-blank {@code html} makes an
 * HTML article, else a non-blank {@code text} makes a text article. A known field of another type (say
 * {@code "text": 42}) is ignored with a {@code field-type} warning on the article, or is the line's error
 * when it leaves the line without content: {@code line 3: field 'text' is a number, expected a string}.
 * Common other names stand in when a field is absent: {@code doc_id}, {@code docid}, {@code _id},
 * {@code uuid} or {@code article_id} for {@code id}; {@code headline} for {@code title}; {@code body},
 * {@code content}, {@code maintext} or {@code article} for {@code text}; {@code date}, {@code date_publish},
 * {@code publish_date} or {@code published_at} for {@code published} (the first one present in that order).
 * Blank lines are skipped. Lines are UTF-8 (a leading byte-order mark is dropped; ill-formed bytes become
 * U+FFFD with an {@code invalid-utf8} warning); a NUL or other raw control character spoils only its line.
 *
 * <p>The file is streamed: only one line is held at a time, and a line longer than
 * {@link ReadLimits#maxArticleBytes()} is skipped with an error without being held. Each bad line gives
 * one error ({@code line 17: invalid JSON (...)}) and reading goes on. Thread-safe: instances hold only
 * immutable configuration.
 */
final class JsonlInputReader {
    /** Diagnostic code for a field of the wrong JSON type, which is ignored. */
    static final String FIELD_TYPE = "field-type";
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_DETAIL = 160;
    /** A line buffer grown past this is dropped after its line, so one huge line does not pin memory. */
    private static final int KEEP_BUFFER = 1024 * 1024;

    private final long maxLineBytes;
    private final String limitText;
    private final JsonFactory factory;
    private final boolean wholeRecords;

    JsonlInputReader(ReadLimits limits) {
        this(limits, false);
    }

    /** @param wholeRecords whether each record is an analysed article, kept whole as {@link RawInput.Kind#ARTICLE_JSON} */
    JsonlInputReader(ReadLimits limits, boolean wholeRecords) {
        this.wholeRecords = wholeRecords;
        this.maxLineBytes = limits.maxArticleBytes();
        this.limitText = limits.describeArticleLimit();
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) limits.maxArticleBytes())
                        .build())
                .build();
    }

    /**
     * Reads every line of {@code in} to {@code out}. A read failure (say, a truncated gzip stream) ends
     * the input with one error after the lines read before it.
     */
    void read(InputStream in, Reporter out) {
        byte[] chunk = new byte[CHUNK];
        byte[] line = new byte[1024];
        int lineLen = 0;
        boolean overLimit = false;
        long lineNo = 0;
        try {
            int n;
            while ((n = in.read(chunk, 0, chunk.length)) >= 0) {
                int pos = 0;
                while (pos < n) {
                    int nl = indexOf(chunk, pos, n, (byte) '\n');
                    int end = nl < 0 ? n : nl;
                    int part = end - pos;
                    if (!overLimit) {
                        if ((long) lineLen + part > maxLineBytes) {
                            overLimit = true;
                            line = new byte[1024];
                            lineLen = 0;
                        } else {
                            if (lineLen + part > line.length) {
                                line = Arrays.copyOf(line, (int) Math.min(maxLineBytes,
                                        Math.max((long) line.length * 2, (long) lineLen + part)));
                            }
                            System.arraycopy(chunk, pos, line, lineLen, part);
                            lineLen += part;
                        }
                    }
                    if (nl < 0) {
                        pos = n;
                    } else {
                        lineNo++;
                        handle(line, lineLen, overLimit, lineNo, out);
                        if (line.length > KEEP_BUFFER) {
                            line = new byte[1024];
                        }
                        lineLen = 0;
                        overLimit = false;
                        pos = nl + 1;
                    }
                }
            }
            if (lineLen > 0 || overLimit) {
                handle(line, lineLen, overLimit, lineNo + 1, out);
            }
        } catch (IOException e) {
            out.error(IoErrors.describe(e) + " after line " + lineNo);
        }
    }

    private void handle(byte[] line, int len, boolean overLimit, long lineNo, Reporter out) {
        if (overLimit) {
            out.error("line " + lineNo + ": too large: exceeds the " + limitText + " per-article limit");
            return;
        }
        int start = 0;
        if (lineNo == 1 && len >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF) {
            start = 3;
        }
        if (len > start && line[len - 1] == '\r') {
            len--;
        }
        if (isBlank(line, start, len)) {
            return;
        }
        String json = new String(line, start, len - start, StandardCharsets.UTF_8);
        RawInput input;
        try {
            input = parse(json, out.recordSource(lineNo), lineNo);
        } catch (LineException e) {
            out.error(e.getMessage());
            return;
        }
        if (wholeRecords) {
            input = new RawInput(input.source(), input.id(), input.url(), input.title(), input.published(), null,
                    RawInput.Kind.ARTICLE_JSON, json, input.diagnostics());
        }
        Utf8Scan scan = Utf8Scan.of(line, start, len - start);
        if (!scan.isValid()) {
            input = input.withDiagnostics(Diagnostics.builder().warning(RawInput.STAGE, TextDecoder.INVALID_UTF8,
                    "line " + lineNo + ": " + scan.describe(json, start) + " of the line").build());
        }
        out.accept(input);
    }

    private RawInput parse(String json, String source, long lineNo) throws LineException {
        Fields f = new Fields();
        String errorRow = null;
        String errorSource = null;
        try (JsonParser p = factory.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new LineException("line " + lineNo + ": not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                String field = Fields.NAMES.contains(name) ? name : Fields.ALIASES.get(name);
                if (field != null) {
                    f.put(name, value(p, v, name, field.equals("id")));
                } else if (v == JsonToken.VALUE_STRING && name.equals("error")) {
                    errorRow = p.getText();
                } else if (v == JsonToken.VALUE_STRING && name.equals("source")) {
                    errorSource = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new LineException("line " + lineNo + ": invalid JSON (more than one value on the line)");
            }
        } catch (JsonProcessingException e) {
            throw new LineException("line " + lineNo + ": invalid JSON (" + shorten(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new LineException("line " + lineNo + ": invalid JSON (" + shorten(IoErrors.detail(e)) + ")");
        }
        String html = f.string("html");
        String text = f.string("text");
        RawInput.Kind kind;
        String content;
        if (html != null && !html.isBlank()) {
            kind = RawInput.Kind.HTML;
            content = html;
        } else if (text != null && !text.isBlank()) {
            kind = RawInput.Kind.TEXT;
            content = text;
        } else if (errorRow != null) {
            // An error row, as the Spark job writes for an input it could not read: name that input and why.
            throw new LineException("line " + lineNo + ": an error row" + (errorSource == null ? "" : " of " + errorSource)
                    + ": " + errorRow);
        } else {
            String wrong = f.typeError("html") != null ? f.typeError("html") : f.typeError("text");
            throw new LineException("line " + lineNo + ": " + (wrong != null ? wrong : "no \"text\" or \"html\" field"));
        }
        Diagnostics.Builder notes = Diagnostics.builder();
        for (String name : Fields.NAMES) {
            String wrong = f.typeError(name);
            if (wrong != null) {
                notes.warning(RawInput.STAGE, FIELD_TYPE, "line " + lineNo + ": " + wrong + "; ignored");
            }
        }
        return new RawInput(source, f.string("id"), f.string("url"), f.string("title"), f.string("published"),
                null, kind, content, notes.build());
    }

    /**
     * A field's value: a string (or, for ids, a number as written) is kept; {@code null} counts as absent;
     * any other type is skipped and named, e.g. "field 'text' is a number, expected a string".
     */
    private static Value value(JsonParser p, JsonToken v, String name, boolean numbersToo) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return new Value(p.getText(), null);
        }
        boolean number = v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT;
        if (numbersToo && number) {
            return new Value(p.getText(), null);
        }
        if (v == JsonToken.VALUE_NULL) {
            return new Value(null, null);
        }
        String type = switch (v) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> "a " + v.name().toLowerCase(java.util.Locale.ROOT);
        };
        p.skipChildren();
        return new Value(null, "field '" + name + "' is " + type + ", expected a string"
                + (numbersToo ? " or a number" : ""));
    }

    /** A field's string, or why it has none. */
    private record Value(String string, String typeError) {
    }

    /** The known fields of one line; a repeated field keeps its last value, as JSON parsers do. */
    private static final class Fields {
        static final List<String> NAMES = List.of("id", "url", "title", "text", "html", "published");
        /** Other names of a field, in the order they are tried when the field itself is absent. */
        static final Map<String, List<String>> OTHER_NAMES = Map.of(
                "id", List.of("doc_id", "docid", "_id", "uuid", "article_id"),
                "title", List.of("headline"),
                "text", List.of("body", "content", "maintext", "article"),
                "published", List.of("date", "date_publish", "publish_date", "published_at"));
        /** Each other name and the field it stands for. */
        static final Map<String, String> ALIASES = aliases();
        private final Map<String, Value> values = new HashMap<>();

        private static Map<String, String> aliases() {
            Map<String, String> out = new HashMap<>();
            OTHER_NAMES.forEach((field, names) -> names.forEach(n -> out.put(n, field)));
            return Map.copyOf(out);
        }

        void put(String name, Value v) {
            values.put(name, v);
        }

        /** The field's value, else the first of its other names that has one, else the first of the wrong type. */
        private Value get(String name) {
            Value v = values.get(name);
            if (v != null && v.string() != null) {
                return v;
            }
            Value wrong = v;
            for (String other : OTHER_NAMES.getOrDefault(name, List.of())) {
                Value o = values.get(other);
                if (o != null && o.string() != null) {
                    return o;
                }
                if (wrong == null && o != null && o.typeError() != null) {
                    wrong = o;
                }
            }
            return wrong;
        }

        String string(String name) {
            Value v = get(name);
            return v == null ? null : v.string();
        }

        String typeError(String name) {
            Value v = get(name);
            return v == null ? null : v.typeError();
        }
    }

    private static String shorten(String s) {
        String flat = (s == null ? "unreadable" : s).replaceAll("\\s+", " ").strip();
        return flat.length() <= MAX_DETAIL ? flat : flat.substring(0, MAX_DETAIL - 1) + "…";
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\f') {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, byte target) {
        for (int i = from; i < to; i++) {
            if (b[i] == target) {
                return i;
            }
        }
        return -1;
    }

    /** One line that cannot become an article; its message is the error line. */
    private static final class LineException extends Exception {
        private static final long serialVersionUID = 1L;

        LineException(String message) {
            super(message, null, false, false);
        }
    }
}
