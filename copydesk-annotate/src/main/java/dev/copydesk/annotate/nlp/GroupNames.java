package dev.copydesk.annotate.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Tells nationality, religious and political group names ("Ukrainians", "Russian", "Bashkirs",
 * "Republicans", "Muslims") among the tagger's MISC mentions, by the shape of the mention's last word:
 * a demonym suffix (-ian, -ean, -an, -ese, -ish, -i, -ch, -ist, -ite …), a small lexicon of irregular
 * demonyms and religious and political stems, or a capitalised plural of one word ("Bashkirs",
 * "Kurds"), which in MISC is nearly always a people. Stateless and thread-safe.
 */
final class GroupNames {
    private static final String[] SUFFIXES = {"ian", "ean", "can", "ese", "ish", "ch", "ist", "ite", "ani", "eni",
            "aqi", "ali", "udi", "eli", "shi", "ini", "iot", "an"};

    private static final Set<String> WORDS = Set.of("german", "thai", "greek", "swiss", "czech", "kazakh", "uzbek",
            "tajik", "turk", "arab", "kurd", "dane", "swede", "pole", "finn", "scot", "basque", "filipino", "maori",
            "inuit", "roma", "jew", "hindu", "sikh", "muslim", "moslem", "catholic", "protestant", "orthodox", "sunni",
            "shia", "shiite", "republican", "democrat", "tory", "conservative", "liberal", "socialist", "communist",
            "nazi", "zionist", "islamist", "jihadist", "evangelical", "mormon", "lutheran", "anglican", "methodist",
            "baptist", "buddhist", "taoist", "bolshevik", "yazidi", "druze", "alawite", "tatar", "chechen", "cossack",
            "bashkir", "uyghur", "uighur", "pashtun", "tamil", "sinhalese", "zulu", "hutu", "tutsi", "berber");

    private static final Set<String> NOT_GROUPS = Set.of("olympics", "games", "oscars", "emmys", "grammys", "awards",
            "series", "news", "times", "ramadan", "koran", "quran", "christmas", "easter", "paralympics", "finals", "vatican",
            "titan", "caravan", "divan", "sedan", "toucan", "pelican", "organ", "plan", "scan", "pan", "span");

    private GroupNames() {
    }

    static boolean isGroup(String mention) {
        String[] words = mention.strip().split("\\s+");
        String last = words[words.length - 1];
        if (last.isEmpty() || !Character.isUpperCase(last.codePointAt(0))) {
            return false;
        }
        String w = last.toLowerCase(Locale.ROOT);
        if (NOT_GROUPS.contains(w) || w.endsWith("ics") || w.endsWith("man") || w.endsWith("men")) {
            return false;
        }
        String singular = w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
        if (WORDS.contains(w) || WORDS.contains(singular)) {
            return true;
        }
        for (String suffix : SUFFIXES) {
            if (singular.endsWith(suffix) && singular.length() > suffix.length() + 2) {
                return true;
            }
        }
        return words.length == 1 && singular != w && w.length() > 3 && w.chars().allMatch(Character::isLetter);
    }
}
