package dev.copydesk.annotate.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.annotate.WordList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The quote word lists as files and the shape rules Lexicon adds on top of them. */
class LexiconTest {
    private static final List<String> LISTS = List.of("adverbs.txt", "auxiliaries.txt", "bare-cue-leads.txt",
            "bare-cue-verbs.txt", "bare-indirect-cues.txt", "determiners.txt", "function-words.txt",
            "indefinite-groups.txt", "not-verbs.txt", "noun-like-cue-stems.txt", "object-prepositions.txt",
            "passive-auxiliaries.txt", "person-nouns.txt", "phrasal-cues.txt", "pronouns.txt", "read-verbs.txt",
            "speech-nouns.txt", "speech-verb-forms.txt", "speech-verbs.txt", "subordinators.txt", "time-words.txt", "month-lookalikes.txt",
            "titles.txt", "verb-chain.txt");

    @Test
    void everyListLoadsAndIsLowerCase() {
        for (String file : LISTS) {
            Set<String> words = WordList.load(Lexicon.class, file);
            for (String w : words) {
                assertEquals(w.toLowerCase(Locale.ROOT), w, file + ": " + w);
                assertEquals(w.strip(), w, file);
            }
        }
    }

    @Test
    void everyListHasAHeaderComment() throws IOException {
        for (String file : LISTS) {
            try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.startsWith("# "), file + " should say what it lists in a first comment line");
            }
        }
    }

    @Test
    void speechVerbFormsByStemAndSuffix() {
        for (String w : List.of("said", "told", "adds", "added", "adding", "quipped", "admitted", "replied", "Insisted", "tweeted")) {
            assertTrue(Lexicon.isCue(w), w);
        }
        for (String w : List.of("say", "tell", "reports", "comments", "claims", "sad", "list", "“said")) {
            assertFalse(Lexicon.isCue(w), w);
        }
        assertTrue(Lexicon.isCueAfterSubject("reports"));
        assertTrue(Lexicon.isCueAfterSubject("notes"));
    }

    @Test
    void phrasalAndBareCues() {
        assertTrue(Lexicon.isPhrasalCue("shot", "back"));
        assertTrue(Lexicon.isPhrasalCue("Pointed", "OUT"));
        assertTrue(Lexicon.isPhrasalCue("put", "it"));
        assertTrue(Lexicon.isPhrasalCue("went", "on"));
        assertFalse(Lexicon.isPhrasalCue("shot", "out"));
        assertFalse(Lexicon.isPhrasalCue("put", "on"));
        assertTrue(Lexicon.isBareCueAfter("will", "say"));
        assertTrue(Lexicon.isBareCueAfter("’ll", "tell"));
        assertFalse(Lexicon.isBareCueAfter("the", "say"));
        assertFalse(Lexicon.isBareCueAfter("will", "shout"));
    }

    @Test
    void monthsFromTheOneTableAreTimeWordsButLookalikesMaySpeak() {
        for (String w : List.of("January", "september", "Sept", "Dec", "Today", "Monday")) {
            assertTrue(Lexicon.isTimeWord(w), w);
        }
        for (String w : List.of("May", "Jun", "Mar", "Smith", "Junior")) {
            assertFalse(Lexicon.isTimeWord(w), w);
        }
    }

    @Test
    void shapesBeyondTheLists() {
        assertTrue(Lexicon.isPersonNoun("43-year-old"));
        assertTrue(Lexicon.isPersonNoun("economists"));
        assertTrue(Lexicon.isPersonNoun("Ukrainians"));
        assertFalse(Lexicon.isPersonNoun("Christian"));
        assertFalse(Lexicon.isPersonNoun("list"));
        assertTrue(Lexicon.isTitle("Sen."));
        assertTrue(Lexicon.isAdverb("bluntly"));
        assertFalse(Lexicon.isAdverb("Kelly"));
        assertFalse(Lexicon.isAdverb("family"));
        assertTrue(Lexicon.isAuxiliary("won’t"));
        assertTrue(Lexicon.isNotVerb("whose"));
        assertTrue(Lexicon.isObjectPreposition("under"));
    }
}
