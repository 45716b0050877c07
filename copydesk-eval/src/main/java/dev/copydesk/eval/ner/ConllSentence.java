package dev.copydesk.eval.ner;

import java.util.List;

/**
 * One sentence of a CoNLL-2003 file.
 *
 * @param words the tokens
 * @param tags  their NER tags, IOB1 ({@code O}, {@code I-PER}, {@code B-LOC} …), as many as words
 */
public record ConllSentence(List<String> words, List<String> tags) {
    public ConllSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
    }
}
