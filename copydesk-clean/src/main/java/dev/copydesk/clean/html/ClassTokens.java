package dev.copydesk.clean.html;

import java.util.Locale;
import java.util.Set;

/**
 * Reads what an element's {@code class}, {@code id} and {@code role} say about it. Each class name
 * and the id is one token; a BEM modifier ({@code field--label-hidden}) is ignored, the rest is split
 * into words at punctuation and camelCase humps ({@code articleBody} gives {@code article},
 * {@code body}), and only whole words are matched, so {@code shadow} never matches {@code ad} and
 * {@code article-header} is not a page header. Words with digits (generated hashes) and utility
 * classes with variants ({@code lg:hidden}) say nothing.
 * Stateless and thread-safe.
 */
final class ClassTokens {
    /** What a token says about its element. Later constants win over earlier ones. */
    enum Role { NONE, CONTENT, BOILERPLATE, CAPTION, COMMENTS }

    /** Words that mark boilerplate whatever else the token says ({@code article-share}). */
    private static final Set<String> STRONG = Set.of(
            "share", "shares", "sharing", "sharebar", "addthis", "sharethis", "social", "socials",
            "related", "recommend", "recommended", "recommendation", "recommendations", "recirc", "recirculation",
            "promo", "promos", "promoted", "promotion", "newsletter", "newsletters", "subscribe", "subscription",
            "signup", "cookie", "cookies", "consent", "gdpr", "advert", "adverts", "advertisement", "advertising",
            "ad", "ads", "adsbygoogle", "dfp", "gpt", "sponsor", "sponsored", "outbrain", "taboola", "zergnet",
            "revcontent", "breadcrumb", "breadcrumbs", "crumbs", "sidebar", "menu", "menubar", "nav", "navbar",
            "navigation", "footer", "byline", "bylines", "meta", "author", "authors", "bio", "tags", "popular",
            "trending", "pagination", "pager", "toolbar", "toolbox", "popup", "modal", "overlay", "lightbox",
            "print", "rating", "ratings", "login", "signin", "paging", "masthead", "dateline",
            "timestamp", "date", "credit", "credits", "widgets", "disclaimer", "copyright");

    /** Words that mark boilerplate unless the token also names content ({@code article-header} stays). */
    private static final Set<String> WEAK = Set.of("header", "banner", "topbar", "tools", "links", "utility", "noprint", "aside", "extra", "extras", "more");

    private static final Set<String> COMMENT = Set.of("comment", "comments", "commentlist", "disqus", "respond",
            "discussion", "replies");

    private static final Set<String> CAPTION = Set.of("caption", "captions", "figcaption");

    /** Words that name main content. */
    private static final Set<String> CONTENT = Set.of("article", "articles", "content", "main", "body", "entry",
            "story", "text", "post", "blog", "prose", "hentry", "richtext", "copy", "page");

    /** Whole class names meaning "not shown" or "for screen readers only". */
    private static final Set<String> INVISIBLE = Set.of("hidden", "hide", "sr-only", "visually-hidden",
            "visuallyhidden", "screen-reader-text", "screen-reader-only", "screenreader", "offscreen",
            "element-invisible", "a11y-hidden", "u-hidden", "is-hidden", "d-none", "invisible");

    private static final int W_STRONG = 1;
    private static final int W_WEAK = 2;
    private static final int W_COMMENT = 4;
    private static final int W_CAPTION = 8;
    private static final int W_CONTENT = 16;
    /** Every word above, with the kinds it belongs to, so a word costs one lookup. */
    private static final java.util.Map<String, Integer> WORDS = words();

    /** The length of the longest word above: longer words need no lookup. */
    private static final int MAX_WORD = WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** The lower-case ASCII letters words above start with: other words need no lookup. */
    private static final boolean[] FIRST = firstLetters();

    private static boolean[] firstLetters() {
        boolean[] first = new boolean[128];
        for (String w : WORDS.keySet()) {
            char c = w.charAt(0);
            if (c >= 128) {
                throw new IllegalStateException("non-ASCII word: " + w);
            }
            first[c] = true;
        }
        return first;
    }

