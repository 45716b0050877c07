package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAgreementCommandTest {
    @TempDir
    Path dir;

    @Test
    void twoRunsOfStoriesOverTheSameInputAgreeFullyAndAnEditedRunLess() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("files"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(folder.resolve("a" + i + ".txt"), "Headline " + i + "\n\n"
                    + (i % 2 == 0 ? StoriesCommandTest.FLOOD : StoriesCommandTest.STRIKE) + "\n\nRead more: story " + i + ".");
        }
        Cli one = Cli.run("stories", "-q", "--no-analyze", "--threads", "1", folder.toString());
        Cli two = Cli.run("stories", "-q", "--no-analyze", "--threads", "2", folder.toString());
        assertEquals(0, one.code(), one.err());
        Path a = Files.writeString(dir.resolve("one.jsonl"), one.out());
        Path b = Files.writeString(dir.resolve("two.jsonl"), two.out());
        EvalCommandTest.Run same = EvalCommandTest.run("eval", "agreement", a.toString(), b.toString());
        assertEquals(0, same.code(), same.err());
        assertTrue(same.out().matches("(?s).*BCubed F1\\s+1\\.000.*"), same.out());
        assertTrue(same.out().matches("(?s).*articles in both\\s+6.*"), same.out());

        // Every article moved into a story of its own: precision stays, recall falls.
        StringBuilder split = new StringBuilder();
        for (String line : one.out().split("\n")) {
            split.append(line.replaceFirst("\"story\":\"[^\"]*\"", "\"story\":\"own-" + split.length() + "\"")).append('\n');
        }
        Path c = Files.writeString(dir.resolve("split.jsonl"), split.toString());
        EvalCommandTest.Run apart = EvalCommandTest.run("eval", "agreement", a.toString(), c.toString());
        assertEquals(0, apart.code(), apart.err());
        assertTrue(apart.out().matches("(?s).*BCubed precision\\s+1\\.000.*"), apart.out());
        assertTrue(apart.out().matches("(?s).*BCubed recall\\s+0\\.333.*"), apart.out());
    }

    @Test
    void aFileThatIsNotStoriesOutputExitsWithOne() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"1\"}\n");
        EvalCommandTest.Run r = EvalCommandTest.run("eval", "agreement", bad.toString(), bad.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("copydesk: " + bad + ": line 1: no string"), r.err());
        EvalCommandTest.Run missing = EvalCommandTest.run("eval", "agreement", dir.resolve("no.jsonl").toString(), bad.toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().startsWith("copydesk: cannot read"), missing.err());
    }
}
