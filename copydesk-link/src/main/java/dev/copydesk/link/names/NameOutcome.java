package dev.copydesk.link.names;

/**
 * What one rule, or the lack of one, decided for a name in one scope.
 *
 * @param resolved the name to use
 * @param how      why, in words; starts with {@link #AMBIGUOUS} when the name must stay because more than
 *                 one entity could carry it
 * @param changed  whether {@code resolved} differs from the name asked about
 */
record NameOutcome(String resolved, String how, boolean changed) {
    /** The prefix of {@link #how} for a name that stays because it is ambiguous. */
    static final String AMBIGUOUS = "ambiguous: ";

    static NameOutcome kept(String name, String how) {
        return new NameOutcome(name, how, false);
    }

    static NameOutcome ambiguous(String name, String why) {
        return new NameOutcome(name, AMBIGUOUS + why, false);
    }

    static NameOutcome to(String name, String resolved, String how) {
        return new NameOutcome(resolved, how, !name.equals(resolved));
    }

    boolean ambiguous() {
        return how.startsWith(AMBIGUOUS);
    }
}
