package dev.copydesk.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The part of one input file that one analysis task analyses: the records whose ordinal in the file, modulo
 * {@code of}, is {@code index}. A big JSON Lines or WARC file is cut in slices so that several tasks share its
 * analysis: each task reads the whole file (reading is cheap next to analysis) and analyses only its own
 * records, so record ordinals, and the output's order, are those of the whole file. The file stays the unit of
 * resuming: a batch, with all the slices of its files, is finished or not. Immutable.
 *
 * @param file  the input file
 * @param index which slice, from 0
 * @param of    how many slices the file is cut in, at least 1
 */
record FileSlice(InputFile file, int index, int of) implements Serializable {
    FileSlice {
        Objects.requireNonNull(file, "file");
        if (of < 1 || index < 0 || index >= of) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "slice %d of %d", index, of));
        }
    }

    /** The whole file, one slice. */
    static FileSlice whole(InputFile file) {
        return new FileSlice(file, 0, 1);
    }

    /** Whether the record with ordinal {@code record} (from 0) is this slice's. */
    boolean holds(int record) {
        return record % of == index;
    }

    /** The bytes of the file this slice stands for, at least 1, to balance tasks. */
    long bytes() {
        return Math.max(1, file.size() / of);
    }
}
