package dev.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.Layer;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.OffsetMap;
import dev.copydesk.core.Span;
import dev.copydesk.core.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The stage test base catches what it is there to catch: stages that cut surrogate pairs, that are not
 * thread-safe, that leave out a declared layer or ignore a missing one, and annotations whose text or
 * speaker span disagree with the text. Also: a seed replays the same text.
 */
class BaseStageTestCaseTest {
    static final LayerKey<Span> CHARS = LayerKey.of("chars", Span.class);
    static final LayerKey<Named> NAMED = LayerKey.of("named", Named.class);

    /** An annotation that carries its text and a second span, as entities and quotes do. */
    record Named(int start, int end, String text, String speaker, int speakerStart, int speakerEnd)
            implements Annotation {
    }

    /** A correct stage: one span per code point. */
    static class CodePoints implements Stage {
        public String name() { return "code-points"; }
        public Set<LayerKey<?>> requires() { return Set.of(); }
        public Set<LayerKey<?>> provides() { return Set.of(CHARS); }
        public Article process(Article a) {
            List<Span> out = new ArrayList<>();
            String t = a.text();
            for (int i = 0; i < t.length(); i += Character.charCount(t.codePointAt(i))) {
                out.add(new Span(i, i + Character.charCount(t.codePointAt(i))));
            }
            return a.withLayer(CHARS, out);
        }
    }

    /** One span per char: cuts every surrogate pair in two. */
    static final class Chars extends CodePoints {
        @Override
        public Article process(Article a) {
            List<Span> out = new ArrayList<>();
            for (int i = 0; i < a.text().length(); i++) {
                out.add(new Span(i, i + 1));
            }
            return a.withLayer(CHARS, out);
        }
    }

    /** Counts its calls into its output: not stateless, so threads see other results. */
    static final class Counting extends CodePoints {
        private final AtomicInteger calls = new AtomicInteger();

        @Override
        public Article process(Article a) {
            int n = calls.getAndIncrement() % 2;
            return a.withLayer(CHARS, a.text().isEmpty() || n == 0 ? List.of() : List.of(new Span(0, 0)));
        }
    }

    /** Declares a layer it does not add. */
    static final class Forgetful extends CodePoints {
        @Override
        public Article process(Article a) {
            return a;
        }
    }

    /** Requires a layer, and carries on without it. */
    static final class Careless extends CodePoints {
        @Override
        public Set<LayerKey<?>> requires() { return Set.of(NAMED); }
        @Override
        public Set<LayerKey<?>> provides() { return Set.of(CHARS); }
    }

    /** Runs the base's tests on one stage. */
    static final class Harness extends BaseStageTestCase {
        private final Stage stage;
        private final List<Stage> upstream;

        Harness(Stage stage, Stage... upstream) {
            this.stage = stage;
            this.upstream = List.of(upstream);
        }

        @Override
        protected Stage newStage() {
            return stage;
        }

        @Override
        protected List<Stage> upstream() {
            return upstream;
        }

        @Override
        protected int randomRounds() {
            return 20;
        }
    }

    /** Provides {@link #NAMED} with nothing in it, for {@link Careless}. */
    static final class NoNames extends CodePoints {
        @Override
        public Set<LayerKey<?>> provides() { return Set.of(NAMED); }
        @Override
        public Article process(Article a) {
            return a.withLayer(NAMED, List.of());
        }
    }

    @Test
    void aCorrectStagePasses() throws Exception {
        Harness h = new Harness(new CodePoints());
        h.randomInputsKeepTheContract();
        h.adversarialInputsKeepTheContract();
        h.sharedInstanceGivesTheSameResultsOnFourThreads();
        h.declaresWhatItNeedsAndProvides();
        h.missingRequiredLayerFailsNamingStageAndLayer();
    }

