package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in the fuzz folders ({@code fuzz/text}, {@code fuzz/html}, {@code fuzz/jsonl},
 * {@code fuzz/warc} in the test resources) is read and cleaned, each within {@link #TIME_BOUND}: no
 * exception may escape, errors must be one line about that file, and offsets must stay inside what was
 * read (see {@link ReadAndClean}). The test lists the folders itself, as jsoup's fuzz tests do: a file
 * dropped in is a regression test. Files keep a telling extension, since the name hints at the format.
 */
class FuzzRegressionTest {
    static final Duration TIME_BOUND = Duration.ofSeconds(10);
    static final List<String> FOLDERS = List.of("text", "html", "jsonl", "warc");

    static Path folder(String name) {
        URL url = FuzzRegressionTest.class.getResource("/fuzz/" + name);
        assertTrue(url != null, "missing test resource folder fuzz/" + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicNode> everyFileInTheFuzzFolders() throws IOException {
        Stream.Builder<DynamicNode> folders = Stream.builder();
        for (String name : FOLDERS) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder(name))) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            assertFalse(files.isEmpty(), "fuzz/" + name + " is empty");
            folders.add(DynamicContainer.dynamicContainer(name, files.stream().map(file ->
                    DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                            () -> assertTimeoutPreemptively(TIME_BOUND, () -> {
                                ReadAndClean r = ReadAndClean.file(file.toString());
                                assertTrue(r.articles.size() + r.errors.size() > 0, "neither article nor error");
                                ReadAndClean.stdin(Files.readAllBytes(file));
                            })))));
        }
        return folders.build();
    }
}
