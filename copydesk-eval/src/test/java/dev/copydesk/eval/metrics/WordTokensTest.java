package dev.copydesk.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokensTest {
    @Test
    void splitsOnEverythingButWordCharacters() {
        assertEquals(List.of("It", "s", "a", "3", "2", "win", "for_all"), WordTokens.of("It's a 3-2 win, for_all!"));
    }

    @Test
    void keepsCaseAndUnicodeLetters() {
        assertEquals(List.of("Naïve", "café", "Москва", "東京"), WordTokens.of("Naïve café — Москва; 東京."));
    }

    @Test
    void lowerCasesForBagOfWords() {
        assertEquals(List.of("the", "bbc", "ünal"), WordTokens.lowerCased("The BBC, Ünal"));
    }

    @Test
    void emptyAndNullGiveNoTokens() {
        assertEquals(List.of(), WordTokens.of(null));
        assertEquals(List.of(), WordTokens.of(""));
        assertEquals(List.of(), WordTokens.of(" -- ... "));
        assertEquals(List.of(), WordTokens.lowerCased(null));
    }
}
