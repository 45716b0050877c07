package dev.copydesk.annotate.entity;

import dev.copydesk.annotate.Entity;
import dev.copydesk.annotate.EntityType;
import dev.copydesk.annotate.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every mention in one article its canonical name: the entity's fullest name in that article.
 *
 * <ul>
 *   <li>Leading titles and honorifics are stripped ("Mr Gabbasov" → "Gabbasov", "President Joe Biden"
 *       → "Joe Biden").</li>
 *   <li>A person mention whose words appear, in order, in a longer person name of the same article
 *       links to it ("Putin", "Mr Putin" → "Vladimir Putin"). When the words fit two or more names that
 *       are not themselves one person ("Smith" with "John Smith" and "Mary Smith"), the mention is
 *       ambiguous and keeps its own name: a wrong merge is worse than none.</li>
 *   <li>A one-word organisation or MISC mention that is the surname of exactly one person becomes that
 *       person (taggers are inconsistent with rare surnames).</li>
 *   <li>An acronym the article defines after an organisation ("Federal Security Service (FSB)") links
 *       every occurrence of the acronym to the full name; occurrences the tagger missed are added.</li>
 *   <li>Pronouns are never mentions, and never link.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityLinker {
    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\A\\s*\\(\\s*(\\p{Lu}[\\p{Lu}&.\\d-]{1,9})\\s*\\)");

    /**
     * Links the mentions of one article.
     *
     * @param text     the article's text, which the mentions' offsets index
     * @param mentions the article's mentions, in any order, not overlapping
     * @return one entity per mention plus one per untagged occurrence of a defined acronym, in text order
     */
    public List<Entity> link(String text, List<Mention> mentions) {
        List<Mention> all = new ArrayList<>(mentions);
        Map<String, String> acronyms = acronyms(text, all);
        addAcronymOccurrences(text, acronyms, all);
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));

        List<List<String>> personNames = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Mention m : all) {
            if (m.type() == EntityType.PERSON) {
                List<String> name = Honorifics.strip(Honorifics.words(m.text()));
                if (seen.add(key(name))) {
                    personNames.add(name);
                }
            }
        }
        List<Entity> out = new ArrayList<>(all.size());
        for (Mention m : all) {
            out.add(linkOne(m, personNames, acronyms));
        }
        return out;
    }

    private Entity linkOne(Mention m, List<List<String>> personNames, Map<String, String> acronyms) {
        List<String> words = Honorifics.strip(Honorifics.words(m.text()));
        String own = String.join(" ", words);
        EntityType type = m.type();
        if (type != EntityType.PERSON && acronyms.containsKey(own)) {
            return new Entity(m.start(), m.end(), m.text(), EntityType.ORGANIZATION, acronyms.get(own));
        }
        if (type == EntityType.PERSON) {
            List<String> full = fullest(words, personNames);
            return new Entity(m.start(), m.end(), m.text(), type, full == null ? own : String.join(" ", full));
        }
        if ((type == EntityType.ORGANIZATION || type == EntityType.MISC) && words.size() == 1) {
            List<List<String>> bySurname = new ArrayList<>();
            for (List<String> name : personNames) {
                if (name.size() > 1 && name.get(name.size() - 1).equalsIgnoreCase(own)) {
                    bySurname.add(name);
                }
            }
            List<String> full = bySurname.size() == 1 ? fullest(bySurname.get(0), personNames) : null;
            if (full != null || bySurname.size() == 1) {
                return new Entity(m.start(), m.end(), m.text(), EntityType.PERSON,
                        String.join(" ", full != null ? full : bySurname.get(0)));
            }
        }
        return new Entity(m.start(), m.end(), m.text(), type, own);
    }

    /**
     * The single maximal name containing {@code words} in order, or {@code null} when none is longer or
     * when two different maximal names fit.
     */
    static List<String> fullest(List<String> words, List<List<String>> names) {
        List<List<String>> fits = new ArrayList<>();
        for (List<String> name : names) {
            if (name.size() > words.size() && isSubsequence(words, name)) {
                fits.add(name);
            }
        }
        List<List<String>> maximal = new ArrayList<>();
        for (List<String> f : fits) {
            boolean inside = false;
            for (List<String> g : fits) {
                if (g != f && g.size() > f.size() && isSubsequence(f, g)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                maximal.add(f);
            }
        }
        return maximal.size() == 1 ? maximal.get(0) : null;
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int j = 0;
        for (String w : whole) {
            if (j < part.size() && w.equalsIgnoreCase(part.get(j))) {
                j++;
            }
        }
        return j == part.size();
    }

    /** Acronyms defined in parentheses right after an organisation mention, mapped to its name. */
    private static Map<String, String> acronyms(String text, List<Mention> mentions) {
        Map<String, String> found = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION || m.end() >= text.length()) {
                continue;
            }
            Matcher x = ACRONYM_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16));
            x.useAnchoringBounds(true);
            if (x.lookingAt()) {
                String acronym = x.group(1);
                String name = String.join(" ", Honorifics.words(m.text()));
                if (!acronym.equals(name)) {
                    found.putIfAbsent(acronym, name);
                }
            }
        }
        return found;
    }

    private static void addAcronymOccurrences(String text, Map<String, String> acronyms, List<Mention> mentions) {
        for (String acronym : acronyms.keySet()) {
            Matcher x = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (x.find()) {
                int s = x.start();
                int e = x.end();
                boolean covered = false;
                for (Mention m : mentions) {
                    if (m.start() < e && s < m.end()) {
                        covered = true;
                        break;
                    }
                }
                if (!covered) {
                    mentions.add(new Mention(s, e, acronym, EntityType.ORGANIZATION));
                }
            }
        }
    }

    private static String key(List<String> words) {
        return String.join(" ", words).toLowerCase(Locale.ROOT);
    }
}
