package dev.copydesk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads Copydesk's inputs: the files, directories and standard input named on a command line, in any of
 * the formats users bring, into {@link RawInput}s (one per article) and {@link InputError}s (one per
 * unreadable file or record), streamed to an {@link InputSink}.
 *
 * <p>Formats: plain text and HTML in any common encoding; WARC (HTML responses only); JSON Lines; and
 * any of these gzip-compressed. The name hints at the format ({@code .txt .text .html .htm .xhtml .warc
 * .jsonl .ndjson}, each optionally {@code .gz}), but the content decides where it is unambiguous: gzip
 * and WARC magic bytes are recognised whatever the name, binary content is refused whatever the name,
 * and content with no telling name is sniffed (a first {@code {} is JSON Lines, HTML markers in the
 * first 4 KB are HTML, anything else is text).
 *
 * <p>Arguments: a file is read whatever its name; a directory is walked recursively in sorted order,
 * reading only files with an input name above and skipping hidden ({@code .name}) files and directories;
 * {@code -} reads standard input, sniffed by content. Sources are the path as given (directory entries
 * as {@code dir/sub/file}), {@code -} for standard input, plus {@code #n} for the n-th record of a WARC
 * or the n-th line of a JSON Lines input.
 *
 * <p>Bad input is normal input: a missing, empty, binary, oversized, unreadable or damaged input, or a
 * bad record, gives one one-line error, and the run goes on; nothing is thrown for it. Memory stays
 * bounded: WARC and JSON Lines are streamed and only one article is held at a time, refused when over
 * {@link ReadLimits#maxArticleBytes()}; a file whose size is over that limit is refused without being
 * read. Errors per input are capped at {@link ReadLimits#maxErrorsPerInput()}.
 *
 * <p>Instances are immutable and thread-safe; concurrent {@link #read} calls are independent. The sink is
 * called on the calling thread, in input order; an exception it throws ends the call.
 */
public final class Inputs {
    private final ReadLimits limits;
    private final ContentReader reader;

    /** Inputs read within {@code limits}. */
    public Inputs(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reader = new ContentReader(limits);
    }

    /** Inputs read within {@link ReadLimits#defaults()}. */
    public static Inputs withDefaults() {
        return new Inputs(ReadLimits.defaults());
    }

    /** The limits these inputs are read within. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads every argument in order to {@code sink}.
     *
     * @param args  files, directories (read recursively, sorted) and {@code -} for standard input
     * @param stdin standard input, read (and not closed) for each {@code -}
     * @param sink  receives the articles and errors, in order
     */
    public void read(List<String> args, InputStream stdin, InputSink sink) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(sink, "sink");
        for (String arg : args) {
            Objects.requireNonNull(arg, "args holds a null");
            if (arg.equals("-")) {
                Reporter out = reporter(sink, "-");
                reader.read(stdin, null, -1, out, "empty input");
                out.finish();
            } else {
                readArgument(arg, sink);
            }
        }
    }

    private void readArgument(String arg, InputSink sink) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            sink.error(new InputError(arg, "invalid path (" + e.getReason() + ")"));
            return;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            sink.error(new InputError(arg, IoErrors.describe(e)));
            return;
        }
        if (attrs.isDirectory()) {
            walk(arg, path, sink, new HashSet<>());
        } else {
            readFile(arg, path, attrs, sink);
        }
    }

    /** Reads the input files under {@code dir} depth-first in name order; {@code seen} breaks link cycles. */
    private void walk(String source, Path dir, InputSink sink, Set<Path> seen) {
        List<Path> entries = new ArrayList<>();
        try {
            if (!seen.add(dir.toRealPath())) {
                return;
            }
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            }
        } catch (IOException e) {
            sink.error(new InputError(source, IoErrors.describe(e)));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(entry, BasicFileAttributes.class);
            } catch (IOException e) {
                if (Sniffer.isInputName(name)) {
                    sink.error(new InputError(entry.toString(), IoErrors.describe(e)));
                }
                continue;
            }
            if (attrs.isDirectory()) {
                walk(entry.toString(), entry, sink, seen);
            } else if (attrs.isRegularFile() && Sniffer.isInputName(name)) {
                readFile(entry.toString(), entry, attrs, sink);
            }
        }
    }

    private void readFile(String source, Path file, BasicFileAttributes attrs, InputSink sink) {
        Reporter out = reporter(sink, source);
        long size = attrs.isRegularFile() ? attrs.size() : -1;
        try (InputStream in = Files.newInputStream(file)) {
            reader.read(in, file.getFileName() == null ? null : file.getFileName().toString(), size, out,
                    "empty file");
        } catch (IOException e) {
            out.error(IoErrors.describe(e));
        }
        out.finish();
    }

    private Reporter reporter(InputSink sink, String source) {
        return new Reporter(sink, source, limits.maxErrorsPerInput());
    }
}
