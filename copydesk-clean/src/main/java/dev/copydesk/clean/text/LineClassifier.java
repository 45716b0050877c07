package dev.copydesk.clean.text;

import dev.copydesk.clean.text.Page.Kind;
import dev.copydesk.clean.text.Page.Mark;
import dev.copydesk.core.Months;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies each unit on its own, before neighbours are consulted. Short lines are matched against
 * the shapes of widget labels (player controls, gallery counters, share bars, comment controls,
 * related-story lists, source footers); any line may be flagged by boilerplate cues weighed against its
 * sentence shape; what is left gets a jusText class from its length and shape: {@code GOOD} (a real
 * sentence of eight words or more), {@code NEAR_GOOD} (a short sentence, or a long line that lacks final
 * punctuation), or {@code SHORT} (everything else, for the neighbours to decide). Stateless.
 */
final class LineClassifier {
    /** Widget labels are short; longer lines are not matched against label shapes. */
    private static final int MAX_LABEL_CHARS = 300;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private record Rule(Pattern pattern, Mark mark, String code) {
        Rule(String regex, Mark mark, String code) {
            this(Pattern.compile(regex, FLAGS), mark, code);
        }

        /** A rule that tells upper from lower case, as a byline must. */
        static Rule cased(String regex, Mark mark, String code) {
            return new Rule(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), mark, code);
        }
    }

    /** A month's three-letter form or "sept", then any letters: the rules match lower-cased lines. */
    private static final String MONTH = "(?:" + Months.names().stream().map(n -> n.substring(0, 3))
            .collect(java.util.stream.Collectors.joining("|")).toLowerCase(java.util.Locale.ROOT) + "|sept)[a-z]*\\.?";
    private static final Pattern TIME_CODE = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern CAPTION_LABEL = Pattern.compile(
            "^(?:(?:image|photo|picture|video|media) caption\\s*[,:.-]?|caption\\s*[:,])\\s*(.*)$", FLAGS);
    private static final Pattern CAPTION_WITH_CREDIT = Pattern.compile(
            "^(.*?\\S)\\s*[(\\[]?\\s*(?:photograph|photo|picture|pic|image|illustration|composite|credit)s?\\s*:"
                    + "\\s*[^.!?]{1,80}[)\\]]?$", FLAGS);
    private static final Pattern TEASER_TAG = Pattern.compile("\\S\\s+\\[\\s*\\p{Lu}[\\p{Lu}\\d &'’/-]{1,24}]$",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final List<Rule> RULES = List.of(
            new Rule("^\\+\\s?\\d{1,4}$", Mark.GALLERY, "gallery-marker"),
            new Rule("^(?:view|open|see|launch|browse|show|enlarge|expand)(?: the| this| full| all)?(?: \\d+)?"
                    + " (?:gallery|galleries|image|images|photo|photos|pictures|slideshow)$", Mark.GALLERY, "gallery-marker"),
            new Rule("^(?:(?:image|photo|picture|slide) )?\\d+ (?:of|/) \\d+$", Mark.GALLERY, "gallery-marker"),
            new Rule("^\\d+ (?:photos|pictures|images|slides)$", Mark.GALLERY, "gallery-marker"),
            new Rule("^(?:photo )?(?:gallery|slideshow)$|^(?:click|tap) to (?:enlarge|expand|zoom)$", Mark.GALLERY,
                    "gallery-marker"),
            new Rule("^(?:image|picture|photo) (?:source|copyright|credit)s?\\b.{0,80}$", Mark.IMAGE_CREDIT, "image-credit"),
            new Rule("^(?:photograph|photo|picture|pic|image|illustration|composite|credit)s?\\s*:\\s*[^.!?]{1,80}$",
                    Mark.IMAGE_CREDIT, "image-credit"),
            new Rule("^(?:getty images|getty|reuters|ap|afp|pa|pa media|pa wire|epa|shutterstock|alamy|ap photo)"
                    + "(?:\\s*/\\s*\\S+)*$", Mark.IMAGE_CREDIT, "image-credit"),
            new Rule("^(?:advertisement|advertising|advert|ad|sponsored|promoted|paid (?:post|content)|ad feature"
                    + "|anzeige|werbung|publicité|publicidad|pubblicità|reclame|advertentie"
                    + "|partner content|(?:story|article) continues (?:below|after)(?: this)?(?: advertisement| ad)?"
                    + "|continue reading (?:the main story|below)|scroll (?:down )?to continue(?: with content| reading)?)"
                    + "\\s*:?$", Mark.NONE, "advertisement"),
            new Rule("^source\\s*:\\s*\\S.{0,60}$", Mark.NONE, "source-footer"),
            new Rule("^(?:read|view|see) (?:the )?(?:full|original|entire) (?:article|story|post|report)\\b.{0,60}$",
                    Mark.NONE, "source-footer"),
            new Rule("^(?:continue|keep) reading\\b.{0,40}$|^(?:click|tap) here to read\\b.{0,40}$", Mark.NONE,
                    "source-footer"),
            new Rule("^(?:additional )?(?:reporting|writing|editing|compiled|graphics|research) by\\b[^.!?]{0,200}$",
                    Mark.NONE, "source-footer"),
            new Rule("^(?:this (?:article|story|piece|post) (?:was )?)?(?:originally|first) (?:published|appeared|posted)"
                    + " (?:on|in|at|by)\\b.{0,120}$", Mark.NONE, "source-footer"),
            new Rule("^(?:©|\\(c\\)).{0,100}$|^copyright\\s*(?:©|\\(c\\))?\\s*\\d{4}\\b.{0,100}$"
                    + "|^all rights reserved\\.?$", Mark.NONE, "source-footer"),
            new Rule("^(?:story highlights|key points|highlights|at a glance|in brief|the key points|quick read)\\s*:?$",
                    Mark.LIST_HEADING, "highlights"),
            new Rule("^(?:related topics|related stories|related articles|related content|related links|related|"
                    + "more on this story|more on this topic|more stories|more from [\\p{L} ]{1,30}|top stories|"
                    + "most read|most popular|most viewed|trending(?: now)?|you may also like|you might also like|"
                    + "recommended(?: for you)?|explore more on these topics|topics|tags|latest(?: news)?|"
                    + "(?:from )?around the web|promoted stories|sponsored stories|more in [\\p{L} ]{1,30}|"
                    + "in other news|elsewhere on [\\p{L} ]{1,30}|don'?t miss|more like this)\\s*:?$",
                    Mark.LIST_HEADING, "teaser"),
            new Rule("^(?:(?:\\d[\\d,]*\\s+)?(?:reader |readers'? |user |top |latest )?comments?(?:\\s*\\(\\d[\\d,]*\\))?"
                    + "|have your say|join the (?:conversation|discussion|debate)|leave a (?:comment|reply)"
                    + "|add (?:a|your) comment|post a comment|comments are (?:closed|moderated|now closed)"
                    + "|the comments below have (?:not )?been moderated.{0,80}|(?:view|show|read) (?:all )?(?:\\d+ )?comments)"
                    + "\\s*:?$", Mark.COMMENT_HEADING, "comment-chrome"),
            new Rule("^(?:reply|replies|report|report abuse|like|likes|dislike|flag|upvote|downvote|permalink|quote"
                    + "|recommend|\\d+ (?:replies|reply|likes?|points?|upvotes?|recommendations?)|view \\d+ repl(?:y|ies)"
                    + "|(?:load|show|see) more (?:comments|replies)|loading comments.{0,3}|sort by.{0,30}|(?:newest|oldest|best|top|most) "
                    + "(?:first|rated|liked|recent|voted)|(?:posted|commented) (?:by|on|at) .{0,60}|in reply to .{0,60})"
                    + "$", Mark.COMMENT_CHROME, "comment-chrome"),
            new Rule("^(?:(?:\\d+\\s*|(?:a|an|one)\\s+)(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?"
                    + "|weeks?|mo|months?|y|yrs?|years?)(?: ago)?|just now|yesterday|today)$", Mark.TIME_AGO, "metadata"),
            Rule.cased("^(?i:by)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|and|&|de|van|von|al|bin))"
                    + "{0,5}(?:\\s*[,|–—-]\\s*[^.!?]{0,60})?$", Mark.NONE, "metadata"),
            new Rule("^(?:published|updated|last updated|posted|first published|modified)\\b[^.!?]{0,60}\\d[^.!?]{0,40}$",
                    Mark.NONE, "metadata"),
            new Rule("^\\d+\\s*(?:min|mins|minute|minutes)\\s*read$|^(?:published|updated|last updated|posted)\\s*:?$",
                    Mark.NONE, "metadata"),
            new Rule("^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
                    + "(?:,?\\s+\\d{4})?|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}"
                    + "|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:\\s*[,•·|-]?\\s*\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?(?:\\s*[a-z]{2,4})?)?$",
                    Mark.NONE, "metadata"),
            new Rule("^(?:skip to (?:main )?(?:content|navigation)|jump to (?:navigation|content)|back to top|menu"
                    + "|main menu|open menu|close menu|toggle navigation|search|close|home)$", Mark.NONE, "navigation"),
            new Rule("^(?:follow|like|find) (?:us|me|@?[\\p{L}\\d._]+) on (?:twitter|x|facebook|instagram|tiktok|linkedin"
                    + "|youtube|threads|bluesky|mastodon|snapchat|whatsapp|telegram|pinterest|social media)\\b.{0,60}$",
                    Mark.NONE, "share-prompt"),
            new Rule("^(?:read more|read next|more|related|related story|related stories|related article|see also"
                    + "|also read|also see|recommended|most read|trending|watch|listen|top stories|latest|popular"
                    + "|don'?t miss|must read|editor'?s picks?)\\s*(?:[:|›»>]|\\s[–—-])\\s*\\S.{0,200}$", Mark.NONE, "teaser"),
            new Rule("^[►▶▸»›].{3,200}$|^.{3,200}[»›]$", Mark.NONE, "teaser"));

    private LineClassifier() {
    }

    static void classify(Page page) {
        for (int i = 0; i < page.size(); i++) {
            classify(page, i);
            if (page.kind[i] == null) {
                page.kind[i] = Kind.BAD;
            }
            page.initial[i] = page.kind[i];
        }
    }

    private static void classify(Page page, int i) {
        String text = page.text(i);
        Features f = page.features[i];
        if (f.garbage()) {
            page.remove(i, "garbage", true);
            return;
        }
        if (text.length() <= MAX_LABEL_CHARS && label(page, i, text, f)) {
            return;
        }
        if (boilerplateCues(f)) {
            page.remove(i, f.cue().code, true);
            return;
        }
        page.kind[i] = contentKind(f);
    }

    /** Matches widget-label shapes; true when the unit was claimed. */
    private static boolean label(Page page, int i, String text, Features f) {
        if (isPlayerChrome(text)) {
            page.mark[i] = Mark.PLAYER;
            page.remove(i, "player-chrome", true);
            return true;
        }
        Matcher m = CAPTION_LABEL.matcher(text);
        if (m.matches()) {
            page.mark[i] = Mark.CAPTION_LABEL;
            if (m.group(1).isBlank()) {
                page.remove(i, "caption-label", true);
            } else {
                page.caption(i, m.group(1).strip());
            }
            return true;
        }
        for (Rule r : RULES) {
            if (r.pattern.matcher(text).lookingAt()) {
                page.mark[i] = r.mark;
                page.remove(i, r.code, true);
                return true;
            }
        }
        if (text.endsWith("]") && f.words() >= 3 && TEASER_TAG.matcher(text).find()) {
            page.remove(i, "teaser", true);
            return true;
        }
        if (f.words() <= 10 && isShareBar(text)) {
            page.remove(i, "share-prompt", true);
            return true;
        }
        if (text.indexOf(':') < 0) {
            return false;
        }
        m = CAPTION_WITH_CREDIT.matcher(text);
        if (m.matches() && Features.of(m.group(1)).words() >= 3) {
            page.mark[i] = Mark.IMAGE_CREDIT;
            page.caption(i, m.group(1).strip());
            return true;
        }
        return false;
    }

    /** A line made only of video-player words, numbers and time codes, with at least one control word. */
    static boolean isPlayerChrome(String text) {
        if (text.length() > 80) {
            return false;
        }
        boolean anchored = TIME_CODE.matcher(text).find();
        int words = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (!word.isEmpty()) {
                String w = word.toString();
                word.setLength(0);
                words++;
                if (Lexicon.PLAYER_ANCHORS.contains(w)) {
                    anchored = true;
                } else if (!Lexicon.PLAYER_WORDS.contains(w)) {
                    return false;
                }
            }
        }
        return anchored && words <= 8;
    }

    /** A line made only of share-widget words, naming at least one network or action. */
    private static boolean isShareBar(String text) {
        List<String> tokens = Features.tokens(text, MAX_LABEL_CHARS);
        if (tokens.isEmpty() || tokens.size() > 10) {
            return false;
        }
        boolean anchored = false;
        for (String t : tokens) {
            if (!Lexicon.SHARE_WORDS.contains(t)) {
                return false;
            }
            anchored |= Lexicon.SHARE_ANCHORS.contains(t);
        }
        return anchored;
    }

    /**
     * Cue phrases weighed against sentence shape: a notice addresses the reader or calls to action, while
     * a news sentence that mentions a newsletter reports on it in the third person.
     */
    static boolean boilerplateCues(Features f) {
        int w = f.cueWeight();
        if (w == 0) {
            return false;
        }
        if (f.quoted() && w < 4) {
            return false;
        }
        boolean s = f.sentence();
        int n = f.words();
        if (n > 30 && w * 10 < n) {
            // Cues thinly spread through a long paragraph: prose that mentions them, not a notice.
            return false;
        }
        return w >= 4
                || w >= 2 && (f.addressing() || f.imperative() || !s || n <= 6)
                || f.imperative() && n <= 20 || n <= 3 || !s && n <= 12 && f.addressing();
    }

    static Kind contentKind(Features f) {
        if (f.letters() + f.digits() == 0) {
            return Kind.SHORT;
        }
        boolean sentence = f.sentence();
        if (sentence && f.words() >= 8) {
            return f.digits() > f.letters() ? Kind.NEAR_GOOD : Kind.GOOD;
        }
        if (!f.terminal() && f.startsUpper() && f.words() >= 12 && f.stopDensity() >= 0.15) {
            return Kind.NEAR_GOOD;
        }
        if (sentence && f.words() >= 2 || f.endsColon() && f.startsUpper() && f.words() >= 3) {
            return Kind.NEAR_GOOD;
        }
        if (f.startsLower() && f.terminal() && f.words() >= 15) {
            return Kind.NEAR_GOOD;
        }
        return Kind.SHORT;
    }
}
