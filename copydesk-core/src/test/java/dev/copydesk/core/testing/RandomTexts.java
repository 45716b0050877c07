package dev.copydesk.core.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random and adversarial text for the stage test base: news words mixed with the characters that break
 * offset arithmetic (surrogate pairs, lone surrogates, bidi controls, control characters, combining
 * marks), quote marks of every kind left unbalanced, huge numbers, money- and date-like strings, and
 * HTML-ish markup (deep nesting, unclosed tags, entities) for the HTML cleaner. Every generator draws
 * only from the {@link Random} it is given, so a seed replays its text exactly.
 */
public final class RandomTexts {
    /** Words and phrases of news text that stages look for: names, cues, pronouns, player chrome. */
    public static final List<String> NEWS = List.of(
            "Ruslan Gabbasov", "Mr Gabbasov", "the 43-year-old", "he said", "she said", "said", "told reporters",
            "according to", "Vladimir Putin", "Moscow", "the Kremlin", "Bashkirs", "Reuters", "The minister",
            "the council", "a spokesman", "They vowed to fight", "It is not our war", "he", "she", "they", "it",
            "Mrs", "Dr.", "U.S.", "Inc.", "No. 10", "Q:", "WALLACE:", "asked", "added", "warned", "that",
            "Mute", "Skip", "+8", "View gallery", "Loaded: 0%", "Duration Time1:09", "Play", "Share this article",
            "Sign up to our newsletter", "Advertisement", "READ MORE:", "naïve", "Zürich", "İstanbul", "ß",
            "ﬁne", "The", "of", "and", "in", "to", "a");
    /** Quote marks of every kind. */
    public static final List<String> QUOTES = List.of(
            "“", "”", "‘", "’", "\"", "'", "«", "»", "‹", "›", "„", "‚", "「", "」", "″", "`", "＂", "“““", "”””", "''");
    /** Punctuation, alone and in runs. */
    public static final List<String> PUNCTUATION = List.of(
            ".", ",", ":", ";", "?", "!", "?!", "…", "....", "—", "–", "-", "(", ")", "[", "]", "{", "}", "/",
            "\\", "*", "#", "@", "&", "%", "<", ">", "|", "~", "^", "_", "=", "+");
    /** Spacing and line breaks, including the Unicode ones and zero-width characters. */
    public static final List<String> SPACES = List.of(
            " ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\u00A0", "\u2028", "\u2029", "\u3000", "\u200B",
            "\u000B", "\u000C", "\u0085", "\uFEFF", "\u2009", "\u202F");
    /** Paired surrogates (emoji, flags, joined sequences, mathematical letters) and lone or reversed ones. */
    public static final List<String> SURROGATES = List.of(
            "😀", "🇺🇦", "👩\u200D👩\u200D👧", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𠀀", "\uDBFF\uDFFF", "\uD800", "\uDC00", "\uDBFF",
            "\uDE00\uD83D", "\uD83Dx", "x\uDE00", "“😀”");
    /** Bidi marks, embeddings, overrides and isolates, and right-to-left and other scripts. */
    public static final List<String> BIDI = List.of(
            "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
            "\u2069", "\u061C", "مرحبا", "שלום", "Владимир Путин", "北京", "abc\u202Edef", "\u202Eسعيد\u202C");
    /** C0 and C1 control characters. */
    public static final List<String> CONTROLS = List.of(
            "\u0000", "\u0001", "\u0007", "\u0008", "\u001B", "\u001F", "\u007F", "\u0080", "\u009F");
    /** Combining marks, stacked and stranded, and scripts built from them. */
    public static final List<String> COMBINING = List.of(
            "e\u0301", "\u0301", "a\u0300\u0301\u0302\u0303\u0304\u0305", "\u20DD", "n\u0303", "क\u094Dष",
            "\u1100\u1161\u11A8", "\u0345\u0345\u0345", "\u0308\u0308");
    /** Huge and malformed numbers, money and measures. */
    public static final List<String> NUMBERS = List.of(
            "1".repeat(400), "9,999,999,999,999,999,999,999", "1e308", "1.7976931348623157E309", "2147483648",
            "9223372036854775808", "$99999999999999999999999bn", "£1,115", "$3.5bn", "€20", "₽300", "¥1",
            "0.0000000001", "-0", "3,200 miles", "50 per cent", "four million", "half a million",
            "two hundred and fifty thousand", "ninety-nine trillion trillion", "NaN", "Infinity", "1,2,3,4",
            "1.2.3", "5-10", "43-year-old", "99999999999-year-old", "0:00", "1:09", "21st", "a dozen",
            "£1,115,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000", "$.", "£,", "1,,000", "300,000 people");
    /** Dates, impossible dates, periods and date-like strings. */
    public static final List<String> DATES = List.of(
            "September 21", "21 September 2022", "31 June 2022", "29 February 2023", "29 February 2024", "2022-02-30",
            "0000-00-00", "9999-12-31", "99999-01-01", "1990s", "the 1990s", "late September", "in May",
            "since March", "last week", "3 days ago", "999999999 days ago", "next Monday", "yesterday", "09/10/22",
            "Monday, 21st of Sept. 2022", "2016-09-12", "1991", "year 0", "2022-W53", "Sept.", "May", "march",
            "in 2147483648", "0001-01-01", "last December", "next year", "1000000 years ago");
    /** Character entities, well-formed and not. */
    public static final List<String> ENTITIES = List.of(
            "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&#8220;", "&#x201D;", "&#x1F600;", "&#xD800;",
            "&#0;", "&#x110000;", "&#99999999999;", "&bogus;", "&amp", "&", "&#", "&#x;", "&ldquo;", "&rsquo;",
            "&laquo;", "&raquo;", "&shy;", "&zwj;", "&rlm;", "&#x202E;");
    private static final List<String> TAGS = List.of(
            "div", "p", "span", "article", "section", "nav", "aside", "header", "footer", "main", "table", "tr",
            "td", "ul", "ol", "li", "a", "b", "i", "em", "strong", "h1", "h2", "h3", "figure", "figcaption",
            "blockquote", "q", "pre", "code", "form", "button", "label", "time", "svg", "math", "template",
            "noscript", "iframe", "textarea", "select", "option", "font", "center", "marquee", "x-custom");
    private static final List<String> VOID_TAGS = List.of("br", "hr", "img", "meta", "link", "input", "wbr");
    private static final List<String> CLASSES = List.of(
            "article-body", "story", "content", "share", "social", "comments", "comment", "related", "promo",
            "newsletter", "caption", "byline", "author", "nav", "menu", "sidebar", "ad", "cookie", "gallery",
            "video-player", "footer", "headline", "entry-content", "post", "hidden");
    private static final List<String> SPACE_ONLY_LINES = List.of("", "", "", " ", "\t", "\u00A0", "\r");
    private static final List<List<String>> FLAVOURS = List.of(SURROGATES, BIDI, CONTROLS, COMBINING, QUOTES,
            NUMBERS, DATES, PUNCTUATION, SPACES);

