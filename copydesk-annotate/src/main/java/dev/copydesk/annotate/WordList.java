package dev.copydesk.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a word list from a resource file, as Lucene's {@code WordlistLoader} does: UTF-8, one word or
 * phrase a line, {@code #} starts a comment that runs to the end of the line, surrounding white space
 * and blank lines are ignored. Entries are kept exactly as written (lists are written in lower case).
 *
 * <p>Strict on the contract: a missing file or a word listed twice fails with a message that names the
 * file (and the line), so a list can be read, diffed and de-duplicated without reading code. Callers
 * load each list once, into a constant; the returned set is immutable and thread-safe.
 */
public final class WordList {
    private WordList() {
    }

    /**
     * The words of {@code file}, a resource in the package of {@code anchor} ("titles.txt").
     *
     * @throws IllegalStateException when the file is missing, unreadable, empty or lists a word twice
     */
    public static Set<String> load(Class<?> anchor, String file) {
        String where = anchor.getPackageName().replace('.', '/') + "/" + file;
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Word list not found: " + where);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), where);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list " + where, e);
        }
    }

    /** The words of an open reader; {@code where} names the source in messages. */
    static Set<String> read(BufferedReader reader, String where) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (word.isEmpty()) {
                continue;
            }
            if (!words.add(word)) {
                throw new IllegalStateException("Word listed twice in " + where + " line " + number + ": " + word);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException("Word list is empty: " + where);
        }
        return Collections.unmodifiableSet(words);
    }
}
