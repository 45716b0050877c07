package dev.copydesk.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostic;
import dev.copydesk.core.OffsetMap;
import dev.copydesk.ingest.InputError;
import dev.copydesk.ingest.InputSink;
import dev.copydesk.ingest.Inputs;
import dev.copydesk.ingest.RawInput;
import dev.copydesk.ingest.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads inputs and cleans every article read, checking the contract of both on the way: errors are one
 * line each and about the input they name, articles carry their source, the cleaner never fails on them,
 * its text is stripped, and every offset of a text article maps back into what was read. Shared by the
 * fuzz targets and the fuzz regression folders. Not thread-safe; one per test.
 */
final class ReadAndClean implements InputSink {
    static final ReadLimits LIMITS = new ReadLimits(1024 * 1024, 50);

    private final Cleaner cleaner = new Cleaner();
    private final TextCleaner textCleaner = new TextCleaner();
    final List<Article> articles = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();
    private String source;

    /** Reads and cleans the file at {@code path} (its name hints at the format). */
    static ReadAndClean file(String path) {
        ReadAndClean r = new ReadAndClean();
        r.source = path;
        new Inputs(LIMITS).read(List.of(path), InputStream.nullInputStream(), r);
        return r;
    }

    /** Reads and cleans {@code bytes} as standard input (sniffed by content alone). */
    static ReadAndClean stdin(byte[] bytes) {
        ReadAndClean r = new ReadAndClean();
        r.source = "-";
        new Inputs(LIMITS).read(List.of("-"), new ByteArrayInputStream(bytes), r);
        return r;
    }

    @Override
    public void accept(RawInput in) {
        assertTrue(in.source().equals(source) || in.source().startsWith(source + "#"), in.source());
        if (in.kind() == RawInput.Kind.TEXT) {
            TextCleanerPropertyTest.assertOffsetsRecoverParagraphs(in.content(), textCleaner.clean(in.content()));
        }
        Article a = cleaner.clean(in);
        assertNotNull(a.text());
        assertEquals(a.text().strip(), a.text(), "text is stripped");
        for (Diagnostic d : a.diagnostics().items()) {
            assertFalse(d.code().equals("cleaning-failed"), () -> "the cleaner failed: " + d.detail());
        }
        assertTrue(a.diagnostics().items().containsAll(in.diagnostics().items()), "reader diagnostics carried over");
        a.sourceOffsets().ifPresent(map -> assertOffsetsInside(map, a.text().length(), in.content().length()));
        articles.add(a);
    }

    @Override
    public void error(InputError e) {
        errors.add(e);
        assertEquals(source, e.source(), "an error names its own input");
        assertFalse(e.message().isBlank(), "blank error");
        assertFalse(e.message().contains("\n"), () -> "error on more than one line: " + e.message());
    }

    private static void assertOffsetsInside(OffsetMap map, int textLength, int contentLength) {
        int last = 0;
        for (int i = 0; i <= textLength; i++) {
            int o = map.toOriginal(i);
            assertTrue(o >= 0 && o <= contentLength, "offset " + i + " maps outside the input: " + o);
            assertTrue(o >= last || i == 0, "offsets go backwards at " + i);
            last = o;
        }
    }
}