    @Test
    void aSplitSurrogatePairFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> new Harness(new Chars()).adversarialInputsKeepTheContract());
        assertTrue(e.getMessage().contains("surrogate pair") && e.getMessage().contains(TestSeed.replayOption()), e.getMessage());
    }

    @Test
    void aStageWithStateFailsOnFourThreads() {
        assertThrows(AssertionError.class, () -> new Harness(new Counting()).sharedInstanceGivesTheSameResultsOnFourThreads());
    }

    @Test
    void aMissingDeclaredLayerFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> new Harness(new Forgetful()).adversarialInputsKeepTheContract());
        assertTrue(e.getMessage().contains("provides()"), e.getMessage());
    }

    @Test
    void ignoringAMissingRequiredLayerFails() {
        assertThrows(AssertionError.class, () -> new Harness(new Careless(), new NoNames()).missingRequiredLayerFailsNamingStageAndLayer());
    }

    @Test
    void carriedTextAndSpeakerSpansAreChecked() {
        String text = "Ann said “yes” 😀";
        assertChecks(text, new Named(9, 14, "“yes”", "Ann", 0, 3), true);
        assertThrows(AssertionError.class, () -> assertChecks(text, new Named(9, 14, "“no”", "Ann", 0, 3), true));
        assertThrows(AssertionError.class, () -> assertChecks(text, new Named(9, 14, "“yes”", "Bob", 0, 3), true));
        assertThrows(AssertionError.class, () -> assertChecks(text, new Named(9, 14, "“yes”", null, 0, -1), true));
        assertThrows(AssertionError.class, () -> assertChecks(text, new Named(15, 16, "\uD83D", null, -1, -1), true));
        assertChecks(text, new Named(9, 14, "yes", null, -1, -1), false);
        assertThrows(AssertionError.class, () -> assertChecks(text, new Named(9, 14, "no", null, -1, -1), false));
    }

    @Test
    void overlapsBodiesAndOffsetMapsAreChecked() {
        assertThrows(AssertionError.class, () -> ArticleChecks.checkDisjoint(
                Layer.of(CHARS, List.of(new Span(0, 3), new Span(5, 6), new Span(2, 4)), 10)));
        ArticleChecks.checkDisjoint(Layer.of(CHARS, List.of(new Span(0, 3), new Span(3, 4)), 10));
        ArticleChecks.checkBody("One.\n\nTwo.");
        for (String bad : List.of(" One.", "One.\n\n\nTwo.", "One.\n\n \n\nTwo.", "One. \n\nTwo.")) {
            assertThrows(AssertionError.class, () -> ArticleChecks.checkBody(bad), bad);
        }
        OffsetMap map = OffsetMap.builder().segment(0, 2, 4).segment(6, 8, 3).build();
        ArticleChecks.checkOffsets("  One.\n\nTwo", "One.\n\nTwo", map);
        assertThrows(AssertionError.class, () -> ArticleChecks.checkOffsets("  One.\n\nTwo", "Onx.\n\nTwo", map));
        assertTrue(ArticleChecks.hasLoneSurrogate("a\uDC00"));
        assertTrue(!ArticleChecks.hasLoneSurrogate("a😀"));
    }

    @Test
    void aSeedReplaysTheSameText() {
        Random a = TestSeed.random(getClass(), "m");
        Random b = TestSeed.random(getClass(), "m");
        for (int i = 0; i < 20; i++) {
            assertEquals(RandomTexts.text(a), RandomTexts.text(b));
            assertEquals(RandomTexts.html(a), RandomTexts.html(b));
        }
        String token = RandomTexts.megabyteToken(new Random(1));
        assertTrue(token.split(" ")[4].length() == 1 << 20, "one token of 1 MB");
        assertEquals(100_000, RandomTexts.hundredThousandLines(new Random(1)).chars().filter(c -> c == '\n').count());
    }

    private static void assertChecks(String text, Named n, boolean verbatim) {
        ArticleChecks.checkLayer(text, Layer.of(NAMED, List.of(n), text.length()), verbatim);
    }
}
