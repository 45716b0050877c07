package dev.copydesk.link.figures;

import java.util.List;

/**
 * Amounts of one measure reported across the articles of a story, side by side.
 *
 * @param measure      what is measured, normalised ("people killed", "body armour", "people mobilised")
 * @param unit         the unit shared by every report ("GBP", "mile", "percent"), or null for a count
 * @param reports      the reports: dated before undated, oldest first, then by article id and position
 * @param disagreement whether two articles state values that differ beyond rounding: neither within 1%
 *                     of the other nor a rounded form of it (see {@link FigureComparison})
 */
public record FigureGroup(String measure, String unit, List<FigureReport> reports, boolean disagreement) {
    public FigureGroup {
        reports = List.copyOf(reports);
    }

    /** The number of distinct outlets among the reports (a null outlet counts once). */
    public long outlets() {
        return reports.stream().map(r -> String.valueOf(r.outlet())).distinct().count();
    }

    /** The number of distinct articles among the reports. */
    public long articles() {
        return reports.stream().map(FigureReport::articleId).distinct().count();
    }
}
