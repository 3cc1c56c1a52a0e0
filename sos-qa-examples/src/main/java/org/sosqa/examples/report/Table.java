package org.sosqa.examples.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of figures: shown in the page, written as {@code csv/ID.csv}, and the source of any chart drawn
 * from it. Cells are strings, numbers ({@link java.math.BigDecimal} or integers) or null for "no value".
 *
 * @param id the table's id, unique in the report; also its CSV file's name
 * @param title what the table shows (its caption)
 * @param columns the columns
 * @param rows the rows, each with one cell per column
 */
public record Table(String id, String title, List<Column> columns, List<List<Object>> rows) {

    /** Copies the lists and checks every row has a cell for every column. */
    public Table {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** The index of the column with a key. */
    public int column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table " + id + " has no column " + key);
    }
}
