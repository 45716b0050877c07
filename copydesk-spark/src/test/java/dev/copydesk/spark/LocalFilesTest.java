package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
    @TempDir
    java.nio.file.Path dir;

    private static FileSystem fs() throws IOException {
        LocalFiles fs = new LocalFiles();
        fs.initialize(java.net.URI.create("file:///"), new Configuration(false));
        return fs;
    }

    @Test
    void everyBitMapsToItsPosixPermission() {
        for (int bits = 0; bits <= 0777; bits++) {
            String expected = PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) bits)));
            StringBuilder rwx = new StringBuilder();
            for (int i = 8; i >= 0; i--) {
                rwx.append((bits & (1 << i)) == 0 ? '-' : "rwx".charAt((8 - i) % 3));
            }
            assertEquals(rwx.toString(), expected, Integer.toOctalString(bits));
        }
    }

    @Test
    void theStickyBitIsLeftToHadoop() {
        assertNull(LocalFiles.posix(new FsPermission((short) 01777)));
    }

    @Test
    void createsFilesAndDirectoriesWithTheirPermissions() throws IOException {
        FileSystem fs = fs();
        Path sub = new Path(dir.toUri().toString(), "a/b");
        assertTrue(fs.mkdirs(sub, new FsPermission((short) 0750)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
        Path file = new Path(sub, "part.bin");
        byte[] bytes = "Copydesk".getBytes(StandardCharsets.UTF_8);
        try (FSDataOutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
            out.write(bytes);
        }
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part.bin"))));
        fs.setPermission(file, new FsPermission((short) 0604));
        assertEquals("rw----r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part.bin"))));
        assertTrue(Files.exists(dir.resolve("a/b/.part.bin.crc")), "checksums are still written");
        try (FSDataInputStream in = fs.open(file)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void aMissingFileIsAnError() throws IOException {
        FileSystem fs = fs();
        Path missing = new Path(dir.toUri().toString(), "missing");
        assertThrows(IOException.class, () -> fs.setPermission(missing, new FsPermission((short) 0644)));
    }

    @Test
    void keepsAClassTheConfigurationNames() {
        Configuration conf = new Configuration(false);
        conf.set(LocalFiles.SETTING, "org.apache.hadoop.fs.LocalFileSystem");
        assertEquals("org.apache.hadoop.fs.LocalFileSystem", LocalFiles.apply(conf).get(LocalFiles.SETTING));
        assertEquals(LocalFiles.class.getName(), LocalFiles.apply(new Configuration(false)).get(LocalFiles.SETTING));
    }
}
