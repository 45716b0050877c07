package dev.copydesk.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word-list format: one entry a line, # comments, blank lines, strict about duplicates and missing files. */
class WordListTest {
    private static Set<String> read(String text) throws IOException {
        return WordList.read(new BufferedReader(new StringReader(text)), "test.txt");
    }

    @Test
    void readsOneEntryALineInOrderSkippingCommentsAndBlanks() throws IOException {
        Set<String> words = read("# a header\n\nsaid\n  told  \nshot back   # a phrase\n#\n\twrote\n");
        assertEquals(List.of("said", "told", "shot back", "wrote"), List.copyOf(words));
    }

    @Test
    void keepsEntriesAsWritten() throws IOException {
        assertEquals(Set.of("Isn't", "’ll"), read("Isn't\n’ll\n"));
    }

    @Test
    void theSetIsImmutable() throws IOException {
        Set<String> words = read("said\n");
        assertThrows(UnsupportedOperationException.class, () -> words.add("told"));
    }

    @Test
    void aWordListedTwiceNamesTheFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("said\ntold\n\nsaid # again\n"));
        assertTrue(e.getMessage().contains("test.txt line 4"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": said"), e.getMessage());
    }

    @Test
    void anEmptyListIsAnError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read("# only a comment\n\n"));
        assertTrue(e.getMessage().contains("test.txt"), e.getMessage());
    }

    @Test
    void aMissingResourceNamesItsPath() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.load(WordListTest.class, "no-such-list.txt"));
        assertEquals("Word list not found: dev/copydesk/annotate/no-such-list.txt", e.getMessage());
    }
}
