package dev.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SAMPLE = "The council’s “final” budget — £12m — passed on Tuesday. Café owners objected.";

    private static String text(byte[] b) {
        return TextDecoder.decodeText(b, b.length).text();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8() {
        assertEquals(SAMPLE, text(SAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBomLosesTheBom() {
        byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SAMPLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SAMPLE, text(b));
    }

    @Test
    void utf16LittleAndBigEndianWithBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SAMPLE.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(SAMPLE, text(le));
        assertEquals(SAMPLE, text(be));
    }

    @Test
    void windows1252CurlyQuotesAndPound() {
        // 0x93 and 0x94 are curly double quotes, 0xA3 is the pound sign, 0x92 a curly apostrophe.
        byte[] b = {'H', 'e', ' ', 's', 'a', 'i', 'd', ' ', (byte) 0x93, 'f', 'i', 'n', 'e', (byte) 0x94, ' ', 'f',
            'o', 'r', ' ', (byte) 0xA3, '5', ';', ' ', 'i', 't', (byte) 0x92, 's', ' ', 'd', 'o', 'n', 'e', '.'};
        assertEquals("He said “fine” for £5; it’s done.", text(b));
    }

    @Test
    void windows1252LongerText() {
        assertEquals(SAMPLE, text(SAMPLE.getBytes(TextDecoder.WINDOWS_1252)));
    }

    @Test
    void cyrillicWindows1251IsDetected() {
        String s = "Министерство заявило, что солдаты не получили деньги за службу в армии. "
                + "Командиры отказались отвечать на вопросы журналистов о задержке выплат.";
        assertEquals(s, text(s.getBytes(Charset.forName("windows-1251"))));
    }

    @Test
    void invalidUtf8NeverThrowsAndKeepsTheValidParts() {
        byte[] b = concat("valid start ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xE2, (byte) 0x82, ' ', 'e', 'n', 'd'});
        String s = text(b);
        assertTrue(s.startsWith("valid start "), s);
        assertTrue(s.endsWith(" end"), s);
    }

    @Test
    void randomBytesNeverThrow() {
        java.util.Random r = new java.util.Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[r.nextInt(300)];
            r.nextBytes(b);
            assertTrue(text(b).length() <= b.length);
            TextDecoder.decodeHtml(b, b.length, i % 2 == 0 ? null : "no-such-charset").text();
        }
    }

    @Test
    void htmlMetaCharsetIso88591IsReadAsWindows1252() {
        String html = "<html><head><meta charset=iso-8859-1><title>Caf\u00e9</title></head>"
                + "<body><p>Cr\u00e8me br\u00fbl\u00e9e \u2013 \u00a33</p></body></html>";
        byte[] b = html.getBytes(TextDecoder.WINDOWS_1252);
        assertEquals(html, TextDecoder.decodeHtml(b, b.length, null).text());
    }

    @Test
    void htmlHttpEquivAndXmlDeclaration() {
        String body = "<p>Fran\u00e7ois na\u00efvet\u00e9</p>";
        String equiv = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">"
                + "</head><body>" + body + "</body></html>";
        byte[] b = equiv.getBytes(Charset.forName("ISO-8859-15"));
        assertEquals(equiv, TextDecoder.decodeHtml(b, b.length, null).text());
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1250\"?><html><body><p>Łódź Žižka</p></body></html>";
        byte[] x = xml.getBytes(Charset.forName("windows-1250"));
        assertEquals(xml, TextDecoder.decodeHtml(x, x.length, null).text());
    }

    @Test
    void htmlDeclaredCharsetBeatsMetaAndBomBeatsBoth() {
        String html = "<meta charset=\"windows-1252\"><p>na\u00efve</p>";
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        assertEquals(html, TextDecoder.decodeHtml(utf8, utf8.length, "utf-8").text());
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        assertEquals(html, TextDecoder.decodeHtml(bom, bom.length, "iso-8859-1").text());
    }

    @Test
    void htmlWithoutDeclarationFallsBackToDetection() {
        String html = "<p>Caf\u00e9 cr\u00e8me, \u00a34</p>";
        byte[] b = html.getBytes(TextDecoder.WINDOWS_1252);
        assertEquals(html, TextDecoder.decodeHtml(b, b.length, null).text());
        byte[] u = html.getBytes(StandardCharsets.UTF_8);
        assertEquals(html, TextDecoder.decodeHtml(u, u.length, "bogus-charset").text());
    }

    @Test
    void declaredInPageOnlyLooksAtTheFirstFourKilobytes() {
        String late = "<p>" + "x".repeat(5000) + "</p><meta charset=koi8-r>";
        byte[] b = late.getBytes(StandardCharsets.US_ASCII);
        assertNull(TextDecoder.declaredInPage(b, b.length));
        byte[] early = "<meta charset='KOI8-R'>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("KOI8-R", TextDecoder.declaredInPage(early, early.length));
    }

    @Test
    void lookupFollowsBrowsers() {
        assertEquals(TextDecoder.WINDOWS_1252, TextDecoder.lookup("ISO-8859-1"));
        assertEquals(TextDecoder.WINDOWS_1252, TextDecoder.lookup(" us-ascii "));
        assertEquals(StandardCharsets.UTF_8, TextDecoder.lookup("utf-16"));
        assertEquals(Charset.forName("Shift_JIS"), TextDecoder.lookup("shift_jis"));
        assertNull(TextDecoder.lookup("no-such-charset"));
        assertNull(TextDecoder.lookup("bad name!"));
        assertNull(TextDecoder.lookup(null));
    }

    @Test
    void utf8Validation() {
        assertTrue(valid("plain ascii"));
        assertTrue(valid("é € 𝄞"));
        assertFalse(valid(new byte[] {(byte) 0xC0, (byte) 0xAF}), "overlong");
        assertFalse(valid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "surrogate");
        assertFalse(valid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}), "above U+10FFFF");
        assertFalse(valid(new byte[] {'a', (byte) 0xE2, (byte) 0x82}), "cut short");
        assertFalse(valid(new byte[] {(byte) 0x93}), "lone continuation byte");
    }

    private static boolean valid(String s) {
        return valid(s.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean valid(byte[] b) {
        return TextDecoder.isValidUtf8(b, 0, b.length);
    }
}
