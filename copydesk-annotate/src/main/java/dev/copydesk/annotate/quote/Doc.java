package dev.copydesk.annotate.quote;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Sentence;
import dev.copydesk.annotate.Token;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article's text and layers, indexed for attribution: tokens by position, the sentence and
 * entity around a token, and the fullest capitalised name ending in a given word (used when the
 * entity layer does not know a name). Built per call; not shared between threads.
 */
final class Doc {
    final String text;
    final int[] starts;
    final int[] ends;
    final String[] words;
    final int[] sentenceOf;
    final int[] sentenceStartTok;
    final int[] sentenceEndTok;
    final Entity[] entityAt;
    /** Tokens inside quote marks; set by the attributor once it has found the quotes. */
    final boolean[] quoted;
    private final Map<String, String> fullestName = new HashMap<>();
    private final java.util.Set<String> midSentenceCapitals = new java.util.HashSet<>();

    Doc(String text, List<Token> rawTokens, List<Sentence> sentences, List<Entity> entities) {
        this.text = text;
        List<Token> tokens = joinHyphens(text, rawTokens);
        int n = tokens.size();
        starts = new int[n];
        ends = new int[n];
        words = new String[n];
        for (int i = 0; i < n; i++) {
            starts[i] = tokens.get(i).start();
            ends[i] = tokens.get(i).end();
            words[i] = text.substring(starts[i], ends[i]);
        }
        sentenceOf = new int[n];
        Arrays.fill(sentenceOf, -1);
        sentenceStartTok = new int[sentences.size()];
        sentenceEndTok = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            int a = firstTokenAtOrAfter(sentences.get(s).start());
            int b = firstTokenAtOrAfter(sentences.get(s).end());
            sentenceStartTok[s] = a;
            sentenceEndTok[s] = b;
            for (int i = a; i < b; i++) {
                sentenceOf[i] = s;
            }
        }
        quoted = new boolean[n];
        entityAt = new Entity[n];
        for (Entity e : entities) {
            for (int i = firstTokenAtOrAfter(e.start()); i < n && ends[i] <= e.end(); i++) {
                entityAt[i] = e;
            }
        }
        indexNames();
    }

    /**
     * Joins tokens a tokenizer split at hyphens ("43", "-", "year", "-", "old") back into one word, so
     * that "The 43-year-old" reads the same whichever tokenizer provided the layer.
     */
    private static List<Token> joinHyphens(String text, List<Token> tokens) {
        List<Token> out = new java.util.ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int end = t.end();
            while (i + 2 < tokens.size() && tokens.get(i + 1).start() == end && tokens.get(i + 1).end() == end + 1
                    && text.charAt(end) == '-' && tokens.get(i + 2).start() == end + 1
                    && Character.isLetterOrDigit(text.charAt(end + 1)) && end > t.start()
                    && Character.isLetterOrDigit(text.charAt(end - 1))) {
                end = tokens.get(i + 2).end();
                i += 2;
            }
            out.add(end == t.end() ? t : new Token(t.start(), end, null));
        }
        return out;
    }

    int size() {
        return words.length;
    }

    /** Index of the first token starting at or after {@code offset} ({@link #size()} when none). */
    int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The offset where sentence {@code sentence} starts (the text's length when it has no tokens). */
    int startOf(int sentence) {
        int t = sentenceStartTok[sentence];
        return t < size() ? starts[t] : text.length();
    }

    /** The start of the sentence holding the last token before {@code offset}, never before {@code floor}. */
    int sentenceStartBefore(int offset, int floor) {
        int t = Math.min(firstTokenAtOrAfter(offset), size() - 1);
        while (t >= 0 && (t >= size() || starts[t] >= offset)) {
            t--;
        }
        if (t < 0) {
            return floor;
        }
        int s = sentenceOf[t];
        int start = s >= 0 ? startOf(s) : floor;
        return Math.max(start, floor);
    }

    /** True when token {@code c} is a speech verb after its subject ("says", "notes", "shot back", "will say"). */
    boolean cueAt(int c) {
        return Lexicon.isCueAfterSubject(words[c]) || Lexicon.isReadVerb(words[c])
                || c + 1 < size() && Lexicon.isPhrasalCue(words[c], words[c + 1])
                || c > 0 && Lexicon.isBareCueAfter(words[c - 1], words[c]);
    }

    boolean isWord(int i) {
        return i >= 0 && i < words.length && !words[i].isEmpty() && Character.isLetterOrDigit(words[i].charAt(0));
    }

    boolean isCapitalised(int i) {
        return isWord(i) && Character.isUpperCase(words[i].charAt(0));
    }

    boolean is(int i, String word) {
        return i >= 0 && i < words.length && words[i].equalsIgnoreCase(word);
    }

    boolean isPerson(int i) {
        return i >= 0 && i < words.length && entityAt[i] != null && entityAt[i].type() == EntityType.PERSON;
    }

    /** True when token {@code i} opens its sentence. */
    boolean sentenceInitial(int i) {
        int s = i < sentenceOf.length ? sentenceOf[i] : -1;
        if (s >= 0 && sentenceStartTok[s] == i) {
            return true;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (isWord(j)) {
                return text.substring(ends[j], starts[i]).indexOf('\n') >= 0;
            }
            String w = words[j];
            if (w.equals(".") || w.equals("!") || w.equals("?") || w.equals(":")) {
                return true;
            }
        }
        return true;
    }

    /** The fullest capitalised name in the text whose last word is {@code lastWord}, or {@code lastWord}. */
    String fullestName(String lastWord) {
        return fullestName.getOrDefault(lastWord, lastWord);
    }

    /**
     * True when {@code word} appears capitalised somewhere in the text other than at the start of a
     * sentence: a name ("Trump"), not a sentence opener ("Among", "Eight", "Recently").
     */
    boolean isKnownName(String word) {
        return midSentenceCapitals.contains(word);
    }

    private void indexNames() {
        for (int k = 0; k < words.length; k++) {
            if (isCapitalised(k) && !sentenceInitial(k) && !(k > 0 && ("“‘\"(".contains(words[k - 1])))) {
                midSentenceCapitals.add(words[k]);
            }
        }
        int i = 0;
        while (i < words.length) {
            if (!isCapitalised(i) || Lexicon.isTitle(words[i]) || (sentenceInitial(i) && Lexicon.isDeterminer(words[i]))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.length && isCapitalised(j + 1) && starts[j + 1] - ends[j] == 1) {
                j++;
            }
            if (j > i) {
                String name = text.substring(starts[i], ends[j]);
                String last = words[j];
                String known = fullestName.get(last);
                if (known == null || known.length() < name.length()) {
                    fullestName.put(last, name);
                }
            }
            i = j + 1;
        }
    }
}
