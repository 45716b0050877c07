package dev.copydesk.eval.quotes;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Sentence;
import dev.copydesk.annotate.Token;
import dev.copydesk.core.Article;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal provider of the {@link Layers#TOKENS}, {@link Layers#SENTENCES} and {@link Layers#ENTITIES}
 * layers: regular-expression tokens without part-of-speech tags, sentences split at . ! ? and line
 * breaks, and no entities. It lets the quote evaluation measure the attributor on its own, without a
 * statistical annotator. Final, stateless and thread-safe.
 */
public final class PlainLayers implements Stage {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'.][\\p{L}\\p{N}]+)*|\\S");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "prof", "sen", "rep",
            "gov", "gen", "col", "lt", "sgt", "capt", "jr", "sr", "vs", "no", "inc", "corp", "co", "jan", "feb",
            "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "d.c", "a.m", "p.m");

    @Override
    public String name() {
        return "plain-layers";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES);
    }

    @Override
    public Article process(Article article) {
        String text = article.text();
        List<Token> tokens = tokens(text);
        return article.withLayer(Layers.TOKENS, tokens)
                .withLayer(Layers.SENTENCES, sentences(text, tokens))
                .withLayer(Layers.ENTITIES, List.<Entity>of());
    }

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(new Token(m.start(), m.end(), null));
        }
        return out;
    }

    static List<Sentence> sentences(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size();
            boolean breakAfter = last;
            if (!last) {
                Token t = tokens.get(i);
                Token next = tokens.get(i + 1);
                if (text.substring(t.end(), next.start()).indexOf('\n') >= 0) {
                    breakAfter = true;
                } else if (isTerminal(text, tokens, i)) {
                    int j = i + 1;
                    while (j < tokens.size() && "”’\")".indexOf(text.charAt(tokens.get(j).start())) >= 0
                            && tokens.get(j).start() == tokens.get(j - 1).end()) {
                        j++;
                    }
                    if (j < tokens.size() && startsSentence(text.charAt(tokens.get(j).start()))) {
                        i = j - 1;
                        breakAfter = true;
                    }
                }
            }
            if (breakAfter) {
                out.add(new Sentence(tokens.get(first).start(), tokens.get(i).end()));
                first = i + 1;
            }
        }
        return out;
    }

    private static boolean isTerminal(String text, List<Token> tokens, int i) {
        String w = text.substring(tokens.get(i).start(), tokens.get(i).end());
        if (w.equals("!") || w.equals("?")) {
            return true;
        }
        if (!w.equals(".") || i == 0) {
            return false;
        }
        String before = text.substring(tokens.get(i - 1).start(), tokens.get(i - 1).end()).toLowerCase();
        return !ABBREVIATIONS.contains(before) && !(before.length() == 1 && Character.isLetter(before.charAt(0)));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "“‘\"(".indexOf(c) >= 0;
    }
}
