package dev.copydesk.clean.html;

import dev.copydesk.clean.Dates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a page's title, byline, publication date and language from its markup: {@code <meta>}
 * tags (Open Graph, Twitter, Dublin Core and common publisher names), JSON-LD, microdata, and
 * elements such as {@code <h1>}, {@code <time datetime>} and {@code rel=author} links. One pass over
 * the document, which must not have been cleaned yet. Stateless and thread-safe.
 */
public final class MetadataReader {
    private static final int MAX_BYLINE = 120;
    private static final Pattern BY = Pattern.compile("^(?i)(by|written by|posted by|von|par|por)\\s*:?\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014\u00B7:\\-\u2022/\u00BB]{1,2}\\s+");
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "datepublished",
        "pubdate", "publishdate", "publish_date", "publish-date", "publication_date", "published_time",
        "sailthru.date", "parsely-pub-date", "article.published", "dc.date.issued", "dcterms.issued",
        "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "date", "citation_publication_date",
        "citation_date", "article_date_original", "cxenseparse:recs:publishtime", "og:article:published_time"};
    private static final String[] AUTHOR_META = {"author", "article:author", "byl", "sailthru.author",
        "parsely-author", "dc.creator", "dcterms.creator", "citation_author", "og:article:author"};

    /** Reads the metadata of {@code doc}. */
    public Metadata read(Document doc) {
        Collector c = new Collector();
        NodeTraversor.traverse(c, doc);
        JsonLd.Facts ld = JsonLd.read(c.jsonLd);
        Set<String> types = new HashSet<>(ld.types());
        String og = c.meta("og:type");
        if (og != null && !og.isBlank()) {
            types.add("og:" + og.strip().toLowerCase(Locale.ROOT));
        }
        return new Metadata(title(c, ld), byline(c, ld), published(c, ld), language(c, ld), types);
    }

    private static String title(Collector c, JsonLd.Facts ld) {
        String site = c.meta("og:site_name");
        for (String t : new String[] {c.meta("og:title"), c.meta("twitter:title"), ld.headline()}) {
            if (t != null && !t.isBlank()) {
                return stripSite(clean(t), site, false);
            }
        }
        if (c.h1 != null && !c.h1.isBlank()) {
            return clean(c.h1);
        }
        if (c.title != null && !c.title.isBlank()) {
            return stripSite(clean(c.title), site, true);
        }
        return null;
    }

    /** Removes a trailing (or leading) site name: always when it matches the site, else only from {@code <title>}. */
    static String stripSite(String title, String site, boolean guessSuffix) {
        var m = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return title;
        }
        String head = title.substring(0, lastStart);
        String tail = title.substring(lastEnd);
        if (site != null && !site.isBlank()) {
            String s = site.strip();
            if (tail.equalsIgnoreCase(s)) {
                return head.strip();
            }
            if (title.substring(0, firstStart).equalsIgnoreCase(s)) {
                return title.substring(firstEnd).strip();
            }
        }
        if (guessSuffix && tail.length() < head.length()) {
            return head.strip();
        }
        return title;
    }

    private static String byline(Collector c, JsonLd.Facts ld) {
        for (String name : AUTHOR_META) {
            String v = c.meta(name);
            if (v != null && !v.isBlank() && !v.contains("://") && !v.startsWith("@")) {
                return cleanByline(v);
            }
        }
        if (ld.author() != null) {
            return cleanByline(ld.author());
        }
        for (String v : new String[] {c.itempropAuthor, c.relAuthor, c.bylineText}) {
            if (v != null && !v.isBlank() && v.length() <= MAX_BYLINE) {
                return cleanByline(v);
            }
        }
        return null;
    }

    private static String cleanByline(String s) {
        String t = BY.matcher(clean(s)).replaceFirst("").strip();
        return t.isEmpty() ? null : t;
    }

    private static String published(Collector c, JsonLd.Facts ld) {
        for (String name : DATE_META) {
            String v = Dates.normalise(c.meta(name));
            if (v != null) {
                return v;
            }
        }
        for (String raw : new String[] {ld.datePublished(), c.itempropDate, c.articleTime, c.pubdateTime}) {
            String v = Dates.normalise(raw);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String language(Collector c, JsonLd.Facts ld) {
        for (String raw : new String[] {c.htmlLang, c.meta("og:locale"), c.meta("content-language"),
            c.meta("dc.language"), ld.language()}) {
            String v = normaliseLanguage(raw);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The ISO 639-1 code at the start of a language tag such as {@code en-US} or {@code pt_BR}, else {@code null}. */
    static String normaliseLanguage(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < s.length() && s.charAt(cut) >= 'a' && s.charAt(cut) <= 'z') {
            cut++;
        }
        if (cut != 2 || (cut < s.length() && s.charAt(cut) != '-' && s.charAt(cut) != '_' && s.charAt(cut) != ',')) {
            return null;
        }
        return s.substring(0, 2);
    }

    private static String clean(String s) {
        return WHITESPACE.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    /** Gathers candidate values in one pass over the document. */
    private static final class Collector implements NodeVisitor {
        final Map<String, String> metas = new HashMap<>();
        final List<String> jsonLd = new ArrayList<>();
        String title;
        String h1;
        String htmlLang;
        String itempropAuthor;
        String itempropDate;
        String relAuthor;
        String bylineText;
        String articleTime;
        String pubdateTime;
        int contentDepth = -1;

        String meta(String name) {
            return metas.get(name);
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element el)) {
                return;
            }
            switch (el.normalName()) {
                case "html" -> {
                    if (htmlLang == null && el.hasAttr("lang")) {
                        htmlLang = el.attr("lang");
                    }
                }
                case "meta" -> meta(el);
                case "title" -> {
                    if (title == null) {
                        title = el.text();
                    }
                }
                case "h1" -> {
                    if (h1 == null) {
                        h1 = el.text();
                    }
                }
                case "script" -> {
                    if (el.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        StringBuilder sb = new StringBuilder();
                        for (Node child : el.childNodes()) {
                            if (child instanceof DataNode d) {
                                sb.append(d.getWholeData());
                            }
                        }
                        jsonLd.add(sb.toString());
                    }
                }
                case "time" -> {
                    String dt = el.attr("datetime");
                    if (!dt.isEmpty()) {
                        if (articleTime == null && contentDepth >= 0) {
                            articleTime = dt;
                        }
                        if (pubdateTime == null && el.hasAttr("pubdate")) {
                            pubdateTime = dt;
                        }
                    }
                }
                case "article", "main" -> {
                    if (contentDepth < 0) {
                        contentDepth = depth;
                    }
                }
                case "a", "link" -> {
                    if (relAuthor == null && el.normalName().equals("a")
                            && el.attr("rel").toLowerCase(Locale.ROOT).contains("author")) {
                        relAuthor = el.text();
                    }
                }
                default -> {
                }
            }
            if (el.attributesSize() == 0) {
                return;
            }
            String prop = el.attr("itemprop");
            if (!prop.isEmpty()) {
                if (itempropDate == null && prop.equals("datePublished")) {
                    itempropDate = el.hasAttr("content") ? el.attr("content")
                            : el.hasAttr("datetime") ? el.attr("datetime") : el.text();
                } else if (itempropAuthor == null && prop.equals("author")) {
                    itempropAuthor = el.hasAttr("content") ? el.attr("content") : el.text();
                }
            }
            if (bylineText == null && el.hasAttr("class") && hasBylineClass(el)) {
                bylineText = el.text();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (depth == contentDepth && node instanceof Element el
                    && (el.normalName().equals("article") || el.normalName().equals("main"))) {
                contentDepth = -1;
            }
        }

        private void meta(Element el) {
            String key = el.attr("property");
            if (key.isEmpty()) {
                key = el.attr("name");
            }
            if (key.isEmpty()) {
                key = el.attr("http-equiv");
            }
            if (key.isEmpty()) {
                key = el.attr("itemprop");
            }
            String content = el.attr("content");
            if (!key.isEmpty() && !content.isEmpty()) {
                metas.putIfAbsent(key.toLowerCase(Locale.ROOT).strip(), content);
            }
        }

        private static boolean hasBylineClass(Element el) {
            String cls = el.className();
            if (!cls.contains("yline") && !cls.contains("uthor")) {
                return false;
            }
            for (String c : WHITESPACE.split(cls.toLowerCase(Locale.ROOT))) {
                if (c.equals("byline") || c.equals("author") || c.endsWith("-byline") || c.endsWith("__byline")
                        || c.equals("author-name") || c.endsWith("__author") || c.equals("byline-name")) {
                    return true;
                }
            }
            return false;
        }
    }
}
