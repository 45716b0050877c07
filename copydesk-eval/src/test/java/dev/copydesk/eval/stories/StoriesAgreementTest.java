package dev.copydesk.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoriesAgreementTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void aRunAgreesWithItselfUnderOtherStoryIds() throws IOException {
        Path a = write("a.jsonl", "{\"id\":\"1\",\"story\":\"s1\",\"duplicateOf\":null}",
                "{\"id\":\"2\",\"story\":\"s1\",\"duplicateOf\":\"1\"}", "{\"id\":\"3\",\"story\":\"s2\",\"duplicateOf\":null}");
        Path b = write("b.jsonl", "{\"id\":\"3\",\"story\":\"x\",\"duplicateOf\":null}",
                "{\"id\":\"1\",\"story\":\"y\"}", "{\"id\":\"2\",\"story\":\"y\",\"duplicateOf\":\"1\"}");
        StoriesAgreement agreement = StoriesAgreement.of(StoriesAgreement.read(a), StoriesAgreement.read(b));
        assertEquals(3, agreement.common());
        assertEquals(1.0, agreement.scores().bcubedF1());
        assertEquals(3, agreement.sameOriginal());
    }

    @Test
    void aSplitStoryAMissingArticleAndAnotherOriginalLowerTheAgreement() throws IOException {
        Path a = write("a.jsonl", "{\"id\":\"1\",\"story\":\"s1\"}", "{\"id\":\"2\",\"story\":\"s1\",\"duplicateOf\":\"1\"}",
                "{\"id\":\"3\",\"story\":\"s1\"}", "{\"id\":\"4\",\"story\":\"s2\"}");
        Path b = write("b.jsonl", "{\"id\":\"1\",\"story\":\"t1\"}", "{\"id\":\"2\",\"story\":\"t1\"}",
                "{\"id\":\"3\",\"story\":\"t2\"}", "{\"id\":\"5\",\"story\":\"t3\"}");
        StoriesAgreement agreement = StoriesAgreement.of(StoriesAgreement.read(a), StoriesAgreement.read(b));
        assertEquals(4, agreement.reference());
        assertEquals(4, agreement.compared());
        assertEquals(3, agreement.common(), "4 and 5 are each in one run only");
        assertEquals(1.0, agreement.scores().bcubedPrecision());
        assertEquals((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, agreement.scores().bcubedRecall(), 1e-9);
        assertEquals(2, agreement.sameOriginal(), "2 names 1 in the first run only");
        String table = agreement.table("one", "two").render();
        assertTrue(table.contains("BCubed F1"), table);
        assertTrue(table.contains("0.667"), table);
    }

    @Test
    void badLinesAndRepeatedIdsAreNamed() throws IOException {
        Path bad = write("bad.jsonl", "{\"id\":\"1\",\"story\":\"s\"}", "{\"id\":\"2\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StoriesAgreement.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": line 2: no string \"id\" and \"story\""), e.getMessage());
        Path repeated = write("rep.jsonl", "{\"id\":\"1\",\"story\":\"s\"}", "", "{\"id\":\"1\",\"story\":\"t\"}");
        e = assertThrows(IllegalArgumentException.class, () -> StoriesAgreement.read(repeated));
        assertEquals(repeated + ": line 3: id 1 repeats an earlier line's", e.getMessage());
        Path junk = write("junk.jsonl", "not json");
        e = assertThrows(IllegalArgumentException.class, () -> StoriesAgreement.read(junk));
        assertTrue(e.getMessage().contains("line 1: invalid JSON"), e.getMessage());
    }
}
