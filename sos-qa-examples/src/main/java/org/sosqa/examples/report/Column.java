package org.sosqa.examples.report;

import java.util.Objects;

/**
 * A column of a {@link Table}.
 *
 * @param key the column's name in CSV and JSON
 * @param header the column's heading as people read it
 * @param numeric whether its values are numbers (right-aligned, chartable)
 */
public record Column(String key, String header, boolean numeric) {

    /** Checks the parts are present. */
    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
    }

    /** A text column. */
    public static Column text(String key, String header) {
        return new Column(key, header, false);
    }

    /** A number column. */
    public static Column number(String key, String header) {
        return new Column(key, header, true);
    }
}
