package dev.copydesk.clean.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the features are computed from: stop words, boilerplate cues, and the vocabularies of
 * video-player and sharing widgets. All entries are lower case, in the normal form produced by
 * {@link Features#normalise}: letters and digits only, single spaces between words.
 */
final class Lexicon {
    private Lexicon() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(List.of(words));
    }

    /** Cue categories, strongest first; the strongest one present names a flagged line. */
    enum Cue {
        CONSENT("consent-notice"), SIGN_UP("sign-up-prompt"), ADVERT("advertisement"), SHARE("share-prompt"),
        CONTACT("contact-prompt");

        final String code;

        Cue(String code) {
            this.code = code;
        }
    }

    /**
     * Function words of English and, more sparsely, of the other languages Copydesk users feed it most.
     * Their density separates running prose from lists of names and widget labels.
     */
    static final Set<String> STOP_WORDS = words(
            // English
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "every",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself",
            "never", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our",
            "ours", "out", "over", "own", "same", "she", "should", "since", "so", "some", "still", "such",
            "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
            "this", "those", "though", "through", "to", "too", "under", "until", "up", "upon", "us", "very",
            "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
            "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours", "said", "says",
            // German
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "auf", "den", "dem", "sich",
            "auch", "wird", "von", "zu", "dass", "sie", "es", "im", "wie", "aber", "bei", "nach",
            // French
            "le", "la", "les", "des", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur",
            "au", "avec", "il", "elle", "ce", "ne", "se", "sont", "par", "mais",
            // Spanish, Italian, Portuguese
            "el", "los", "las", "del", "que", "en", "y", "es", "un", "una", "por", "con", "para", "su", "al",
            "lo", "se", "il", "di", "che", "non", "per", "della", "sono", "uma", "os", "da", "em", "nao",
            // Dutch
            "het", "een", "van", "en", "niet", "zijn", "op", "voor", "met", "ook", "maar", "werd");

    /** Second-person and publisher-we words: boilerplate addresses the reader. */
    static final Set<String> ADDRESS_WORDS = words("you", "your", "yours", "youre", "we", "our", "us", "ours");

    /** First-person singular words: reader comments speak for themselves. */
    static final Set<String> FIRST_PERSON = words("i", "my", "me", "mine", "im", "ive", "id", "myself");

    /** Verbs that open calls to action. */
    static final Set<String> IMPERATIVES = words("sign", "subscribe", "follow", "share", "click", "tap", "get",
            "join", "download", "register", "read", "learn", "see", "accept", "manage", "enter", "try", "discover",
            "find", "watch", "listen", "like", "support", "donate", "log", "create", "never", "don", "want",
            "got", "receive", "stay", "keep", "install", "allow", "enable", "disable", "continue", "visit");

    /** Boilerplate cue phrases, each with its weight and category. */
    static final Map<String, Weighted> CUES = cues();

    record Weighted(int weight, Cue cue) {
    }

    private static Map<String, Weighted> cues() {
        Map<String, Weighted> m = new LinkedHashMap<>();
        for (String s : new String[] {"cookie", "cookies", "consent", "consented", "consents",
                "privacy policy", "privacy notice", "privacy settings", "cookie policy", "terms and conditions",
                "terms of use", "terms of service", "accept all", "reject all", "manage preferences",
                "manage your preferences", "opt out", "personalised ads", "personalized ads", "tracking technologies",
                "your privacy", "we value your privacy", "our partners"}) {
            m.put(s, new Weighted(2, Cue.CONSENT));
        }
        for (String s : new String[] {"more info", "more information", "third parties", "3rd parties",
                "data protection"}) {
            m.put(s, new Weighted(1, Cue.CONSENT));
        }
        m.put("unsubscribe", new Weighted(2, Cue.SIGN_UP));
        for (String s : new String[] {"this email", "your browser", "view online", "email preferences",
                "update your preferences", "newsletter", "newsletters", "sign up", "signup", "sign in", "log in",
                "login", "subscribe", "subscribed", "subscriber", "subscribers", "subscription", "subscriptions",
                "register", "registration", "inbox", "email address", "e mail address", "free trial",
                "already a subscriber", "create an account", "create a free account", "notifications",
                "download the app", "our app", "premium", "exclusive offers"}) {
            m.put(s, new Weighted(1, Cue.SIGN_UP));
        }
        for (String s : new String[] {"advert", "adverts", "advertisement", "advertisements", "advertising",
                "sponsored", "ad free", "ad blocker", "adblock"}) {
            m.put(s, new Weighted(1, Cue.ADVERT));
        }
        for (String s : new String[] {"share this", "share on", "share via", "follow us", "like us", "click here",
                "tap here", "read more", "find out more", "learn more", "see more", "comments", "reply",
                "whatsapp", "facebook", "twitter", "instagram"}) {
            m.put(s, new Weighted(1, Cue.SHARE));
        }
        for (String s : new String[] {"contact us", "contact our", "get in touch", "email us", "send us",
                "story for us", "tip off", "tips to", "got a story", "have a story"}) {
            m.put(s, new Weighted(1, Cue.CONTACT));
        }
        return Map.copyOf(m);
    }

    /** First words of the multi-word cue phrases, so that phrases are only built where one may start. */
    static final Set<String> CUE_HEADS = Set.copyOf(CUES.keySet().stream()
            .filter(k -> k.indexOf(' ') > 0).map(k -> k.substring(0, k.indexOf(' '))).toList());

    /** Words that only video players put on a line of their own; one of them (or a time code) must be present. */
    static final Set<String> PLAYER_ANCHORS = words("loaded", "progress", "play", "pause", "replay", "mute",
            "unmute", "fullscreen", "duration", "volume", "skip", "seek", "buffered", "autoplay");

    /** Other words player widgets use, which may stand beside an anchor. */
    static final Set<String> PLAYER_WORDS = words("previous", "next", "current", "time", "remaining", "need",
            "text", "live", "settings", "quality", "captions", "subtitles", "chapters", "descriptions", "off", "on",
            "selected", "auto", "hd", "close", "modal", "window", "dialog", "beginning", "end", "of", "the",
            "cast", "airplay", "speed", "normal", "stream", "type", "video", "audio", "track", "exit", "full",
            "screen", "playback", "rate", "is", "this", "a", "in", "to", "back", "forward", "seconds", "sec",
            "min", "s", "x", "picture", "ad", "up", "now", "playing", "paused", "enter", "muted", "unmuted");

    /** Words of share and follow widgets; one of {@link #SHARE_ANCHORS} must be present. */
    static final Set<String> SHARE_WORDS = words("share", "this", "page", "article", "story", "post", "on",
            "via", "by", "email", "e", "mail", "print", "copy", "link", "copied", "tweet", "facebook", "twitter",
            "x", "whatsapp", "linkedin", "pinterest", "reddit", "messenger", "telegram", "flipboard", "pocket",
            "save", "saved", "bookmark", "the", "to", "with", "friends", "friend", "your", "a", "an", "sms",
            "tumblr", "threads", "bluesky", "instagram", "youtube", "tiktok", "snapchat", "follow", "us", "me",
            "like", "reuse", "content", "comment", "permalink", "gift", "opens", "new", "window", "in", "url", "and",
            "or", "for", "later", "options", "close", "more", "social", "media", "our", "channels", "send");

    static final Set<String> SHARE_ANCHORS = words("share", "tweet", "facebook", "twitter", "whatsapp",
            "linkedin", "pinterest", "reddit", "email", "print", "copy", "follow", "reuse", "permalink",
            "messenger", "flipboard", "instagram", "bookmark", "save", "telegram", "tiktok", "youtube", "bluesky");
}
