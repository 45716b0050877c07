package dev.copydesk.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}), checksums and all, that sets a file's permissions through
 * {@code java.nio} instead of starting a {@code chmod} process. Without Hadoop's native library (which Copydesk
 * does not ship), Hadoop's own local file system starts one for every directory and file it creates: some 30
 * per job on a small input, more on a big one, each a fork of the JVM (about 5 ms on one CPU) that competes with
 * the analysis. A permission {@code java.nio} cannot set (the sticky bit), or a file system without POSIX
 * permissions, goes the usual way. The job names it as {@code fs.file.impl} ({@link #SETTING}); thread-safe as
 * Hadoop's.
 */
public final class LocalFiles extends LocalFileSystem {
    /** The Hadoop setting that makes {@code file:} paths use this class. */
    static final String SETTING = "fs.file.impl";

    public LocalFiles() {
        super(new Raw());
    }

    /** {@code conf} with {@code file:} paths on this class, unless it names a class of its own already. */
    static Configuration apply(Configuration conf) {
        if (conf.get(SETTING) == null) {
            conf.set(SETTING, LocalFiles.class.getName());
        }
        return conf;
    }

    /** The POSIX permissions of {@code permission}'s user, group and other bits, or null when it has others. */
    static Set<PosixFilePermission> posix(FsPermission permission) {
        int bits = permission.toShort();
        if ((bits & ~0777) != 0) {
            return null;
        }
        PosixFilePermission[] order = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE: bits 8 down to 0
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < order.length; i++) {
            if ((bits & (1 << (8 - i))) != 0) {
                set.add(order[i]);
            }
        }
        return set;
    }

    /** The raw local file system under the checksums, with {@link #setPermission} through {@code java.nio}. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            Set<PosixFilePermission> set = posix(permission);
            if (set != null) {
                try {
                    Files.setPosixFilePermissions(pathToFile(p).toPath(), set);
                    return;
                } catch (UnsupportedOperationException e) {
                    // no POSIX permissions here: Hadoop's way
                }
            }
            super.setPermission(p, permission);
        }
    }
}