    private RandomTexts() {
    }

    /** Random text from {@link #NEWS} and every adversarial family, of a random length (at most ~40 KB). */
    public static String text(Random r) {
        return text(r, NEWS);
    }

    /**
     * Random text: mostly {@code words}, mixed with every adversarial family; one family is favoured
     * in each text, so that texts dense in, say, lone surrogates or quote marks come up often.
     */
    public static String text(Random r, List<String> words) {
        int pieces = switch (r.nextInt(10)) {
            case 0 -> r.nextInt(4);
            case 9 -> 100 + r.nextInt(1500);
            default -> 3 + r.nextInt(80);
        };
        List<String> favoured = FLAVOURS.get(r.nextInt(FLAVOURS.size()));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int pick = r.nextInt(100);
            if (pick < 40) {
                b.append(words.get(r.nextInt(words.size())));
            } else if (pick < 55) {
                b.append(favoured.get(r.nextInt(favoured.size())));
            } else if (pick < 95) {
                List<String> family = FLAVOURS.get(r.nextInt(FLAVOURS.size()));
                b.append(family.get(r.nextInt(family.size())));
            } else {
                b.appendCodePoint(randomCodePoint(r));
            }
            if (r.nextInt(3) != 0) {
                b.append(r.nextInt(12) == 0 ? "\n\n" : " ");
            }
        }
        return b.toString();
    }

    /** A code point from anywhere: ASCII, the BMP, the surrogate range itself, or the supplementary planes. */
    public static int randomCodePoint(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> r.nextInt(0x80);
            case 1 -> r.nextInt(0x10000);
            case 2 -> 0xD800 + r.nextInt(0x800);
            default -> 0x10000 + r.nextInt(0x100000);
        };
    }

    /**
     * Random HTML-ish markup: elements of every kind with news-like class names, opened and closed at
     * random (so some are unclosed, some closed twice, some misnested), runs of deep nesting, entities,
     * comments, scripts and styles, with {@link #text} between them.
     */
    public static String html(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append(r.nextBoolean() ? "<!DOCTYPE html><html><head><title>" : "<html><head><title>")
                    .append(text(r, NEWS).replace("<", "")).append("</title></head><body>");
        }
        int parts = r.nextInt(10) == 0 ? 300 + r.nextInt(700) : 5 + r.nextInt(60);
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < parts; i++) {
            int pick = r.nextInt(100);
            if (pick < 30) {
                String tag = TAGS.get(r.nextInt(TAGS.size()));
                b.append('<').append(tag).append(attributes(r)).append('>');
                open.push(tag);
            } else if (pick < 50) {
                String tag = open.isEmpty() || r.nextInt(5) == 0 ? TAGS.get(r.nextInt(TAGS.size())) : open.pop();
                b.append("</").append(tag).append('>');
            } else if (pick < 75) {
                b.append(text(r, NEWS));
            } else if (pick < 83) {
                b.append(ENTITIES.get(r.nextInt(ENTITIES.size())));
            } else if (pick < 87) {
                b.append('<').append(VOID_TAGS.get(r.nextInt(VOID_TAGS.size()))).append(attributes(r)).append('>');
            } else if (pick < 90) {
                String tag = TAGS.get(r.nextInt(TAGS.size()));
                int depth = r.nextInt(r.nextInt(20) == 0 ? 5_000 : 50);
                b.append(("<" + tag + ">").repeat(depth)).append(text(r, NEWS));
                if (r.nextBoolean()) {
                    b.append(("</" + tag + ">").repeat(depth));
                }
            } else if (pick < 93) {
                b.append(r.nextBoolean() ? "<!-- " + text(r, NEWS) + " -->" : "<!--");
            } else if (pick < 96) {
                String tag = r.nextBoolean() ? "script" : "style";
                b.append('<').append(tag).append('>').append("var s = \"</p>\"; // ").append(text(r, NEWS));
                if (r.nextBoolean()) {
                    b.append("</").append(tag).append('>');
                }
            } else {
                b.append(List.of("<", ">", "</", "<p", "<div class=\"a", "<![CDATA[x]]>", "<?xml version=\"1.0\"?>",
                        "<!DOCTYPE", "</>", "<>", "<p/>", "<br/>", "<img src=x onerror=alert(1)>").get(r.nextInt(13)));
            }
        }
        if (r.nextBoolean()) {
            b.append("</body></html>");
        }
        return b.toString();
    }

    private static String attributes(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(6)) {
                case 0, 1, 2 -> b.append(" class=\"").append(CLASSES.get(r.nextInt(CLASSES.size())))
                        .append(r.nextBoolean() ? " " + CLASSES.get(r.nextInt(CLASSES.size())) : "").append('"');
                case 3 -> b.append(" id=").append(CLASSES.get(r.nextInt(CLASSES.size())));
                case 4 -> b.append(" title='“").append(QUOTES.get(r.nextInt(QUOTES.size()))).append('\'');
                default -> b.append(r.nextBoolean() ? " hidden" : " style=\"display:none");
            }
        }
        return b.toString();
    }

    /**
     * Fixed hostile texts, by name: empty and blank texts, texts made only of one adversarial family,
     * unbalanced and nested quote marks, stranded surrogates at the edges, runs of one character.
     */
    public static Map<String, String> adversarial() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("empty", "");
        m.put("space", " ");
        m.put("newlines", "\n\n\n");
        m.put("mixed-whitespace", "\t\r\n \u00a0\u200b\r\u2028\u2029\u3000\u000B\u000C\u0085");
        m.put("bom", "\uFEFF");
        m.put("one-char", "a");
        m.put("one-quote-mark", "“");
        QUOTES.forEach(q -> m.put("only-quote-" + Integer.toHexString(q.charAt(0)), q.repeat(7)));
        m.put("unbalanced-quotes", "“He said ‘no. «Non» she said. \"Maybe' they said” ” ” and ‘‘‘ ended");
        m.put("quote-across-paragraphs", "“We will fight,\n\nand we will win\n\n“They said,” he said.");
        m.put("nested-quotes", "“‘“‘“‘“‘ deep ’”’”’”’” said Mr Smith.".repeat(20));
        m.put("quote-marks-2000", "“".repeat(2000) + " he said " + "”".repeat(1000));
        m.put("cue-only", "said");
        m.put("colon-then-quote", "WALLACE: “It is not our war,” he said. Q: “Really?”");
        m.put("lone-high-surrogate", "\uD800");
        m.put("lone-low-surrogate", "\uDC00");
        m.put("reversed-pair", "\uDC00\uD800");
        m.put("ends-with-high-surrogate", "Hello Mr Smith \uD83D");
        m.put("starts-with-low-surrogate", "\uDE00 Hello Mr Smith");
        m.put("emoji-only", "😀🇺🇦👩\u200D👩\u200D👧𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
        m.put("emoji-around-name", "😀Vladimir Putin😀 said “😀” on 😀21 September 2022😀 for 😀$3.5bn😀.");
        m.put("surrogates-between-every-char", String.join("\uD83D\uDE00", "Mr Smith said “hi” 2022".split("")));
        m.put("controls", "\u0000".repeat(100) + "\u0001\u0007\u001B\u007F\u0080\u009F");
        m.put("controls-in-words", "Mr\u0000Smith sa\u0007id “hel\u001Blo” on Sept\u0000ember 21 for $3\u0008.5bn");
        m.put("rtl-override", "\u202EMr Smith said “no” on 21 September 2022\u202C and \u2067مرحبا\u2069.");
        m.put("bidi-only", String.join("", BIDI.subList(0, 12)).repeat(10));
        m.put("combining-only", "\u0301".repeat(50));
        m.put("zalgo-name", "V\u0301\u0302\u0303ladimir P\u0300\u0301utin said “n\u0303o”.");
        m.put("huge-numbers", String.join(" ", NUMBERS));
        m.put("dates", String.join(". ", DATES) + ".");
        m.put("money-run", "$$$$ ££££ €€€€ 1,1,1,1 .5.5.5 $1$2$3 £1bn£2bn 1bnbnbn");
        m.put("digits-only", "1234567890".repeat(300));
        m.put("open-parens", "(".repeat(5000) + "he said" + ")".repeat(10));
        m.put("dots", ".".repeat(5000));
        m.put("dollar-line", "$".repeat(5000));
        m.put("honorifics", "Mr. Mrs. Dr. Mr Mrs Dr ".repeat(200));
        m.put("long-word", "x".repeat(2_000));
        m.put("many-short-paragraphs", "A.\n\n".repeat(3000));
        m.put("crlf-paragraphs", "Mr Smith said “yes”.\r\n\r\nShe said “no”.\r\n\r\n\r\n");
        m.put("markup-in-text", "<b>Mr Smith</b> said &amp; “<i>no</i>” &#x201D; <!-- x --> <script>");
        return m;
    }

    /** Fixed hostile pages, by name: empty and stray markup, unclosed and misnested tags, entity soup, deep nesting. */
    public static Map<String, String> adversarialHtml() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("empty", "");
        m.put("blank", " \n\t ");
        m.put("lt", "<");
        m.put("empty-tag", "<>");
        m.put("close-only", "</p>");
        m.put("html-only", "<html>");
        m.put("unclosed-p", "<p>Mr Smith said the council would meet again next week to decide.");
        m.put("unterminated-comment", "<p>Before</p><!-- <p>hidden paragraph that never ends");
        m.put("unterminated-script", "<p>Before the script there is a paragraph.</p><script>var s = '</p>");
        m.put("misnested", "<p>a<b>b<i>c</p>d</i>e</b>f<p>The council met on Tuesday and agreed the plan.</p>");
        m.put("deep-divs", "<div>".repeat(10_000) + "<p>Deep inside the nesting there is one paragraph of text.</p>"
                + "</div>".repeat(10_000));
        m.put("deep-unclosed", "<div><p>".repeat(5_000) + "Words at the bottom of a very deep page.");
        m.put("nested-tables", "<table><tr><td>".repeat(1_000) + "Innermost cell of nested tables, with text."
                + "</td></tr></table>".repeat(1_000));
        m.put("entity-soup", "<p>" + String.join(" ", ENTITIES).repeat(20) + "</p>");
        m.put("surrogate-entities", "<p>&#xD800;&#xDC00; &#55357;&#56832; said &#x1F600; “&#xD83D;”</p>");
        m.put("unbalanced-attribute", "<div class=\"article-body><p>Text after a broken attribute.</p></div>");
        m.put("quote-attributes", "<p title='“'>“Quoted words, he said, and ‘more</p><p data-x=\"”\">words”</p>");
        m.put("pre-blank-lines", "<pre>\n\n\n   \n</pre><pre>line one\n\n\n\nline two</pre>");
        m.put("many-br", "<p>" + "<br>".repeat(10_000) + "text</p>");
        m.put("nbsp-paragraph", "<p>" + "&nbsp;".repeat(1_000) + "</p><p>\u00A0\u200B</p>");
        m.put("cdata-and-pi", "<?xml version=\"1.0\"?><![CDATA[ <p>not text</p> ]]><p>Real text paragraph here.</p>");
        m.put("bom-html", "\uFEFF<html><body><p>After a byte order mark comes the article text.</p></body></html>");
        m.put("title-only", "<html><head><title>Only a title</title></head></html>");
        m.put("controls", "<p>\u0000\u0001\u0007 control characters \u001B inside a paragraph \u007F\u0085</p>");
        m.put("lone-surrogates", "<p>\uD800 lone \uDC00 surrogates \uDBFF in a paragraph</p><p>\uDE00</p>");
        m.put("rtl", "<p dir=rtl>\u202Eمرحبا\u202C said Mr Smith \u2067שלום\u2069</p>");
        m.put("textarea-unclosed", "<p>Before the form.</p><textarea><p>inside a textarea</p>");
        m.put("plaintext", "<p>Before plaintext.</p><plaintext><p>after</p>");
        m.put("svg-math", "<svg><p>in svg</p></svg><math><mi>x</mi></math><p>Outside of svg and math.</p>");
        m.put("json-ld-broken", "<script type=\"application/ld+json\">{\"headline\": \"x\", \"datePublished\": </script>"
                + "<p>Text of the article after a broken JSON-LD block.</p>");
        m.put("meta-junk", "<meta property=\"article:published_time\" content=\"99999-99-99\">"
                + "<meta name=\"author\" content=\"\uD800\"><html lang=\"\u202E\"><p>Paragraph of text.</p>");
        return m;
    }

    /** One token of 1 MB (2<sup>20</sup> chars) of letters and digits, between two short sentences. */
    public static String megabyteToken(Random r) {
        return token(r, 1 << 20);
    }

    /** One token of {@code length} letters and digits, between two short sentences. */
    public static String token(Random r, int length) {
        StringBuilder b = new StringBuilder(length + 100).append("The council said that ");
        for (int i = 0; i < length; i++) {
            b.append((char) (r.nextInt(8) == 0 ? '0' + r.nextInt(10) : 'a' + r.nextInt(26)));
        }
        return b.append(" was the figure. It met again on Tuesday.").toString();
    }

    /** 100,000 short lines of news-like text (one to eight phrases each), with a blank line now and then. */
    public static String hundredThousandLines(Random r) {
        return hundredThousandLines(r, 8);
    }

    /** 100,000 lines of one to {@code maxPhrases} news-like phrases each, with a blank line now and then. */
    public static String hundredThousandLines(Random r, int maxPhrases) {
        return hundredThousandLines(r, maxPhrases, 1);
    }

    /**
     * 100,000 lines, each ending in a line feed: every {@code nth} of them holds one to {@code maxPhrases}
     * news-like phrases (save one in ten, left blank) and the others are empty or white space only.
     */
    public static String hundredThousandLines(Random r, int maxPhrases, int nth) {
        StringBuilder b = new StringBuilder(100_000 * (8 * maxPhrases / nth + 3));
        for (int i = 0; i < 100_000; i++) {
            if (i % nth != 0 || r.nextInt(10) == 0) {
                b.append(SPACE_ONLY_LINES.get(r.nextInt(SPACE_ONLY_LINES.size()))).append('\n');
                continue;
            }
            int words = 1 + r.nextInt(maxPhrases);
            for (int k = 0; k < words; k++) {
                if (k > 0) {
                    b.append(' ');
                }
                List<String> family = r.nextInt(6) == 0 ? FLAVOURS.get(r.nextInt(FLAVOURS.size())) : NEWS;
                b.append(family.get(r.nextInt(family.size())).replace('\n', ' '));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** {@code s} made printable for a failure message: controls and surrogates escaped, cut to {@code max} chars. */
    public static String escape(String s, int max) {
        StringBuilder b = new StringBuilder();
        int n = Math.min(s.length(), max);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || (c >= 0x2000 && c <= 0x206F)
                    || c == 0xFEFF) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (n < s.length()) {
            b.append("… (").append(s.length() - n).append(" more chars)");
        }
        return b.toString();
    }
}
