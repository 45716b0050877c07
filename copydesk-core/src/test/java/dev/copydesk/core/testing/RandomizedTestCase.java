package dev.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.copydesk.core.Annotation;
import dev.copydesk.core.Article;
import dev.copydesk.core.ArticleJson;
import dev.copydesk.core.LayerKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The engine under {@link BaseStageTestCase} and {@link BaseCleanerTestCase}, in the manner of Lucene's
 * {@code BaseTokenStreamTestCase.checkRandomData}: one subject (a stage, a cleaner) run on seeded random
 * text, on fixed hostile inputs, on a 1 MB token and on 100,000 lines, then on four threads at once
 * against one shared instance, where every result must be identical to the single-threaded one.
 * Subclasses say how to run the subject and what its contract is; the inputs and the replay come from
 * here. A failure names the round, shows the input escaped, and gives the {@code -Dtests.seed} that
 * replays it (see {@link TestSeed}).
 *
 * @param <P> what the subject takes: the raw text for a cleaner, an article with its required layers for a stage
 */
@ExtendWith(RandomizedTestCase.SeedReporter.class)
public abstract class RandomizedTestCase<P> {
    /** Threads that share one instance in {@link #sharedInstanceGivesTheSameResultsOnFourThreads()}. */
    protected static final int THREADS = 4;
    /**
     * Longest fixed hostile input replayed on four threads: the deep-nesting pages cost seconds each and
     * are run single-threaded by {@link #adversarialInputsKeepTheContract()}.
     */
    private static final int MAX_CONCURRENT_INPUT = 20_000;

    /** Turns one generated input into what the subject takes. Runs single-threaded; not the code under test. */
    protected abstract P prepare(String input);

    /** Runs the one shared subject instance. Called from several threads at once. */
    protected abstract Article run(P prepared);

    /** Asserts the subject's contract on one result. */
    protected abstract void check(P prepared, Article out);

    /** Whether the subject reads HTML (inputs are then markup); false for text. */
    protected boolean readsMarkup() {
        return false;
    }

    /** Random rounds per run (times {@code -Dtests.multiplier}); lower it for slow subjects. */
    protected int randomRounds() {
        return 200;
    }

    /** Random inputs, besides the fixed hostile ones, replayed on {@link #THREADS} threads. */
    protected int concurrentRandomInputs() {
        return 40;
    }

    /** Fixed hostile inputs, spread over the whole set, replayed on {@link #THREADS} threads; all by default. */
    protected int concurrentAdversarialInputs() {
        return Integer.MAX_VALUE;
    }

    /** Time allowed for each of the two huge inputs, upstream stages included. */
    protected Duration hugeInputBudget() {
        return Duration.ofSeconds(120);
    }

    /** One random input. */
    protected String randomInput(Random r) {
        return readsMarkup() ? RandomTexts.html(r) : RandomTexts.text(r);
    }

    /** The fixed hostile inputs, by name. */
    protected Map<String, String> adversarialInputs() {
        return readsMarkup() ? RandomTexts.adversarialHtml() : RandomTexts.adversarial();
    }

    /** The 1 MB token input; a subject that cannot take it yet overrides this with a documented bound. */
    protected String hugeTokenInput(Random r) {
        String text = RandomTexts.megabyteToken(r);
        return readsMarkup() ? "<html><body><p>" + text + "</p></body></html>" : text;
    }

    /** The 100,000-line input. */
    protected String manyLinesInput(Random r) {
        String text = RandomTexts.hundredThousandLines(r);
        return readsMarkup() ? "<html><body><p>" + text.replace("\n\n", "</p>\n<p>") + "</p></body></html>" : text;
    }

    /** Checks a result of one of the two huge inputs; by default the same contract as any other. */
    protected void checkHuge(P prepared, Article out) {
        check(prepared, out);
    }

    /** The keys of every layer a result may hold, so that {@link #fingerprint} can read them. */
    protected Set<LayerKey<?>> layerKeys() {
        return Set.of();
    }

    /**
     * A canonical form of everything a subject may produce, for comparing runs: the article's JSON
     * ({@link ArticleJson}), every layer's annotations, and where the offset map sends each offset.
     */
    protected String fingerprint(Article a) {
        StringBuilder b = new StringBuilder(ArticleJson.toJson(a));
        for (String name : a.layerNames()) {
            b.append('\n').append(name).append(':');
            for (Annotation x : layerItems(a, name)) {
                b.append(' ').append(x);
            }
        }
        a.sourceOffsets().ifPresent(map -> {
            b.append("\noffsets:");
            int step = Math.max(1, a.text().length() / 5_000);
            for (int i = 0; i <= a.text().length(); i += step) {
                b.append(' ').append(map.toOriginal(i));
            }
        });
        return b.toString();
    }

