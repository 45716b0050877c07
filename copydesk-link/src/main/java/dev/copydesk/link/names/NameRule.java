package dev.copydesk.link.names;

/**
 * One way to find the fuller or more usual name of an entity among the names of a scope (a story or the
 * corpus). Implementations are small, final, stateless and thread-safe.
 */
interface NameRule {
    /** The outcome for {@code name} in {@code scope}, or null when this rule has nothing to say about it. */
    NameOutcome apply(Name name, NameScope scope);
}
