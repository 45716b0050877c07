package dev.copydesk.annotate.nlp;

import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.Mention;
import dev.copydesk.annotate.Sentence;
import dev.copydesk.annotate.Token;
import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostics;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Tokens, sentences and named entities from Stanford CoreNLP's tokenizer, sentence splitter and CoNLL
 * 4-class CRF tagger, with Copydesk's own rules on top: nationality, religious and political groups
 * become {@link EntityType#NORP} ({@link GroupNames}), and player chrome and pronouns are dropped
 * ({@link MentionFilter}). Linking the mentions to canonical names is the next stage's job
 * ({@link dev.copydesk.annotate.entity.EntityLinking}).
 *
 * <p>Reads the article's text; provides {@link Layers#TOKENS}, {@link Layers#SENTENCES} and
 * {@link Layers#MENTIONS}, all with UTF-16 offsets into {@link Article#text()}. Tokens carry no
 * part-of-speech tag: the NER model does not use one, and tagging would cost about as much again.
 *
 * <p>Memory stays bounded whatever the text's length: CoreNLP reads at most {@link #MAX_WINDOW} chars
 * at a time. A window ends at a paragraph break where one is near, which is also a sentence break, so
 * windowing changes nothing for articles made of paragraphs.
 *
 * <p>Final, stateless and thread-safe. The CoreNLP pipeline is loaded once per JVM, on first use
 * (a few seconds), and shared by every instance; its {@code annotate} is safe to call from several
 * threads at once.
 */
public final class CoreNlpAnnotator implements Stage {
    /** Stage name, as used in diagnostics. */
    public static final String NAME = "corenlp";

    /**
     * The most text CoreNLP reads at once, in chars. A longer text is annotated in windows of at most
     * this size, cut at a paragraph break, else after a sentence, else at whitespace
     * ({@link Window#cut}), with offsets shifted back into the whole text.
     */
    public static final int MAX_WINDOW = 100_000;

    /** The only model file Copydesk loads from CoreNLP's models jar. */
    public static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final int maxWindow;

    /** An annotator reading at most {@link #MAX_WINDOW} chars at a time. */
    public CoreNlpAnnotator() {
        this(MAX_WINDOW);
    }

    /** An annotator reading at most {@code maxWindow} chars at a time (tests use small windows). */
    CoreNlpAnnotator(int maxWindow) {
        if (maxWindow < 2) {
            throw new IllegalArgumentException("maxWindow must be at least 2, was " + maxWindow);
        }
        this.maxWindow = maxWindow;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.MENTIONS);
    }

    /** What the tokenizer does with a character it cannot take: drop it without a warning. */
    static final String UNTOKENIZABLE = "untokenizable=noneDelete";

    /** The CoreNLP settings Copydesk runs with: the cheapest that keep CoNLL accuracy. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("tokenize.language", "en");
        // Characters the tokenizer cannot take (control characters, stray symbols in scraped pages) are dropped,
        // as by default, but silently: by default CoreNLP logs a warning for each article that has one.
        p.setProperty("tokenize.options", TokenizerAnnotator.TokenizerType.English.getDefaultOptions() + "," + UNTOKENIZABLE);
        // Article paragraphs are separated by a blank line; a single newline is only a line wrap.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        // The CRF tagger reads words and shapes only; CoreNLP's default check would demand pos and lemma.
        p.setProperty("enforceRequirements", "false");
        return p;
    }

    /** Loads the shared CoreNLP pipeline now rather than on the first article. */
    public static void preload() {
        Shared.PIPELINE.hashCode();
    }

    private static final class Shared {
        static final StanfordCoreNLP PIPELINE = new StanfordCoreNLP(properties());
    }

    @Override
    public Article process(Article article) {
        String text = article.text();
        if (text.isBlank()) {
            return article.toBuilder()
                    .layer(dev.copydesk.core.Layer.of(Layers.TOKENS, List.of(), text.length()))
                    .layer(dev.copydesk.core.Layer.of(Layers.SENTENCES, List.of(), text.length()))
                    .layer(dev.copydesk.core.Layer.of(Layers.MENTIONS, List.of(), text.length()))
                    .build();
        }
        Diagnostics.Builder problems = Diagnostics.builder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        try {
            OffsetAligner aligner = new OffsetAligner(text);
            List<Window> windows = Window.cut(text, maxWindow);
            int longWords = 0;
            for (Window w : windows) {
                // CoreNLP's per-token objects are large: annotating one window at a time keeps memory
                // bounded by the window, not the article.
                String read = windows.size() == 1 ? text : text.substring(w.start(), w.end());
                int overlong = LongWords.count(read);
                if (overlong > 0) {
                    read = LongWords.mask(read);
                    longWords += overlong;
                }
                Annotation doc = new Annotation(read);
                Shared.PIPELINE.annotate(doc);
                for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
                    int first = tokens.size();
                    for (CoreLabel l : labels) {
                        tokens.add(aligner.align(w.start() + l.beginPosition(), w.start() + l.endPosition(), l.originalText()));
                    }
                    if (tokens.size() > first) {
                        sentences.add(new Sentence(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()));
                    }
                    collectMentions(text, labels, tokens.subList(first, tokens.size()), mentions);
                }
            }
            if (longWords > 0) {
                problems.warning(NAME, "long-words-cut", longWords + " words over " + LongWords.MAX_WORD
                        + " chars were read by their first " + LongWords.MAX_WORD + " chars only");
            }
            if (aligner.repaired() > 0) {
                problems.warning(NAME, "offsets-realigned", aligner.repaired() + " token offsets did not match the text");
            }
        } catch (RuntimeException e) {
            problems.error(NAME, "annotation-failed", e.getClass().getSimpleName() + ": " + e.getMessage());
            tokens.clear();
            sentences.clear();
            mentions.clear();
        }
        Article out = article.toBuilder()
                .layer(dev.copydesk.core.Layer.of(Layers.TOKENS, tokens, text.length()))
                .layer(dev.copydesk.core.Layer.of(Layers.SENTENCES, sentences, text.length()))
                .layer(dev.copydesk.core.Layer.of(Layers.MENTIONS, mentions, text.length()))
                .build();
        Diagnostics d = problems.build();
        return d.isEmpty() ? out : out.withDiagnostics(d);
    }

    /** Runs of tokens with the same CoNLL tag become one mention (the model tags IO, not BIO). */
    private static void collectMentions(String text, List<CoreLabel> labels, List<Token> tokens, List<Mention> out) {
        int i = 0;
        while (i < labels.size()) {
            EntityType type = typeOf(labels.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.size() && type == typeOf(labels.get(j).ner())) {
                j++;
            }
            int first = i;
            int last = j - 1;
            // Quote marks and brackets the tagger swept into a name are not part of it.
            while (first <= last && !hasLetterOrDigit(text, tokens.get(first))) {
                first++;
            }
            while (last >= first && !hasLetterOrDigit(text, tokens.get(last))) {
                last--;
            }
            if (first > last) {
                i = j;
                continue;
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            String surface = text.substring(start, end);
            if (!MentionFilter.rejects(surface)) {
                out.add(new Mention(start, end, surface, retype(text, tokens, first, last, type, surface)));
            }
            i = j;
        }
    }

    /** Nouns for a people or a movement: a name right before one is a group's name ("Bashkiri nationalists"). */
    private static final Set<String> GROUP_NOUNS = Set.of("nationalists", "separatists", "rebels",
            "militants", "activists", "insurgents", "fighters", "troops", "soldiers", "forces", "citizens", "minority",
            "minorities", "community", "communities", "refugees", "migrants", "people", "peoples", "tribes",
            "diaspora", "nationals", "independence", "separatist", "nationalist");

    /** Words after which a "place" is the party told or an outlet ("told Verstka", "the newspaper Kommersant"). */
    private static final Set<String> TOLD_OR_OUTLET = Set.of("told", "publication", "newspaper",
            "outlet", "channel", "agency", "website", "broadcaster", "magazine", "daily", "tabloid", "paper", "site");

    /**
     * The type the context gives a mention where the tagger is often wrong: a single capitalised word the
     * tagger calls a person or MISC, right before a group noun, is a nationality or group (NORP); a MISC
     * name shaped like a demonym is NORP; a "place" right after "told" or an outlet noun is an outlet or body (ORGANIZATION).
     */
    private static EntityType retype(String text, List<Token> tokens, int first, int last, EntityType type, String surface) {
        if (type == EntityType.MISC && GroupNames.isGroup(surface)) {
            return EntityType.NORP;
        }
        if ((type == EntityType.PERSON || type == EntityType.MISC) && first == last && last + 1 < tokens.size()) {
            Token next = tokens.get(last + 1);
            if (GROUP_NOUNS.contains(text.substring(next.start(), next.end()))) {
                return EntityType.NORP;
            }
        }
        if (type == EntityType.LOCATION && first > 0) {
            Token previous = tokens.get(first - 1);
            if (TOLD_OR_OUTLET.contains(text.substring(previous.start(), previous.end()).toLowerCase(Locale.ROOT))) {
                return EntityType.ORGANIZATION;
            }
        }
        return type;
    }

    private static boolean hasLetterOrDigit(String text, Token t) {
        for (int k = t.start(); k < t.end(); k++) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static EntityType typeOf(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
