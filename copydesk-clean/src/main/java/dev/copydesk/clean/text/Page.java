package dev.copydesk.clean.text;

import java.util.List;

/**
 * The units of one input and what each was found to be: body, title, caption, comment, or removed
 * boilerplate with a stable reason code. Built and filled by {@link LineLabeler}; read-only once
 * returned. Not thread-safe while it is being labelled; one per input.
 */
public final class Page {
    /** What a unit ends up as. */
    public enum Role {
        /** Part of the article body. */
        BODY,
        /** The headline. */
        TITLE,
        /** An image or video caption, kept apart from the body. */
        CAPTION,
        /** A reader comment, kept apart from the body. */
        COMMENT,
        /** Boilerplate, dropped; {@link #code(int)} says why. */
        REMOVED
    }

    /** jusText's content classes, before and after context smoothing. */
    enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

    /** Structural landmarks that the rules looking at neighbours key on. */
    enum Mark { NONE, PLAYER, GALLERY, CAPTION_LABEL, IMAGE_CREDIT, LIST_HEADING, COMMENT_HEADING, COMMENT_CHROME, TIME_AGO }

    final String raw;
    final List<Unit> units;
    final Features[] features;
    final Kind[] initial;
    final Kind[] kind;
    final Role[] role;
    final Mark[] mark;
    final String[] code;
    final String[] captionText;
    /** Removed or moved by a rule about the unit itself (or its landmarks), not by smoothing. */
    final boolean[] byRule;

    Page(String raw, List<Unit> units) {
        this.raw = raw;
        this.units = units;
        int n = units.size();
        features = new Features[n];
        initial = new Kind[n];
        kind = new Kind[n];
        role = new Role[n];
        mark = new Mark[n];
        code = new String[n];
        captionText = new String[n];
        byRule = new boolean[n];
        for (int i = 0; i < n; i++) {
            features[i] = Features.of(units.get(i).text());
            role[i] = Role.BODY;
            mark[i] = Mark.NONE;
        }
    }

    /** The input the units point into. */
    public String raw() {
        return raw;
    }

    /** The units in input order. */
    public List<Unit> units() {
        return units;
    }

    public int size() {
        return units.size();
    }

    public Role role(int i) {
        return role[i];
    }

    /** Why unit {@code i} is not body ({@code "player-chrome"}, {@code "caption"}, ...), or {@code null}. */
    public String code(int i) {
        return code[i];
    }

    /** The caption text of a {@link Role#CAPTION} unit, with any label or credit cut off. */
    public String caption(int i) {
        return captionText[i] != null ? captionText[i] : units.get(i).text();
    }

    public String text(int i) {
        return units.get(i).text();
    }

    // Mutators used by the labelling steps.

    void remove(int i, String why, boolean rule) {
        role[i] = Role.REMOVED;
        code[i] = why;
        byRule[i] = rule;
        kind[i] = Kind.BAD;
    }

    void caption(int i, String text) {
        role[i] = Role.CAPTION;
        code[i] = "caption";
        byRule[i] = true;
        captionText[i] = text;
    }

    void comment(int i) {
        role[i] = Role.COMMENT;
        code[i] = "comment";
        byRule[i] = true;
    }

    /** A body unit that a rule has not yet claimed. */
    boolean open(int i) {
        return role[i] == Role.BODY;
    }

    boolean removedByRule(int i) {
        return role[i] == Role.REMOVED && byRule[i];
    }
}
