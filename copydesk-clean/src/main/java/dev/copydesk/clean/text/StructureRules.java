package dev.copydesk.clean.text;

import dev.copydesk.clean.text.Page.Kind;
import dev.copydesk.clean.text.Page.Mark;
import dev.copydesk.clean.text.Page.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules that read a unit together with the landmarks around it: the headline-shaped line standing
 * before a video player is the video's title; an unpunctuated line beside a gallery counter or credit
 * is a caption; the lines under a "Related" heading are teasers; past a comment heading or comment
 * controls, in the last part of the page, text is reader comments. Stateless; each rule is linear.
 */
final class StructureRules {
    /** Share of the body, by chars, that must come before a comment section can start. */
    private static final double COMMENTS_AFTER = 0.5;
    /** Longest list a related-stories or highlights heading is taken to head. */
    private static final int MAX_LIST = 40;
    /** Longer units are not taken for comments on shape alone. */
    private static final int MAX_COMMENT_WORDS = 150;

    private static final Pattern ENDS_IN_TIME = Pattern.compile("\\b(?:ago|just now|yesterday)$");

    private StructureRules() {
    }

    static void apply(Page page) {
        videoTitles(page);
        captions(page);
        lists(page);
        commentSection(page);
    }

    private static void videoTitles(Page page) {
        for (int i = 1; i < page.size(); i++) {
            if (page.mark[i] == Mark.PLAYER && page.mark[i - 1] != Mark.PLAYER && page.open(i - 1)) {
                Features f = page.features[i - 1];
                if (!f.terminal() && !f.startsLower() && f.words() >= 2 && f.words() <= 30) {
                    page.remove(i - 1, "video-title", true);
                }
            }
        }
    }

    private static void captions(Page page) {
        int n = page.size();
        // The first line of text is the headline's place, whatever image follows it.
        int first = 0;
        while (first < n && !page.open(first)) {
            first++;
        }
        for (int i = 0; i < n; i++) {
            Mark m = page.mark[i];
            if (m == Mark.CAPTION_LABEL && page.role[i] == Role.REMOVED && i + 1 < n && page.open(i + 1)) {
                page.caption(i + 1, null);
            } else if (m == Mark.GALLERY) {
                int end = i;
                while (end + 1 < n && page.mark[end + 1] == Mark.GALLERY) {
                    end++;
                }
                if (i - 1 > first && captionShaped(page, i - 1) && page.features[i - 1].words() >= 4) {
                    page.caption(i - 1, null);
                }
                if (end + 1 < n && captionShaped(page, end + 1)) {
                    page.caption(end + 1, null);
                }
                i = end;
            } else if (m == Mark.IMAGE_CREDIT && page.role[i] == Role.REMOVED && i - 1 > first
                    && captionShaped(page, i - 1)) {
                page.caption(i - 1, null);
            }
        }
    }

    /** Captions are written as sentences that drop the final full stop. */
    private static boolean captionShaped(Page page, int i) {
        Features f = page.features[i];
        return page.open(i) && !f.terminal() && !f.endsColon() && !f.startsLower() && f.words() >= 3
                && f.words() <= 80;
    }

    private static void lists(Page page) {
        int n = page.size();
        for (int i = 0; i < n; i++) {
            if (page.mark[i] != Mark.LIST_HEADING) {
                continue;
            }
            for (int j = i + 1; j < n && j - i <= MAX_LIST && page.mark[j] != Mark.LIST_HEADING; j++) {
                if (!page.open(j)) {
                    if (page.removedByRule(j)) {
                        continue;
                    }
                    break;
                }
                Features f = page.features[j];
                if (f.sentence() && f.words() >= 6 || page.initial[j] == Kind.GOOD || f.words() > 20) {
                    break;
                }
                page.remove(j, page.code[i], true);
            }
        }
    }

