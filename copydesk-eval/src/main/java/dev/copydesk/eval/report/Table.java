package dev.copydesk.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table: a header row, a rule of dashes, then the rows, columns separated by two
 * spaces and padded to their widest cell. Text columns are left-aligned, number columns
 * right-aligned. Immutable; build one with {@link #builder}.
 *
 * @param title   a line above the table, or empty for none
 * @param columns the columns
 * @param rows    the cells, one list per row, as many cells as columns
 */
public record Table(String title, List<Column> columns, List<List<String>> rows) {
    /**
     * @param header the column's header
     * @param right  whether the column is right-aligned
     */
    public record Column(String header, boolean right) {
        public Column {
            Objects.requireNonNull(header, "header");
        }
    }

    public Table {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + columns.size() + " columns: " + row);
            }
        }
    }

    /** Starts a table with a title line ({@code ""} for none). */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** The table as text, every line ending in a newline, trailing spaces trimmed. */
    public String render() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).header().length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        if (!title.isEmpty()) {
            out.append(title).append('\n');
        }
        appendLine(out, columns.stream().map(Column::header).toList(), widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        appendLine(out, rule, widths);
        for (List<String> row : rows) {
            appendLine(out, row, widths);
        }
        return out.toString();
    }

    private void appendLine(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(columns.get(c).right() ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Collects columns and rows. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** Adds a left-aligned column. */
        public Builder text(String header) {
            columns.add(new Column(header, false));
            return this;
        }

        /** Adds a right-aligned column. */
        public Builder number(String header) {
            columns.add(new Column(header, true));
            return this;
        }

        /** Adds a row; {@code null} cells print as empty. */
        public Builder row(List<String> cells) {
            rows.add(cells.stream().map(c -> c == null ? "" : c).toList());
            return this;
        }

        /** Adds a row; {@code null} cells print as empty. */
        public Builder row(String... cells) {
            List<String> row = new ArrayList<>(cells.length);
            for (String c : cells) {
                row.add(c == null ? "" : c);
            }
            rows.add(row);
            return this;
        }

        public Table build() {
            return new Table(title, columns, rows);
        }
    }
}
