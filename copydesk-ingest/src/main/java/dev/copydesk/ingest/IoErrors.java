package dev.copydesk.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.regex.Pattern;

/** One-line descriptions of I/O failures, for error lines. Thread-safe (stateless). */
final class IoErrors {
    static final String NO_SUCH_FILE = "no such file or directory";
    static final String PERMISSION_DENIED = "permission denied";

    private IoErrors() {
    }

    /** What went wrong, in words a user can act on, e.g. {@code permission denied}. */
    static String describe(IOException e) {
        if (e instanceof CorruptInputException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return PERMISSION_DENIED;
        }
        if (e instanceof NoSuchFileException) {
            return NO_SUCH_FILE;
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof EOFException) {
            return "unexpected end of input";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return "read error (" + fse.getReason() + ")";
        }
        return "read error (" + detail(e) + ")";
    }

    /**
     * The exception's message, or its type when it has none. Bytes that a library printed sign-extended
     * ({@code \xffffff89}) are shown as the bytes they are ({@code \x89}).
     */
    static String detail(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : unsignBytes(m);
    }

    /** {@code s} with each sign-extended byte escape {@code \xffffffNN} or {@code 0xffffffNN} cut to its byte. */
    static String unsignBytes(String s) {
        return SIGN_EXTENDED.matcher(s).replaceAll("$1$2");
    }

    private static final Pattern SIGN_EXTENDED = Pattern.compile("(\\\\x|0x)[fF]{6}([0-9a-fA-F]{2})");
}