    /**
     * Finds a comment section opened by a heading or by comment controls after most of the body, and
     * moves what follows into comments, dropping user names and time stamps.
     */
    private static void commentSection(Page page) {
        int n = page.size();
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (page.initial[i] == Kind.GOOD) {
                total += page.features[i].chars();
            }
        }
        if (total == 0) {
            return;
        }
        long before = 0;
        int start = -1;
        for (int i = 0; i < n && start < 0; i++) {
            Mark m = page.mark[i];
            if ((m == Mark.COMMENT_HEADING || m == Mark.COMMENT_CHROME) && before >= total * COMMENTS_AFTER) {
                start = m == Mark.COMMENT_HEADING ? i + 1 : firstCommentBefore(page, i);
            }
            if (page.initial[i] == Kind.GOOD) {
                before += page.features[i].chars();
            }
        }
        if (start < 0) {
            return;
        }
        for (int j = start; j < n; j++) {
            Mark m = page.mark[j];
            if (m == Mark.TIME_AGO) {
                page.code[j] = "comment-meta";
            } else if (m == Mark.COMMENT_CHROME || m == Mark.COMMENT_HEADING) {
                page.code[j] = "comment-chrome";
            } else if (!page.open(j)) {
                continue;
            } else if (commentMeta(page, j)) {
                page.remove(j, "comment-meta", true);
            } else {
                page.comment(j);
            }
        }
    }

    /** Comment controls follow a comment: back up over it, and over its author and time stamp. */
    private static int firstCommentBefore(Page page, int chrome) {
        int s = chrome - 1;
        if (s < 0 || !page.open(s)) {
            return chrome;
        }
        boolean attributed = false;
        while (s - 1 >= 0 && (page.mark[s - 1] == Mark.TIME_AGO || page.open(s - 1) && commentMeta(page, s - 1))) {
            s--;
            attributed = true;
        }
        return attributed || commentShaped(page.features[chrome - 1]) ? s : chrome;
    }

    /** A user name or an author-and-time line: a bare handle, or a short line before or ending in a time stamp. */
    private static boolean commentMeta(Page page, int i) {
        String text = page.text(i);
        Features f = page.features[i];
        if (f.terminal() || i + 1 < page.size() && page.mark[i + 1] == Mark.COMMENT_CHROME) {
            return false;
        }
        boolean handle = text.length() <= 32 && text.codePoints().noneMatch(Character::isWhitespace);
        boolean beforeTime = f.words() <= 4 && i + 1 < page.size() && page.mark[i + 1] == Mark.TIME_AGO;
        boolean endsInTime = f.words() <= 12 && ENDS_IN_TIME.matcher(text).find();
        return handle || beforeTime || endsInTime;
    }

    /** Reader comments: chat that starts in lower case or chats (emoji, "lol", "!!") outside quotes. */
    static boolean commentShaped(Features f) {
        return f.words() >= 2 && f.words() <= MAX_COMMENT_WORDS && (f.startsLower() || f.chatty() && !f.quoted());
    }

    /**
     * Besides chat, a line after the article that is not a full sentence and speaks in the first
     * person, or breaks off on a function word, is a comment cut short.
     */
    private static boolean trailingComment(Page page, int i) {
        Features f = page.features[i];
        if (commentShaped(f)) {
            return true;
        }
        boolean sentence = page.initial[i] == Kind.GOOD;
        return !sentence && f.words() >= 3 && f.words() <= MAX_COMMENT_WORDS && !f.quoted()
                && (f.firstPerson() || f.endsOnStop() && !f.terminal());
    }

    /**
     * Comments that run on after the article with no section heading: working back from the end, past
     * footers and widget labels, every unit shaped like a comment is one, until the last body paragraph.
     * Runs after smoothing. Skipped when a comment section was already found.
     */
    static void trailingComments(Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.role[i] == Role.COMMENT) {
                return;
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int j = page.size() - 1; j >= 0; j--) {
            if (page.removedByRule(j)) {
                continue;
            }
            if (page.role[j] != Role.BODY && page.role[j] != Role.REMOVED) {
                return;
            }
            if (trailingComment(page, j)) {
                found.add(j);
            } else if (page.role[j] == Role.BODY) {
                // Only comments after an article: a page of nothing but lower-case text keeps its body.
                found.forEach(page::comment);
                return;
            }
        }
    }
}
