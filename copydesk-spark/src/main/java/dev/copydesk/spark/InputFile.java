package dev.copydesk.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file the job reads: the unit of distribution and of resuming.
 *
 * @param source   the file as named in sources and errors: the argument as given, plus {@code /sub/name}
 *                 for a file met in a directory walk, as {@code copydesk ingest} names it
 * @param uri      the fully qualified Hadoop path to open
 * @param size     its length in bytes
 * @param modified its modification time, milliseconds since the epoch
 */
public record InputFile(String source, String uri, long size, long modified) implements Serializable {
    public InputFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(uri, "uri");
    }

    /** The file name, which hints at the format. */
    public String name() {
        int slash = uri.lastIndexOf('/');
        return slash < 0 ? uri : uri.substring(slash + 1);
    }

    /** Whether {@code other} is this file unchanged (same source, size and modification time). */
    public boolean sameVersion(InputFile other) {
        return source.equals(other.source) && size == other.size && modified == other.modified;
    }
}
