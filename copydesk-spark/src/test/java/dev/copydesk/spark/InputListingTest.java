package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {
    @TempDir
    Path dir;

    @Test
    void listsTheFilesCopydeskIngestReadsInItsOrder() throws IOException {
        Corpus.write(dir.resolve("corpus"));
        Corpus.write(dir.resolve("corpus/sub/deeper"));
        Files.writeString(dir.resolve("corpus/Z.text"), "Capital letters sort first.");
        String root = dir.resolve("corpus").toString();

        InputListing.Listing listing = InputListing.list(List.of(root + "/"), new Configuration());
        assertEquals(List.of(), listing.errors());
        List<String> listed = listing.files().stream().map(InputFile::source).toList();

        Set<String> walked = new LinkedHashSet<>();
        Inputs.withDefaults().read(List.of(root), new ByteArrayInputStream(new byte[0]), new InputSink() {
            @Override
            public void accept(RawInput input) {
                walked.add(input.source().replaceFirst("#\\d+$", ""));
            }

            @Override
            public void error(InputError error) {
                walked.add(error.source().replaceFirst("#\\d+$", ""));
            }
        });
        assertEquals(new ArrayList<>(walked), listed);
        assertEquals(root + "/Z.text", listed.get(0));
        assertEquals(9, listed.size(), "4 files twice and Z.text; hidden files and notes.md are not listed");
        InputFile a = listing.files().get(1);
        assertEquals("a.txt", a.name());
        assertEquals(Files.size(dir.resolve("corpus/a.txt")), a.size());
    }

    @Test
    void theJobsOwnOutputInsideAnInputDirectoryIsNotListed() throws IOException {
        Path corpus = Corpus.write(dir.resolve("corpus"));
        Files.writeString(Files.createDirectories(corpus.resolve("out")).resolve("stories.jsonl"), "{\"id\":\"x\"}\n");
        List<String> all = InputListing.list(List.of(corpus.toString()), new Configuration()).files().stream()
                .map(InputFile::source).toList();
        List<String> inputs = InputListing.list(List.of(corpus.toString()), new Configuration(), corpus.resolve("out/").toString())
                .files().stream().map(InputFile::source).toList();
        assertEquals(5, all.size(), "a walk reads a stories.jsonl like any JSON Lines file");
        assertEquals(all.stream().filter(s -> !s.contains("/out/")).toList(), inputs);
        assertEquals(4, inputs.size());
    }

    @Test
    void aFileIsListedWhateverItsNameAndAMissingPathIsAnError() throws IOException {
        Path md = dir.resolve("notes.md");
        Files.writeString(md, "named, so read");
        String missing = dir.resolve("missing").toString();
        InputListing.Listing listing = InputListing.list(List.of(missing, md.toString()), new Configuration());
        assertEquals(List.of(md.toString()), listing.files().stream().map(InputFile::source).toList());
        assertEquals(List.of(new InputError(missing, "no such file or directory")), listing.errors());
    }
}
