package dev.copydesk.annotate.amount;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.Layers;
import dev.copydesk.annotate.date.BareYear;
import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostics;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Months;
import dev.copydesk.core.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the quantities an article states, money, counts, measures, percentages and ages, with their
 * value, unit and, where the words around them tell it, the thing counted or priced. Reads only the
 * text, so it runs without any other stage; adds {@link Layers#AMOUNTS}.
 *
 * <p>The span ({@code text}) covers the quantity as written: currency sign or code, number, scale and
 * unit ("£1,115", "$2.5bn", "four million", "3,200 miles", "50 per cent", "43-year-old"), never the
 * object or qualifiers such as "around", "up to" and "more than"; the value is the stated figure.
 * <ul>
 *   <li>Numbers: digits with thousands separators and decimals; number words from "two" to
 *       "ninety-nine" with "hundred", "thousand", "million", "billion", "trillion" ("two hundred and
 *       fifty thousand"), "a million", "half a million"; scale suffixes "m", "bn", "k". A lone "one" is
 *       left out: it is far more often a pronoun or determiner ("one of the", "one conscript").
 *       "a dozen" is 12 and "two dozen" 24; "dozens of", "hundreds of", "tens of thousands" are vague
 *       and not emitted, since a value would state a precision the text does not have.</li>
 *   <li>Units: currency signs £ $ € ¥ ₽ (¥ read as JPY), codes GBP USD EUR RUB JPY, and names
 *       ("roubles"/"rubles" RUB, "dollars" USD, "pounds" GBP, but "pounds of" is weight, unit "lb");
 *       measures reported as "mile", "km", "metre", "kg", "tonne", "lb", "mph"; "%", "per cent" and
 *       "percent" as "percent"; durations as "year", "month", "week", "day", "hour", "minute".</li>
 *   <li>Ages: "the 43-year-old" and "43 years old" are emitted with unit "year" and object "age", so
 *       that they are never read as a count of people ("aged 43" is not recognised as an age).</li>
 *   <li>Objects: for a count, the short noun phrase after it ("four million Bashkirs", "193 ethnic
 *       minorities"); for a percentage or measure, the phrase after "of" ("50 per cent of voters"); for
 *       money, the phrase right after it ("a £500 fine", "$2.5bn in military aid") or else the subject
 *       of its clause ("a rucksack costing up to £560" gives "rucksack"); a percentage without "of"
 *       takes the clause subject too. A sentence-initial capital is lowered ("Body armour" gives
 *       "body armour"). Null when nothing fits.</li>
 * </ul>
 * Not amounts: years ({@link BareYear}), day numbers next to a month ("September 21"), times and player
 * counters ("0:00", "1:09"), ordinals ("21st"), codes and phone numbers, gallery markers ("+8"),
 * version numbers ("1.2.3"), list numbering at the start of a line, ranges ("5-10"), and anything on
 * a line of fewer than three words (player controls such as "Loaded: 0%").
 *
 * <p>Works line by line in time linear in the text; never throws: an unexpected failure leaves an empty
 * layer and a warning. Final, stateless and thread-safe.
 */
public final class AmountParser implements Stage {
    /** This stage's name in diagnostics. */
    public static final String NAME = "amount-parser";


    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.AMOUNTS);
    }

    @Override
    public Article process(Article article) {
        try {
            return article.withLayer(Layers.AMOUNTS, find(article.text()));
        } catch (RuntimeException e) {
            return article.withLayer(Layers.AMOUNTS, List.of()).withDiagnostics(Diagnostics.builder()
                    .warning(NAME, "amount-parser-failed", e.toString()).build());
        }
    }

    /** The amounts in {@code text}, in text order, without overlaps. */
    public List<Amount> find(String text) {
        List<Amount> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            Tokens t = Tokens.of(text, lineStart, lineEnd);
            if (t.wordCount() >= 3) {
                for (int i = 0; i < t.size(); ) {
                    i = match(t, i, out);
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Reads an amount at token {@code i} into {@code out}; returns the token to go on from. */
    private static int match(Tokens t, int i, List<Amount> out) {
        String currency = null;
        int first = i;
        int num = i;
        String sign = Units.sign(t, i);
        if (sign != null && t.is(i + 1, Tokens.NUM) && !t.gapBefore(i + 1)) {
            currency = sign;
            num = i + 1;
            if (t.word(i - 1).equals("US") && !t.gapBefore(i)) {
                first = i - 1;
            }
        } else if (t.is(i, Tokens.WORD) && Units.CODES.containsKey(t.word(i)) && t.is(i + 1, Tokens.NUM)) {
            currency = Units.CODES.get(t.word(i));
            num = i + 1;
        }
        Numbers.Read n = Numbers.read(t, num);
        if (n == null) {
            return i + 1;
        }
        if (currency == null && nextToMonth(t, n)) {
            return n.end();
        }
        int end = n.end();
        String unit = currency;
        String object = null;
        boolean age = false;
        if (currency == null) {
            String w = t.lower(end);
            String w2 = t.lower(end + 1);
            if (t.sym(end, '%')) {
                unit = "percent";
                end++;
            } else if (w.equals("per") && w2.equals("cent")) {
                unit = "percent";
                end += 2;
            } else if (t.sym(end, '-') && !t.gapBefore(end) && t.is(end + 1, Tokens.WORD) && !t.gapBefore(end + 1)) {
                String adj = w2;
                if (adj.matches("(?:year|years)-old")) {
                    age = true;
                    unit = "year";
                    end += 2;
                } else if (Units.MEASURES.containsKey(adj)) {
                    unit = Units.MEASURES.get(adj);
                    end += 2;
                }
            } else if ((w.equals("year") || w.equals("years")) && w2.equals("old")) {
                age = true;
                unit = "year";
                end += 2;
            } else if (Units.NAMES.containsKey(w)) {
                boolean weight = w.startsWith("pound") && w2.equals("of");
                unit = weight ? "lb" : Units.NAMES.get(w);
                end++;
            } else if (Units.CODES.containsKey(t.word(end))) {
                unit = Units.CODES.get(t.word(end));
                end++;
            } else if (Units.MEASURES.containsKey(w)) {
                unit = Units.MEASURES.get(w);
                end++;
            } else if (n.unit() != null) {
                unit = n.unit();
            }
        }
        if (unit == null && n.plainDigits()
                && BareYear.isYear(t.text(), t.start(n.first()), t.end(n.first()))) {
            return end;
        }
        if (age) {
            object = "age";
        } else if (unit == null) {
            object = Phrases.after(t, end, false);
        } else if (currency != null || Units.CODES.containsValue(unit) && !unit.equals("lb")) {
            object = moneyObject(t, first, end);
        } else if (unit.equals("percent")) {
            object = Phrases.afterOf(t, end);
            if (object == null) {
                object = Phrases.subjectBefore(t, first);
            }
        } else if (!Units.isDuration(unit)) {
            object = Phrases.afterOf(t, end);
        }
        int s = t.start(first);
        int e = t.end(end - 1);
        out.add(new Amount(s, e, t.text().substring(s, e), n.value(), unit, object));
        return end;
    }

    private static String moneyObject(Tokens t, int first, int end) {
        String next = t.lower(end);
        if (t.is(end, Tokens.WORD) && !Phrases.FUNCTION.contains(next) && !Phrases.verbLike(next)) {
            String np = Phrases.after(t, end, true);
            if (np != null) {
                return np;
            }
        }
        // "in" and "on" take a bare noun only: "$2.5bn in military aid", "£3,450 on helmets", not
        // "£5m in the first half" or "sold on the black market".
        boolean bare = (next.equals("in") || next.equals("on")) && !Phrases.FUNCTION.contains(t.lower(end + 1));
        if (next.equals("for") || bare) {
            String np = Phrases.after(t, end + 1, true);
            if (np != null) {
                return np;
            }
        }
        return Phrases.subjectBefore(t, first);
    }

    /** Whether a small number is a day of a month ("September 21", "21 September", "21 Sept"). */
    private static boolean nextToMonth(Tokens t, Numbers.Read n) {
        if (n.end() - n.first() != 1 || !t.is(n.first(), Tokens.NUM)) {
            return false;
        }
        int before = n.first() - 1;
        if (t.sym(before, '.')) {
            before--;
        }
        return Months.isName(t.word(before)) || Months.isName(t.word(n.end()))
                || (t.lower(n.end()).equals("of") && Months.isName(t.word(n.end() + 1)));
    }
}
