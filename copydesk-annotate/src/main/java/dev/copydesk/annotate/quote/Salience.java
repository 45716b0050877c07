package dev.copydesk.annotate.quote;

import dev.copydesk.annotate.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the article is talking about, as it is read from start to end: the person in focus (the latest
 * speaker or person in subject position) and the descriptions met so far, so that "he", "the
 * reservist" or "The 43-year-old" resolve to someone. One instance per article; not thread-safe.
 */
final class Salience {
    /** Someone a mention can refer to. {@code named} when the canonical is a name, not a description. */
    record Referent(String canonical, boolean named, boolean plural, boolean person) {
    }

    private final Doc doc;
    private final List<Referent> descriptions = new ArrayList<>();
    private Referent focus;
    private Mentions.Mention focusMention;
    private int focusParagraph = -1;
    private Referent lastNamed;
    private Referent lastPlural;

    Salience(Doc doc) {
        this.doc = doc;
    }

    Referent focus(int paragraph, int maxDistance) {
        return focus != null && paragraph - focusParagraph <= maxDistance ? focus : null;
    }

    void attend(Referent r, int paragraph) {
        attend(r, paragraph, null);
    }

    /** The words that last named the person in focus, or null when unknown. */
    Mentions.Mention focusMention() {
        return focusMention;
    }

    /**
     * As {@link #attend(Referent, int)}, remembering {@code mention} as the latest words that named the
     * person in focus (kept when the same person is attended again without one).
     */
    void attend(Referent r, int paragraph, Mentions.Mention mention) {
        if (r == null) {
            return;
        }
        if (r.plural) {
            lastPlural = r;
            return;
        }
        if (!r.person) {
            return;
        }
        if (mention != null) {
            focusMention = mention;
        } else if (!r.equals(focus)) {
            focusMention = null;
        }
        focus = r;
        focusParagraph = paragraph;
        if (r.named) {
            lastNamed = r;
        }
    }

    /** The referent of {@code m}, or null when it resolves to nobody. */
    Referent resolve(Mentions.Mention m) {
        if (m == null) {
            return null;
        }
        String surface = doc.text.substring(doc.starts[m.from()], doc.ends[m.to() - 1]);
        switch (m.kind()) {
            case PRONOUN -> {
                String w = Lexicon.lower(surface);
                if (w.equals("he") || w.equals("she")) {
                    return focus;
                }
                if (w.equals("they")) {
                    return lastPlural;
                }
                return null;
            }
            case ENTITY -> {
                EntityType t = m.entity().type();
                return new Referent(m.entity().canonical(), true, t != EntityType.PERSON, t == EntityType.PERSON);
            }
            case NAME -> {
                String last = doc.words[m.to() - 1];
                String full = doc.fullestName(last);
                boolean titled = Lexicon.isTitle(doc.words[m.from()]);
                String canonical = full.length() >= surface.length() || titled ? full : surface;
                return new Referent(canonical, true, false, true);
            }
            default -> {
                return description(m, surface);
            }
        }
    }

    private Referent description(Mentions.Mention m, String surface) {
        String head = Lexicon.lower(doc.words[m.to() - 1]);
        boolean plural = head.endsWith("s") && !head.endsWith("ss") || head.equals("people") || head.equals("police");
        String first = Lexicon.lower(doc.words[m.from()]);
        boolean definite = first.equals("the") || first.equals("this");
        if (!plural && definite && head.endsWith("-year-old") && lastNamed != null) {
            return lastNamed;
        }
        for (int i = descriptions.size() - 1; i >= 0; i--) {
            Referent r = descriptions.get(i);
            if (definite && r.canonical.endsWith(" " + head)) {
                return r;
            }
        }
        if (definite && !plural && focus != null && !focus.named && focus.person) {
            // "the reservist" after "the unnamed reservist" under another head ("conscript")
            String[] parts = focus.canonical.split(" ");
            if (parts[parts.length - 1].equals(head)) {
                return focus;
            }
        }
        String canonical = Character.toLowerCase(surface.charAt(0)) + surface.substring(1);
        if (!Lexicon.isDeterminer(first)) {
            canonical = surface;
        }
        Referent r = new Referent(canonical, false, plural, !plural);
        descriptions.add(r);
        return r;
    }
}
