package dev.copydesk.eval.bench.reference;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.function.ToIntFunction;

/**
 * CoreNLP's who-said-what pipeline with its default settings:
 * {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}. Applied to a text, it annotates it and
 * returns the number of tokens. Loads its models when constructed. Thread-safe.
 */
public final class CoreNlpReference implements ToIntFunction<String> {
    /** The reference annotators, in order. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    public CoreNlpReference() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        pipeline = new StanfordCoreNLP(p);
    }

    @Override
    public int applyAsInt(String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        List<?> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? 0 : tokens.size();
    }
}
