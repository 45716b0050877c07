package dev.copydesk.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files: one token a line ({@code WORD POS CHUNK NER}, the tag last), a blank line
 * between sentences, {@code -DOCSTART-} lines between documents. Documents without sentences are
 * dropped. Stateless and thread-safe.
 */
public final class ConllReader {
    private ConllReader() {
    }

    /** The first {@code limit} documents of {@code file} (all when {@code limit} is 0). */
    public static List<ConllDocument> read(Path file, int limit) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, limit);
        }
    }

    public static List<ConllDocument> read(Reader in, int limit) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<ConllDocument> docs = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            String l = line.strip();
            if (l.startsWith("-DOCSTART-")) {
                endSentence(sentences, words, tags);
                endDocument(docs, sentences);
                if (limit > 0 && docs.size() >= limit) {
                    return docs;
                }
            } else if (l.isEmpty()) {
                endSentence(sentences, words, tags);
            } else {
                String[] cols = l.split("\\s+");
                if (cols.length < 2) {
                    throw new IOException("line " + number + ": expected a word and a tag, got '" + l + "'");
                }
                words.add(cols[0]);
                tags.add(cols[cols.length - 1]);
            }
        }
        endSentence(sentences, words, tags);
        endDocument(docs, sentences);
        return limit > 0 && docs.size() > limit ? docs.subList(0, limit) : docs;
    }

    private static void endSentence(List<ConllSentence> sentences, List<String> words, List<String> tags) {
        if (!words.isEmpty()) {
            sentences.add(new ConllSentence(words, tags));
            words.clear();
            tags.clear();
        }
    }

    private static void endDocument(List<ConllDocument> docs, List<ConllSentence> sentences) {
        if (!sentences.isEmpty()) {
            docs.add(new ConllDocument(sentences));
            sentences.clear();
        }
    }
}
