package dev.copydesk.annotate.quote;

/**
 * How attribution rules are named in traces: a rule nested in its family reads "Family.Rule"
 * ("CueAfter.Inverted", "Rejection.TitleCase"), the way jsoup names its {@code Evaluator}s.
 */
final class Rules {
    private Rules() {
    }

    static String name(Object rule) {
        Class<?> c = rule.getClass();
        Class<?> family = c.getEnclosingClass();
        return family == null ? c.getSimpleName() : family.getSimpleName() + "." + c.getSimpleName();
    }
}
