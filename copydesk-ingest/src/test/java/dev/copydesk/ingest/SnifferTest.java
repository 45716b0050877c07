package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnifferTest {
    private static Format sniff(String content, Format hint) {
        byte[] b = content.getBytes(StandardCharsets.UTF_8);
        return Sniffer.sniff(b, b.length, hint);
    }

    private static Format sniff(byte[] b) {
        return Sniffer.sniff(b, b.length, null);
    }

    @Test
    void names() {
        assertEquals(Format.TEXT, Sniffer.byName("a.TXT"));
        assertEquals(Format.HTML, Sniffer.byName("a.xhtml"));
        assertEquals(Format.WARC, Sniffer.byName("crawl.warc"));
        assertEquals(Format.JSONL, Sniffer.byName("x.ndjson"));
        assertEquals(Format.GZIP, Sniffer.byName("crawl.warc.gz"));
        assertNull(Sniffer.byName("notes.md"));
        assertNull(Sniffer.byName(null));
        assertEquals("crawl.warc", Sniffer.stripGz("crawl.warc.GZ"));
        assertTrue(Sniffer.isInputName("page.htm.gz"));
        assertTrue(Sniffer.isInputName("a.text"));
        assertFalse(Sniffer.isInputName("archive.tar.gz"));
        assertFalse(Sniffer.isInputName("image.png"));
        assertFalse(Sniffer.isInputName("x.gz"));
    }

    @Test
    void contentWithoutAName() {
        assertEquals(Format.WARC, sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n", null));
        assertEquals(Format.JSONL, sniff("\n  {\"text\": \"a\"}\n", null));
        assertEquals(Format.HTML, sniff("<!DOCTYPE html><title>x</title>", null));
        assertEquals(Format.HTML, sniff("Some intro\n<P>paragraph</P>", null));
        assertEquals(Format.HTML, sniff("<body class=\"x\">hi</body>", null));
        assertEquals(Format.TEXT, sniff("A plain article.\n\nWith two paragraphs < 3 > 2.", null));
        assertEquals(Format.GZIP, sniff(new byte[] {0x1f, (byte) 0x8b, 8, 0}));
    }

    @Test
    void htmlMarkersOnlyCountInTheFirstFourKilobytes() {
        assertEquals(Format.TEXT, sniff("x".repeat(5000) + "<html>", null));
    }

    @Test
    void nameDecidesWhenTheContentIsNotMagic() {
        assertEquals(Format.TEXT, sniff("<html><p>markup in a .txt</p></html>", Format.TEXT));
        assertEquals(Format.HTML, sniff("just words", Format.HTML));
        assertEquals(Format.WARC, sniff("not a warc", Format.WARC));
        assertEquals(Format.WARC, sniff("WARC/1.0\r\n", Format.TEXT));
        assertEquals(Format.TEXT, sniff("not compressed after all", Format.GZIP));
    }

    @Test
    void binaryContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
        assertEquals(Format.BINARY, sniff(png));
        assertEquals(Format.BINARY, sniff(elf));
        assertEquals(Format.BINARY, Sniffer.sniff(png, png.length, Format.TEXT));
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 5 == 0 ? 0x01 : 'a');
        }
        assertEquals(Format.BINARY, sniff(controls));
        assertEquals(Format.TEXT, sniff("tabs\tand\r\nform feeds\f are text".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void utf16WithBomIsTextNotBinary() {
        byte[] body = "<html><p>hi</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(body, 0, b, 2, body.length);
        assertEquals(Format.HTML, sniff(b));
    }

    @Test
    void binaryIsAShareOfControlBytesOrAKnownSignature() {
        byte[] jsonl = "{\"text\": \"a\u0000b\"}\n{\"text\": \"fine\"}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Format.JSONL, sniff(jsonl));
        assertEquals(Format.BINARY, sniff(withControls(6)));
        assertEquals(Format.TEXT, sniff(withControls(4)));
        assertEquals(Format.BINARY, sniff("%PDF-1.4\nlooks like text".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Format.BINARY, Sniffer.sniff(new byte[] {'P', 'K', 3, 4, 'a', 'b'}, 6, Format.JSONL));
    }

    /** 1000 bytes of which {@code percent}% are NUL. */
    private static byte[] withControls(int percent) {
        byte[] b = new byte[1000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 100 < percent ? 0 : 'x');
        }
        return b;
    }

    @Test
    void arcMagicAndName() {
        assertEquals(Format.ARC, sniff("filedesc://x.arc 0.0.0.0 20240101000000 text/plain 1\n".getBytes(
                StandardCharsets.US_ASCII)));
        assertEquals(Format.ARC, Sniffer.byName("crawl.ARC"));
        assertEquals(true, Sniffer.isInputName("crawl.arc.gz"));
    }
}
