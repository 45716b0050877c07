package dev.copydesk.eval.ner;

import java.util.List;

/** One document of a CoNLL-2003 file: the sentences between two {@code -DOCSTART-} lines. */
public record ConllDocument(List<ConllSentence> sentences) {
    public ConllDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.words().size()).sum();
    }
}
