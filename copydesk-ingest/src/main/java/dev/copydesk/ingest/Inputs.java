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
 * <p>Formats: plain text and HTML in any common encoding (UTF-16 with or without a byte-order mark
 * included); WARC and the older ARC (HTML responses only); JSON Lines; and any of these gzip-compressed.
 * The name hints at the format ({@code .txt .text .html .htm .xhtml .warc .arc .jsonl .ndjson}, each
 * optionally {@code .gz}), but the content decides where it is unambiguous: gzip, WARC and ARC magic
 * bytes are recognised whatever the name, binary content is refused whatever the name,
 * and content with no telling name is sniffed (a first {@code {} is JSON Lines, HTML markers in the
 * first 4 KB are HTML, anything else is text).
 *
 * <p>Arguments: a file is read whatever its name; a directory is walked recursively in sorted order,
 * reading only files with an input name above and skipping hidden ({@code .name}) files and directories;
 * a FIFO, socket or device (named, or met in a walk with an input name) is refused unopened with
 * {@code not a regular file (a FIFO)}, since reading it could block forever;
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
        this(limits, false);
    }

    private Inputs(ReadLimits limits, boolean wholeRecords) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.reader = new ContentReader(limits, wholeRecords);
    }

    /**
     * Inputs read within {@code limits} whose JSON Lines records are already analysed articles: each
     * record gives a {@link RawInput.Kind#ARTICLE_JSON} input whose content is the whole record (its
     * id, url, title and published read as usual). Other files are read as usual.
     */
    public static Inputs forAnalysedRecords(ReadLimits limits) {
        return new Inputs(limits, true);
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

    /**
     * Reads one already opened input, as {@link #read(List, InputStream, InputSink)} reads a file met in a
     * directory walk: for callers that open files themselves (another file system, a Spark task). The
     * stream is not closed; problems reading it become errors on {@code sink}, as for a file.
     *
     * @param source the input as it should be named in sources and errors (records add {@code #n})
     * @param name   the file name, which hints at the format; {@code null} when there is none
     * @param size   the size in bytes when known, else a negative number
     * @param in     the content
     * @param sink   receives the articles and errors, in order
     */
    public void read(String source, String name, long size, InputStream in, InputSink sink) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        Reporter out = reporter(sink, source);
        reader.read(in, name, size, out, "empty file");
        out.finish();
    }

    /**
     * Whether a directory walk reads a file of this name: not hidden ({@code .name}) and named like an
     * input ({@code .txt .text .html .htm .xhtml .warc .arc .jsonl .ndjson}, each optionally {@code .gz}).
     * A directory named hidden is skipped by a walk too.
     */
    public static boolean isWalkedName(String name) {
        return name != null && !name.startsWith(".") && Sniffer.isInputName(name);
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
        } else if (attrs.isRegularFile()) {
            readFile(arg, path, attrs, sink);
        } else {
            sink.error(new InputError(arg, notRegular(path)));
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
            } else if (Sniffer.isInputName(name)) {
                if (attrs.isRegularFile()) {
                    readFile(entry.toString(), entry, attrs, sink);
                } else {
                    sink.error(new InputError(entry.toString(), notRegular(entry)));
                }
            }
        }
    }

    /**
     * The error for a path that is neither a regular file nor a directory: reading a FIFO or a device
     * could block forever or never end, so it is refused unopened ({@code -} reads standard input).
     */
    static String notRegular(Path path) {
        String what = "a special file";
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer m) {
                what = switch (m & 0xF000) {
                    case 0x1000 -> "a FIFO";
                    case 0xC000 -> "a socket";
                    case 0x2000 -> "a character device";
                    case 0x6000 -> "a block device";
                    default -> what;
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // no unix view here: the generic words will do
        }
        return "not a regular file (" + what + ")";
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
