package dev.copydesk.annotate.date;

import dev.copydesk.annotate.DateMention;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.core.Diagnostics;
import dev.copydesk.core.LayerKey;
import dev.copydesk.core.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the dates and periods an article mentions and resolves each to an ISO-8601 value, using the
 * article's publication date ({@link Article#published()}) when it is known. Reads only the text and
 * the publication date, so it runs without any other stage; adds {@link Layers#DATES}.
 *
 * <p>What is recognised, and the value given:
 * <ul>
 *   <li>Full dates: "21 September 2022", "September 21, 2022", "Monday, 21st of Sept. 2022",
 *       "2022-09-21" → {@code 2022-09-21}. Impossible dates ("31 June 2022") are dropped.</li>
 *   <li>Month and day without a year: "September 21", "21 Sept." → the year that puts the date nearest
 *       the publication date (publication year, one before or one after; on a tie, the earlier). With
 *       no publication date, the ISO recurring month-day {@code --09-21}.</li>
 *   <li>Months: "September 2022" → {@code 2022-09}; a lone month name needs a cue before it ("in May",
 *       "since March", "late September") so that "May" the verb or "March" the noun are left alone, and
 *       it takes the nearest year as above, except after "since" or "last", which take the latest
 *       such month begun by the publication date; {@code --09} with no publication date.</li>
 *   <li>Years: "1991" → {@code 1991} by the {@link BareYear} rule (not "2000 people", not "£1999").</li>
 *   <li>Decades: "1990s" → {@code 199}, the ISO 8601 decade (reduced precision); the article "the" is
 *       not part of the span.</li>
 *   <li>Modifiers "early", "mid", "late" are kept in the span ("late September") but ISO-8601 has no
 *       notation for them, so the value keeps the period's own granularity ({@code 2022-09}); users who
 *       need the modifier read it from {@code text}.</li>
 *   <li>Relative dates, only when the publication date is known (otherwise they are not emitted, since
 *       the value must be ISO-8601): "yesterday", "today", "tomorrow" → a day; "last week", "this week",
 *       "next week" → an ISO week ({@code 2022-W38}); "last/this/next month" → {@code 2022-08};
 *       "last/this/next year" → {@code 2021}; "three days ago" → a day, and likewise weeks, months and
 *       years ago. Weekdays: "last Monday" is the Monday strictly before publication, "next Monday" the
 *       one strictly after, and a plain "Monday" the nearest one on or before publication, unless a
 *       future cue ("will", "due", "set to", "expected") precedes it in the sentence, in which case the
 *       nearest on or after.</li>
 * </ul>
 * Not dates: quantities ("4 million", "£1,115"), clock and player times ("0:00", "1:09"), lower-case
 * "may" and "march", and numeric slash dates ("09/10/22"), which are left out because day-month and
 * month-day order cannot be told apart.
 *
 * <p>Values keep to four-digit years, 0000 to 9999: a mention that would resolve outside them (against a
 * publication date such as "9999-12-31" or "0001-01-01") is not emitted.
 *
 * <p>When mentions overlap, the longest wins ("21 September 2022" rather than "2022"). Runs in time
 * linear in the text and never throws: an unexpected failure leaves an empty layer and a warning.
 * Final, stateless and thread-safe.
 */
public final class DateResolver implements Stage {
    /** This stage's name in diagnostics. */
    public static final String NAME = "date-resolver";

    private static final Comparator<DateMention> LONGEST_FIRST =
            Comparator.comparingInt(DateMention::start).thenComparing(Comparator.comparingInt(DateMention::end).reversed());

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
        return Set.of(Layers.DATES);
    }

    @Override
    public Article process(Article article) {
        try {
            return article.withLayer(Layers.DATES, find(article.text(), article.published()));
        } catch (RuntimeException e) {
            return article.withLayer(Layers.DATES, List.of()).withDiagnostics(Diagnostics.builder()
                    .warning(NAME, "date-resolver-failed", e.toString()).build());
        }
    }

    /**
     * The date mentions in {@code text}, in text order, without overlaps.
     *
     * @param published the publication date, ISO-8601, or null when unknown
     */
    public List<DateMention> find(String text, String published) {
        List<DateMention> all = new ArrayList<>();
        DateFinder.find(text, Anchor.of(published), all);
        all.sort(LONGEST_FIRST);
        List<DateMention> kept = new ArrayList<>();
        int reach = 0;
        for (DateMention d : all) {
            if (d.start() >= reach) {
                kept.add(d);
                reach = d.end();
            }
        }
        return kept;
    }
}
