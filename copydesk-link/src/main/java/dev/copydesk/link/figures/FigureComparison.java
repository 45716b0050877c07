package dev.copydesk.link.figures;

import dev.copydesk.annotate.Amount;
import dev.copydesk.annotate.Layers;
import dev.copydesk.core.Article;
import dev.copydesk.link.Published;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures the articles of one story give, side by side: amounts that measure the same thing (same
 * unit, same {@link Measures measure}: "12 killed", "12 deaths" and "a dozen people died" are one) are
 * grouped across articles, each report with its article, outlet, date and span, and a group is marked as a
 * disagreement when two articles state values that differ beyond rounding (see {@link Agreement}: "about
 * 300,000" and "300,000" agree, "14 injured" and "15 injured" do not). Two articles disagree when no value
 * one states agrees with a value the other states, so an article that gives both a rounded and a precise
 * figure is not against itself.
 *
 * <p>Only groups reported by at least two articles, or whose values disagree, are returned; they are sorted
 * by number of outlets, then of articles, most first, then disagreements first, then by measure and unit.
 * Articles without an AMOUNTS layer are skipped. Stateless and thread-safe; deterministic for a given
 * set of articles, whatever their order.
 */
public final class FigureComparison {
    private static final String STAGE = "figure-comparison";
    private static final Comparator<FigureReport> REPORT_ORDER = Comparator
            .comparing(FigureReport::published, Published.ORDER)
            .thenComparing(FigureReport::articleId)
            .thenComparingInt(FigureReport::start)
            .thenComparingInt(FigureReport::end);

    private FigureComparison() {
    }

    /**
     * Groups the amounts of {@code storyArticles} by measure and unit.
     *
     * @param outletOf names the outlet of an article (may return null)
     */
    public static List<FigureGroup> compare(List<Article> storyArticles, Function<Article, String> outletOf) {
        Objects.requireNonNull(storyArticles, "storyArticles");
        Objects.requireNonNull(outletOf, "outletOf");
        Map<String, List<Labelled>> byMeasure = new TreeMap<>();
        for (Article article : storyArticles) {
            if (!article.hasLayer(Layers.AMOUNTS)) {
                continue;
            }
            String outlet = outletOf.apply(article);
            for (Amount amount : article.layer(Layers.AMOUNTS, STAGE)) {
                Measures.Measure m = Measures.of(article.text(), amount);
                if (m == null) {
                    continue;
                }
                FigureReport report = new FigureReport(article.id(), outlet, article.published(), amount.value(),
                        amount.text(), amount.start(), amount.end());
                byMeasure.computeIfAbsent(m.key() + "\u0000" + amount.unit(), k -> new ArrayList<>())
                        .add(new Labelled(report, m.label(), amount.unit(),
                                Measures.approximate(article.text(), amount)));
            }
        }
        List<FigureGroup> groups = new ArrayList<>();
        for (List<Labelled> members : byMeasure.values()) {
            members.sort(Comparator.comparing(Labelled::report, REPORT_ORDER));
            List<FigureReport> reports = members.stream().map(Labelled::report).toList();
            boolean disagreement = disagree(members);
            FigureGroup group = new FigureGroup(members.get(0).label(), members.get(0).unit(), reports, disagreement);
            if (group.articles() >= 2 || disagreement) {
                groups.add(group);
            }
        }
        groups.sort(Comparator.comparingLong(FigureGroup::outlets).reversed()
                .thenComparing(Comparator.comparingLong(FigureGroup::articles).reversed())
                .thenComparing(g -> g.disagreement() ? 0 : 1)
                .thenComparing(FigureGroup::measure)
                .thenComparing(g -> g.unit() == null ? "" : g.unit()));
        return groups;
    }

    /**
     * Whether two articles of the reports disagree (no value of one agrees with a value of the other), or,
     * for reports from one article only, whether two of its values disagree.
     */
    private static boolean disagree(List<Labelled> reports) {
        Map<String, List<Labelled>> byArticle = new LinkedHashMap<>();
        for (Labelled r : reports) {
            byArticle.computeIfAbsent(r.report().articleId(), k -> new ArrayList<>()).add(r);
        }
        List<List<Labelled>> values = new ArrayList<>(byArticle.values());
        if (values.size() == 1) {
            List<Labelled> only = values.get(0);
            for (int i = 0; i < only.size(); i++) {
                for (int j = i + 1; j < only.size(); j++) {
                    if (!agree(only.get(i), only.get(j))) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                if (!anyAgree(values.get(i), values.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean anyAgree(List<Labelled> a, List<Labelled> b) {
        for (Labelled x : a) {
            for (Labelled y : b) {
                if (agree(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean agree(Labelled x, Labelled y) {
        return Agreement.agree(x.report().value(), x.approximate(), y.report().value(), y.approximate());
    }

    /** A report with what only the grouping needs: the measure as written, the unit, the approximation mark. */
    private record Labelled(FigureReport report, String label, String unit, boolean approximate) {
    }
}
