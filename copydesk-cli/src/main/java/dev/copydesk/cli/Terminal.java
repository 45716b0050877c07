package dev.copydesk.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether Copydesk talks to a person at a terminal, for progress bars and highlighting. */
final class Terminal {
    private Terminal() {
    }

    /**
     * True when the process has a console that is a terminal. From JDK 22 {@link System#console()} may
     * return a console for redirected streams too, so {@code Console.isTerminal()} is asked when the JDK has it.
     */
    static boolean interactive() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Whether to use colour and bold: on a terminal, unless {@code NO_COLOR} is set. */
    static boolean styled() {
        return interactive() && System.getenv("NO_COLOR") == null;
    }
}
