package dev.copydesk.core.testing;

import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The master seed of a test run, in the manner of Lucene's RandomizedTesting: random for each run
 * unless {@code -Dtests.seed=<hex>} fixes it, so a failure can be replayed exactly. Every randomized
 * test draws its {@link Random} from {@link #random(Class, String)}, which mixes the master seed with
 * the test's class and method names: one test's inputs do not change when another test draws more.
 *
 * <p>{@code -Dtests.multiplier=<n>} multiplies the number of random rounds (default 1), for longer
 * runs by hand or at night. Maven passes both properties on to the test JVM:
 * {@code mvn test -pl copydesk-annotate -Dtest=DateResolverContractTest -Dtests.seed=5EED}.
 */
public final class TestSeed {
    /** The system property that fixes the master seed, as hexadecimal digits. */
    public static final String SEED_PROPERTY = "tests.seed";
    /** The system property that multiplies the number of random rounds. */
    public static final String MULTIPLIER_PROPERTY = "tests.multiplier";

    private static final long MASTER = readMaster();

    private TestSeed() {
    }

    /** The master seed of this run. */
    public static long master() {
        return MASTER;
    }

    /** The master seed as {@code -Dtests.seed} takes it. */
    public static String master(long seed) {
        return Long.toHexString(seed).toUpperCase(Locale.ROOT);
    }

    /** The command-line option that replays this run. */
    public static String replayOption() {
        return "-D" + SEED_PROPERTY + "=" + master(MASTER);
    }

    /** A random source for one test method, the same on every run with the same master seed. */
    public static Random random(Class<?> testClass, String method) {
        long mixed = new SplittableRandom(MASTER ^ (testClass.getName() + "#" + method).hashCode() * 0x9E3779B97F4A7C15L)
                .nextLong();
        return new Random(mixed);
    }

    /** {@code rounds} times the run's multiplier. */
    public static int rounds(int rounds) {
        return Math.max(1, rounds * Integer.getInteger(MULTIPLIER_PROPERTY, 1));
    }

    private static long readMaster() {
        String given = System.getProperty(SEED_PROPERTY);
        if (given == null || given.isBlank() || given.equals("random")) {
            return new SplittableRandom().nextLong();
        }
        try {
            return Long.parseUnsignedLong(given.strip(), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SEED_PROPERTY + " must be hexadecimal digits, was '" + given + "'", e);
        }
    }
}
