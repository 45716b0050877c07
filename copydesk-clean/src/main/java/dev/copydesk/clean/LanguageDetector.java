package dev.copydesk.clean;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of a text from its script and, for Latin and Cyrillic scripts, from its density of
 * each language's commonest function words. Returns an ISO 639-1 code, or {@code null} when the text is
 * too short or too mixed to tell: an unknown language is reported as unknown, never guessed.
 * Final, stateless and thread-safe.
 */
public final class LanguageDetector {
    /** Words read at most; the start of an article tells its language. */
    private static final int MAX_WORDS = 2_000;
    private static final int MIN_HITS = 3;

    private static final Map<String, Set<String>> STOPWORDS = Map.ofEntries(
            Map.entry("en", Set.of("the", "and", "of", "to", "in", "is", "that", "it", "was", "for", "with", "he", "as", "on", "his", "by", "at", "this", "have", "from", "they", "which", "are", "been", "were", "would", "their", "said", "has", "not", "be", "but")),
            Map.entry("de", Set.of("der", "die", "und", "den", "das", "nicht", "von", "sie", "ist", "des", "sich", "mit", "dem", "dass", "er", "es", "ein", "ich", "auf", "eine", "auch", "als", "wird", "bei", "noch", "wie", "einer", "nach", "über", "werden", "sind", "hat")),
            Map.entry("fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "que", "pour", "dans", "qui", "pas", "sur", "au", "avec", "il", "ce", "sont", "par", "plus", "nous", "mais", "ont", "aux", "été", "cette", "ses", "leur", "elle", "comme", "être")),
            Map.entry("es", Set.of("el", "la", "de", "que", "y", "los", "del", "las", "por", "un", "con", "una", "para", "es", "se", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "este", "sobre", "entre", "también", "desde", "está", "muy", "hasta")),
            Map.entry("it", Set.of("il", "di", "che", "la", "per", "non", "un", "una", "sono", "del", "della", "nel", "con", "gli", "le", "si", "anche", "come", "alla", "dei", "più", "ma", "ha", "questo", "delle", "nella", "degli", "essere", "è", "lo", "stato", "tra")),
            Map.entry("pt", Set.of("de", "que", "não", "uma", "os", "para", "com", "um", "por", "do", "da", "em", "as", "dos", "das", "se", "mais", "foi", "ao", "na", "no", "pelo", "pela", "também", "são", "como", "mas", "ele", "ela", "seu", "sua", "está")),
            Map.entry("nl", Set.of("de", "het", "een", "van", "en", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die", "ook", "als", "aan", "maar", "bij", "om", "er", "nog", "wordt", "naar", "uit", "heeft", "door", "over", "werd", "hij", "ze", "dan")),
            Map.entry("sv", Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett", "var", "jag", "men", "från", "de", "vi", "han", "hon", "kan", "sig", "när", "efter", "också", "ska", "eller", "så")),
            Map.entry("da", Set.of("og", "det", "at", "en", "den", "til", "er", "som", "på", "de", "med", "han", "af", "for", "ikke", "der", "var", "mig", "sig", "men", "et", "har", "om", "vi", "min", "havde", "ham", "hun", "nu", "over", "da", "fra")),
            Map.entry("no", Set.of("og", "det", "er", "som", "en", "på", "til", "av", "for", "med", "har", "ikke", "de", "at", "om", "et", "var", "men", "fra", "vi", "han", "hun", "kan", "seg", "når", "etter", "også", "skal", "eller", "så", "ble", "blir")),
            Map.entry("fi", Set.of("ja", "on", "ei", "että", "se", "oli", "hän", "mutta", "kun", "niin", "myös", "ovat", "kuin", "tai", "joka", "sen", "mukaan", "ole", "jo", "voi", "nyt", "vain", "sitä", "hänen", "jos", "sekä", "kanssa", "olisi", "tämä", "vuoden", "jotka", "siitä")),
            Map.entry("pl", Set.of("i", "w", "nie", "się", "na", "że", "z", "do", "to", "jest", "jak", "ale", "po", "co", "tak", "za", "od", "o", "jego", "przez", "są", "dla", "czy", "już", "było", "tym", "który", "może", "także", "jej", "oraz", "być")),
            Map.entry("cs", Set.of("a", "se", "na", "je", "že", "v", "to", "do", "s", "o", "jako", "ale", "z", "by", "jsou", "pro", "od", "tak", "které", "který", "jeho", "také", "po", "už", "byl", "bylo", "jen", "nebo", "podle", "když", "při", "má")),
            Map.entry("ro", Set.of("și", "de", "la", "în", "că", "nu", "cu", "pe", "o", "un", "din", "a", "mai", "care", "este", "pentru", "sunt", "au", "se", "ca", "dar", "fost", "sau", "lui", "acest", "fi", "prin", "după", "cel", "cea", "ei", "însă")),
            Map.entry("hu", Set.of("a", "az", "és", "hogy", "nem", "is", "egy", "meg", "van", "de", "már", "csak", "mint", "el", "ki", "volt", "ez", "azt", "még", "vagy", "kell", "lesz", "után", "szerint", "pedig", "mert", "lett", "nagy", "minden", "most", "fel", "ezt")),
            Map.entry("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "çok", "olarak", "gibi", "daha", "ne", "o", "ama", "kadar", "sonra", "olan", "en", "her", "değil", "var", "ya", "ki", "şey", "onun", "diye", "mi", "yok", "ise", "tarafından", "göre", "ancak")),
            Map.entry("id", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "juga", "ke", "ada", "oleh", "kami", "telah", "bisa", "karena", "mereka", "sudah", "saat", "atau", "seperti", "lebih", "tersebut", "kata", "bahwa", "hanya", "masih", "namun")),
            Map.entry("ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "к", "но", "из", "за", "у", "от", "о", "так", "его", "же", "для", "было", "все", "она", "был", "бы", "только", "который", "также", "может", "их", "они")),
            Map.entry("uk", Set.of("і", "в", "не", "на", "що", "з", "та", "до", "це", "як", "у", "він", "за", "від", "але", "про", "так", "його", "для", "було", "які", "який", "також", "може", "їх", "вони", "ще", "й", "вже", "або", "під", "після")),
            Map.entry("bg", Set.of("и", "на", "за", "да", "се", "в", "от", "не", "е", "че", "с", "по", "са", "това", "като", "но", "към", "той", "тя", "ще", "бъде", "при", "след", "има", "както", "който", "която", "които", "беше", "още", "също", "или")));

    /**
     * The ISO 639-1 code of {@code text}'s language, or {@code null} when it cannot be told.
     */
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters < 20) {
            return null;
        }
        Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int hiragana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        switch (main) {
            case HAN: return hiragana > letters / 20 ? "ja" : "zh";
            case HIRAGANA, KATAKANA: return "ja";
            case HANGUL: return "ko";
            case ARABIC: return "ar";
            case HEBREW: return "he";
            case GREEK: return "el";
            case DEVANAGARI: return "hi";
            case THAI: return "th";
            case LATIN, CYRILLIC: return byStopwords(text, main);
            default: return null;
        }
    }

    private static String byStopwords(String text, Character.UnicodeScript script) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        int i = 0;
        int n = Math.min(text.length(), 40_000);
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
                i++;
            }
            if (i == s) {
                break;
            }
            words++;
            String w = text.substring(s, i).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (isScript(e.getKey(), script) && e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            int h = e.getValue();
            if (h > bestHits || (h == bestHits && best != null && e.getKey().compareTo(best) < 0)) {
                second = Math.max(second, bestHits);
                bestHits = h;
                best = e.getKey();
            } else if (h > second) {
                second = h;
            }
        }
        if (best == null || bestHits < MIN_HITS || bestHits < words / 20 || bestHits * 10 < second * 11) {
            return null;
        }
        return best;
    }

    private static boolean isScript(String lang, Character.UnicodeScript script) {
        boolean cyrillic = lang.equals("ru") || lang.equals("uk") || lang.equals("bg");
        return cyrillic == (script == Character.UnicodeScript.CYRILLIC);
    }
}