    @Test
    final void randomInputsKeepTheContract() {
        Random r = TestSeed.random(getClass(), "random");
        int rounds = TestSeed.rounds(randomRounds());
        for (int round = 0; round < rounds; round++) {
            String input = randomInput(r);
            runAndCheck("random round " + round, input, false);
        }
    }

    @Test
    final void adversarialInputsKeepTheContract() {
        for (Map.Entry<String, String> e : adversarialInputs().entrySet()) {
            runAndCheck("hostile input '" + e.getKey() + "'", e.getValue(), false);
        }
    }

    @Test
    final void megabyteTokenKeepsTheContract() {
        String input = hugeTokenInput(TestSeed.random(getClass(), "token"));
        assertTimeoutPreemptively(hugeInputBudget(), () -> runAndCheck("1 MB token", input, true),
                "the 1 MB token took longer than " + hugeInputBudget() + "; replay with " + TestSeed.replayOption());
    }

    @Test
    final void hundredThousandLinesKeepTheContract() {
        String input = manyLinesInput(TestSeed.random(getClass(), "lines"));
        assertTimeoutPreemptively(hugeInputBudget(), () -> runAndCheck("100,000 lines", input, true),
                "100,000 lines took longer than " + hugeInputBudget() + "; replay with " + TestSeed.replayOption());
    }

    @Test
    final void sharedInstanceGivesTheSameResultsOnFourThreads() throws Exception {
        Random r = TestSeed.random(getClass(), "threads");
        List<String> inputs = new ArrayList<>();
        List<String> hostile = new ArrayList<>(adversarialInputs().values());
        hostile.removeIf(input -> input.length() > MAX_CONCURRENT_INPUT);
        double stride = Math.max(1.0, hostile.size() / (double) Math.max(1, concurrentAdversarialInputs()));
        for (double i = 0; i < hostile.size(); i += stride) {
            inputs.add(hostile.get((int) i));
        }
        for (int i = 0; i < concurrentRandomInputs(); i++) {
            inputs.add(randomInput(r));
        }
        List<P> prepared = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String input : inputs) {
            P p = prepare(input);
            prepared.add(p);
            expected.add(fingerprint(run(p)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < inputs.size(); i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(r.nextLong()));
                futures.add(pool.submit(() -> {
                    String[] got = new String[inputs.size()];
                    start.await();
                    for (int i : order) {
                        got[i] = fingerprint(run(prepared.get(i)));
                    }
                    return got;
                }));
            }
            for (int t = 0; t < THREADS; t++) {
                String[] got = futures.get(t).get();
                for (int i = 0; i < inputs.size(); i++) {
                    int at = i;
                    assertEquals(expected.get(i), got[i], () -> "thread result differs from the single-threaded one on "
                            + describe(inputs.get(at)) + "; replay with " + TestSeed.replayOption());
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private void runAndCheck(String what, String input, boolean huge) {
        try {
            P prepared = prepare(input);
            Article out = run(prepared);
            assertNotNull(out, "no result");
            if (huge) {
                checkHuge(prepared, out);
            } else {
                check(prepared, out);
            }
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            throw new AssertionError(getClass().getSimpleName() + ": " + what + " failed (replay with "
                    + TestSeed.replayOption() + ") on " + describe(input) + "\n" + e, e);
        }
    }

    private static String describe(String input) {
        return "input of " + input.length() + " chars: \"" + RandomTexts.escape(input, 500) + "\"";
    }

    private List<? extends Annotation> layerItems(Article a, String name) {
        for (LayerKey<?> key : layerKeys()) {
            if (key.name().equals(name)) {
                return a.layer(key, "test").items();
            }
        }
        throw new AssertionError("layer '" + name + "' is not one the subject or its upstream stages declare");
    }

    /** Prints the option that replays a failed randomized test, as Lucene's "NOTE: reproduce with" line. */
    static final class SeedReporter implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            System.err.println("NOTE: reproduce with: mvn test -Dtest=" + context.getRequiredTestClass().getSimpleName()
                    + "#" + context.getRequiredTestMethod().getName() + " " + TestSeed.replayOption());
        }
    }
}