    /** Whether a word starting with {@code c} may be one of the words above (non-ASCII is left to the lookup). */
    private static boolean maybeWord(char c) {
        if (c >= 'A' && c <= 'Z') {
            c = (char) (c + ('a' - 'A'));
        }
        return c >= 128 || FIRST[c];
    }

    /** {@code s.substring(start, end).toLowerCase(Locale.ROOT)}, without the copy when the word is lower-case ASCII already. */
    private static String lower(String s, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (c >= 'A' && c <= 'Z' || c >= 128) {
                return s.substring(start, end).toLowerCase(Locale.ROOT);
            }
        }
        return s.substring(start, end);
    }

    private static java.util.Map<String, Integer> words() {
        java.util.Map<String, Integer> m = new java.util.HashMap<>();
        for (String w : STRONG) {
            m.merge(w, W_STRONG, (a, b) -> a | b);
        }
        for (String w : WEAK) {
            m.merge(w, W_WEAK, (a, b) -> a | b);
        }
        for (String w : COMMENT) {
            m.merge(w, W_COMMENT, (a, b) -> a | b);
        }
        for (String w : CAPTION) {
            m.merge(w, W_CAPTION, (a, b) -> a | b);
        }
        for (String w : CONTENT) {
            m.merge(w, W_CONTENT, (a, b) -> a | b);
        }
        return java.util.Map.copyOf(m);
    }

    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist");

    /** Prefixes of state or taxonomy classes that describe the page, not the element's role. */
    private static final String[] IGNORED_PREFIXES = {"tag-", "category-", "categories-", "format-", "status-",
        "type-", "has-", "no-", "with-", "is-", "show-", "postid-", "page-id-", "layout-", "theme-", "template-",
        "single-", "wp-block-"};

    /** Every ignored prefix ends at its first or second hyphen, so a lookup of a token's head decides. */
    private static final Set<String> IGNORED_PREFIX_SET = Set.of(IGNORED_PREFIXES);
    /** The length of the longest ignored prefix: longer heads need no lookup. */
    private static final int MAX_PREFIX = java.util.Arrays.stream(IGNORED_PREFIXES).mapToInt(String::length).max().orElse(0);

    private ClassTokens() {
    }

    /** Bit set in {@link #facts} when a class name hides the element. */
    static final int INVISIBLE_CLASS = 1 << 4;
    /** Bit set in {@link #facts} when a token names main content, as {@code entry-content} does. */
    static final int NAMES_CONTENT = 1 << 5;
    private static final int ROLE_MASK = 0xF;
    private static final Role[] ROLES = Role.values();

    private static final String[] CONTENT_SUBJECT = {"article", "story", "entry", "post", "news", "blog"};
    private static final String[] CONTENT_PART = {"body", "content", "text", "inner", "copy"};

    /**
     * What a {@code class} attribute value says, packed: the role ordinal in the low bits, plus
     * {@link #INVISIBLE_CLASS} and {@link #NAMES_CONTENT}. Pages repeat class lists, so callers memoise
     * it; it remembers what each class name says in {@code tokens} (when not {@code null}): class lists
     * differ more often than the names in them.
     */
    static int facts(String cls, java.util.Map<String, Integer> tokens) {
        int facts = 0;
        int start = 0;
        int n = cls.length();
        while (start < n) {
            while (start < n && Character.isWhitespace(cls.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < n && !Character.isWhitespace(cls.charAt(end))) {
                end++;
            }
            if (end > start) {
                String raw = cls.substring(start, end);
                Integer known = tokens == null ? null : tokens.get(raw);
                int f;
                if (known != null) {
                    f = known;
                } else {
                    f = tokenFacts(raw);
                    if (tokens != null) {
                        tokens.put(raw, f);
                    }
                }
                // The role is the highest of the names' roles; the flags are any name's.
                facts = Math.max(facts & ROLE_MASK, f & ROLE_MASK) | (facts & ~ROLE_MASK) | (f & ~ROLE_MASK);
            }
            start = end;
        }
        return facts;
    }

    /** What one class name says, packed as {@link #facts} packs a list. */
    private static int tokenFacts(String raw) {
        int f = classify(raw).ordinal();
        String token = raw.toLowerCase(Locale.ROOT);
        if (INVISIBLE.contains(token)) {
            f |= INVISIBLE_CLASS;
        }
        if (namesContent(token)) {
            f |= NAMES_CONTENT;
        }
        return f;
    }

    /** The role packed in {@link #facts}. */
    static Role role(int facts) {
        return ROLES[facts & ROLE_MASK];
    }

    /** What an ARIA {@code role} value says: BOILERPLATE for landmark roles of page chrome, CONTENT for main and article. */
    static Role ariaRole(String aria) {
        String r = aria.strip().toLowerCase(Locale.ROOT);
        if (BOILERPLATE_ROLES.contains(r)) {
            return Role.BOILERPLATE;
        }
        return r.equals("main") || r.equals("article") ? Role.CONTENT : Role.NONE;
    }

    /**
     * Whether a lower-case class token or id names a content subject and a content part, as
     * {@code entry-content} or {@code articlebody} do.
     */
    static boolean namesContent(String token) {
        if (token.length() <= 4 || token.length() > 64) {
            return false;
        }
        boolean subject = false;
        for (String w : CONTENT_SUBJECT) {
            if (token.contains(w)) {
                subject = true;
                break;
            }
        }
        if (!subject) {
            return false;
        }
        for (String w : CONTENT_PART) {
            if (token.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A score adjustment for block scoring: positive for content-like tokens, negative for boilerplate. */
    static int weight(Role role) {
        return switch (role) {
            case CONTENT -> 25;
            case NONE -> 0;
            default -> -25;
        };
    }

    static Role classify(String token) {
        if (token.length() > 64 || token.indexOf(':') >= 0 || token.indexOf('[') >= 0) {
            return Role.NONE;
        }
        int modifier = token.indexOf("--");
        String base = modifier > 0 ? token.substring(0, modifier) : token;
        int dash = base.indexOf('-');
        if (dash > 0 && dash < MAX_PREFIX) {
            String head = lower(base, 0, dash + 1);
            int second = base.indexOf('-', dash + 1);
            if (IGNORED_PREFIX_SET.contains(head) || second > 0 && second < MAX_PREFIX
                    && IGNORED_PREFIX_SET.contains(lower(base, 0, second + 1))) {
                return Role.NONE;
            }
        }
        boolean strong = false;
        boolean weak = false;
        boolean comment = false;
        boolean caption = false;
        boolean content = false;
        int i = 0;
        int n = base.length();
        while (i < n) {
            while (i < n && !isLetterOrDigit(base.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digits = false;
            if (i < n) {
                digits = isDigit(base.charAt(i));
                i++;
            }
            while (i < n && isLetterOrDigit(base.charAt(i))
                    && !(isUpperCase(base.charAt(i)) && isLowerCase(base.charAt(i - 1)))) {
                digits |= isDigit(base.charAt(i));
                i++;
            }
            if (i == start) {
                break;
            }
            if (digits || i - start > MAX_WORD || !maybeWord(base.charAt(start))) {
                continue;
            }
            Integer kinds = WORDS.get(lower(base, start, i));
            if (kinds != null) {
                strong |= (kinds & W_STRONG) != 0;
                weak |= (kinds & W_WEAK) != 0;
                comment |= (kinds & W_COMMENT) != 0;
                caption |= (kinds & W_CAPTION) != 0;
                content |= (kinds & W_CONTENT) != 0;
            }
        }
        if (comment) {
            return Role.COMMENTS;
        }
        if (caption) {
            return Role.CAPTION;
        }
        if (strong || (weak && !content)) {
            return Role.BOILERPLATE;
        }
        return content ? Role.CONTENT : Role.NONE;
    }

    // ASCII first: class names are nearly always ASCII, and these run once per character.
    private static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static boolean isUpperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean isLowerCase(char c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
    }

    static Role max(Role a, Role b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
