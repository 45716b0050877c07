package dev.copydesk.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops paragraphs that are boilerplate by shape rather than by markup: link lines, stock phrases
 * ("Advertisement", "Share this article"), the headline repeated at the top, and headings left
 * with nothing under them. Stateless and thread-safe.
 */
final class BlockFilter {
    private static final Set<String> PHRASES = Set.of("advertisement", "advertisements", "advertising", "ad",
            "sponsored", "sponsored content", "share", "share this", "share this article", "share this story",
            "share this post", "share on facebook", "share on twitter", "tweet", "email", "print", "read more",
            "continue reading", "related", "related articles", "related stories", "related posts", "recommended",
            "comments", "leave a comment", "leave a reply", "skip to content", "skip to main content", "sign up",
            "subscribe", "loading", "loading...", "click here", "back to top", "you might also like",
            "you may also like", "follow us", "story continues below advertisement", "story continues below",
            "article continues below advertisement", "article continues below", "scroll to continue with content",
            "continue reading below", "advertisement - scroll to continue", "see also", "more", "show more",
            "view comments", "close", "menu", "search", "copy link", "link copied", "facebook", "twitter",
            "linkedin", "whatsapp", "pinterest", "reddit", "more from", "most popular", "trending", "watch",
            "listen", "play", "pause", "image", "photo", "video", "top", "next", "previous", "prev",
            "related content", "related coverage", "read next", "up next", "also read", "read also",
            "get the latest", "open in app", "sign in", "log in", "register", "all rights reserved",
            "enlarge this image", "toggle caption", "hide caption", "ad feedback", "save", "saved");

    private BlockFilter() {
    }

    static List<Block> filter(List<Block> blocks, String title, boolean lenient, Removals removals) {
        List<Block> out = new ArrayList<>(blocks.size());
        String normTitle = title == null ? null : norm(title);
        for (Block b : blocks) {
            String n = b.chars() <= 60 ? norm(b.text()) : null;
            if (n != null && PHRASES.contains(n)) {
                removals.record("stock-phrase", b.text());
                continue;
            }
            if (!lenient && b.linkDensity() > 0.5 && b.kind() != Block.Kind.PRE) {
                removals.record("link-block", b.text());
                continue;
            }
            if (out.isEmpty() && normTitle != null && b.chars() < 400 && norm(b.text()).equals(normTitle)) {
                continue;
            }
            out.add(b);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).kind() == Block.Kind.HEADING) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    static String norm(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
        }
        return sb.toString().strip().toLowerCase(Locale.ROOT);
    }
}
