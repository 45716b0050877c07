package dev.copydesk.eval.extraction;

/** A system cannot run at all here (a missing runtime or module); the run shows it as skipped. */
public final class SystemUnavailableException extends Exception {
    public SystemUnavailableException(String reason) {
        super(reason);
    }
}
