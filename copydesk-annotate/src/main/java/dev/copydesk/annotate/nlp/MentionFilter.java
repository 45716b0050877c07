package dev.copydesk.annotate.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Mentions that must never become entities, whatever the tagger says: pronouns, strings without a
 * letter ("+8", "1:09"), lower-case words, and the controls of video players and galleries
 * ("Mute", "Skip", "Fullscreen") that cleaning may leave behind. Stateless and thread-safe.
 */
final class MentionFilter {
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "you", "your", "yours", "he", "him",
            "his", "she", "her", "hers", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs",
            "himself", "herself", "itself", "themselves", "ourselves", "yourself", "yourselves", "myself", "who", "whom");

    /** Words of player and page chrome; a mention made only of these is interface text, not a name. */
    private static final Set<String> CHROME = Set.of("play", "pause", "mute", "unmute", "skip", "replay", "fullscreen",
            "loaded", "duration", "time", "current", "remaining", "live", "share", "subscribe", "close", "next",
            "previous", "prev", "gallery", "view", "advertisement", "ad", "ads", "volume", "captions", "settings",
            "quality", "chapters", "descriptions", "subtitles", "audio", "track", "menu", "comments", "expand",
            "more", "info", "read", "full", "article", "source", "sign", "up", "login", "register", "cookie",
            "cookies", "accept", "embed", "copy", "link", "facebook", "twitter", "whatsapp", "pinterest", "email",
            "reddit", "flipboard", "reveal", "video", "photo", "photos", "image", "images", "picture", "pictures",
            "click", "here", "seek", "backward", "forward", "off", "on", "selected", "dialog", "window", "modal");

    private MentionFilter() {
    }

    static boolean rejects(String surface) {
        String s = surface.strip();
        if (s.length() < 2 && !s.chars().allMatch(Character::isUpperCase)) {
            return true;
        }
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letter = true;
                break;
            }
        }
        if (!letter || s.codePoints().filter(Character::isLetter).allMatch(Character::isLowerCase)) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return true;
        }
        for (String w : lower.split("[\\s:/|]+")) {
            if (!w.isEmpty() && !CHROME.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
