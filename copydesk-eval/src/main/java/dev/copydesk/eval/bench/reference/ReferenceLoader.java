package dev.copydesk.eval.bench.reference;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Loads {@link CoreNlpReference}. When CoreNLP's full models are on the class path (a Maven build),
 * directly; otherwise (Copydesk's jar keeps only the model it uses) in a class loader that finds
 * CoreNLP's classes and models first in the given models jar and in CoreNLP's own code, and everything
 * else in Copydesk's class loader. Thread-safe.
 */
public final class ReferenceLoader {
    /** A model only the reference pipeline loads: its presence means the full models are at hand. */
    static final String PROBE = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private ReferenceLoader() {
    }

    /**
     * The reference pipeline, models loaded.
     *
     * @param modelsJar CoreNLP's models jar, used only when the full models are not on the class path
     * @throws IllegalStateException naming the jar when the models cannot be found
     */
    public static ToIntFunction<String> load(Path modelsJar) {
        ClassLoader own = ReferenceLoader.class.getClassLoader();
        if (own.getResource(PROBE) != null) {
            return new CoreNlpReference();
        }
        if (modelsJar == null || !Files.isRegularFile(modelsJar)) {
            throw new IllegalStateException("CoreNLP's full models jar was not found at " + modelsJar
                    + "; build Copydesk with Maven once (it fetches the jar) or pass its path");
        }
        try {
            URL code = CoreNlpReference.class.getProtectionDomain().getCodeSource().getLocation();
            URL corenlp = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getProtectionDomain().getCodeSource().getLocation();
            ClassLoader loader = new ChildFirst(new URL[] {modelsJar.toUri().toURL(), corenlp, code}, own);
            Thread current = Thread.currentThread();
            ClassLoader saved = current.getContextClassLoader();
            current.setContextClassLoader(loader);
            try {
                @SuppressWarnings("unchecked")
                ToIntFunction<String> f = (ToIntFunction<String>) loader.loadClass(CoreNlpReference.class.getName())
                        .getConstructor().newInstance();
                return f;
            } finally {
                current.setContextClassLoader(saved);
            }
        } catch (MalformedURLException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load CoreNLP's reference pipeline: " + (e.getCause() != null ? e.getCause() : e), e);
        }
    }

    /**
     * Finds CoreNLP's classes and resources, the holiday library SUTime drives by class name, and the
     * reference itself in its own jars before its parent.
     */
    private static final class ChildFirst extends URLClassLoader {
        private static final List<String> OWN = List.of("edu.stanford.nlp.", "de.jollyday.",
                CoreNlpReference.class.getName());

        ChildFirst(URL[] urls, ClassLoader parent) {
            super("corenlp-reference", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (OWN.stream().noneMatch(name::startsWith)) {
                    return super.loadClass(name, resolve);
                }
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        public URL getResource(String name) {
            URL u = name.startsWith("edu/stanford/nlp/") ? findResource(name) : null;
            return u != null ? u : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("edu/stanford/nlp/") ? findResources(name) : super.getResources(name);
        }
    }
}
