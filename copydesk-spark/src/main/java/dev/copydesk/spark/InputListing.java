package dev.copydesk.spark;

import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.Inputs;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the input files named by the job's arguments on any Hadoop file system ({@code file:}, {@code hdfs:},
 * {@code s3a:}, …; a bare path is the default file system's), in the order {@code copydesk ingest} reads
 * them: arguments in order; a file is read whatever its name; a directory is walked recursively, entries
 * in name order, directories in place, keeping only files named like inputs and skipping hidden ones
 * ({@link Inputs#isWalkedName}). A missing or unlistable argument is an error, not an exception.
 * Stateless and thread-safe.
 */
public final class InputListing {
    /** What the listing found. */
    public record Listing(List<InputFile> files, List<InputError> errors) {
        public Listing {
            files = List.copyOf(files);
            errors = List.copyOf(errors);
        }
    }

    private InputListing() {
    }

    /** Lists {@code args} with the file systems {@code conf} configures. */
    public static Listing list(List<String> args, Configuration conf) {
        return list(args, conf, null);
    }

    /**
     * Lists {@code args}, leaving out what a walk meets under {@code skip} (the job's own output directory,
     * when it lies inside an input directory: its {@code stories.jsonl} is no input); {@code null} skips nothing.
     */
    public static Listing list(List<String> args, Configuration conf, String skip) {
        Objects.requireNonNull(args, "args");
        String skipped = null;
        if (skip != null) {
            try {
                Path p = new Path(skip);
                skipped = p.getFileSystem(conf).makeQualified(p).toString();
            } catch (IOException | IllegalArgumentException e) {
                skipped = null;
            }
        }
        List<InputFile> files = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (String arg : args) {
            try {
                Path path = new Path(arg);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(path);
                String source = stripTrailingSlashes(arg);
                if (status.isDirectory()) {
                    walk(fs, status, source, files, errors, new HashSet<>(), skipped);
                } else {
                    files.add(file(source, status));
                }
            } catch (FileNotFoundException e) {
                errors.add(new InputError(arg, "no such file or directory"));
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new InputError(arg, e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        return new Listing(files, errors);
    }

    private static void walk(FileSystem fs, FileStatus dir, String source, List<InputFile> files,
                             List<InputError> errors, Set<String> seen, String skip) {
        if (dir.getPath().toString().equals(skip) || !seen.add(dir.getPath().toString())) {
            return;
        }
        FileStatus[] entries;
        try {
            entries = fs.listStatus(dir.getPath());
        } catch (IOException e) {
            errors.add(new InputError(source, e.getMessage() == null ? e.toString() : e.getMessage()));
            return;
        }
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            String child = source + "/" + name;
            if (entry.isDirectory()) {
                walk(fs, entry, child, files, errors, seen, skip);
            } else if (entry.isFile() && Inputs.isWalkedName(name)) {
                files.add(file(child, entry));
            }
        }
    }

    private static InputFile file(String source, FileStatus status) {
        return new InputFile(source, status.getPath().toString(), status.getLen(), status.getModificationTime());
    }

    private static String stripTrailingSlashes(String arg) {
        String s = arg;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
