package dev.copydesk.eval.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One page's score for one system, for listing the worst pages.
 *
 * @param id        the page's id in its benchmark
 * @param url       the page URL, or {@code null}
 * @param type      the page type (WCXB), or {@code null}
 * @param precision the page's precision
 * @param recall    the page's recall
 * @param f1        the page's F1
 * @param error     why the system failed on the page, or {@code null}
 */
public record PageResult(String id, String url, String type, double precision, double recall, double f1, String error) {
    /** The worst-pages table for {@code system}: page, type when known, P, R, F1, URL or error. */
    public static Table table(String title, List<PageResult> pages) {
        boolean typed = pages.stream().anyMatch(p -> p.type() != null);
        Table.Builder t = Table.builder(title).text("page");
        if (typed) {
            t.text("type");
        }
        t.number("precision").number("recall").number("F1").text("url / error");
        for (PageResult p : pages) {
            List<String> row = new ArrayList<>();
            row.add(p.id());
            if (typed) {
                row.add(p.type() == null ? "" : p.type());
            }
            row.add(Formats.score(p.precision()));
            row.add(Formats.score(p.recall()));
            row.add(Formats.score(p.f1()));
            row.add(p.error() != null ? "failed: " + Formats.shorten(p.error()) : p.url() == null ? "" : p.url());
            t.row(row);
        }
        return t.build();
    }
}
