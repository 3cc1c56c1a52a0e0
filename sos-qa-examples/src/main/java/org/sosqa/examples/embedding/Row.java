package org.sosqa.examples.embedding;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a vendor table, read eagerly so the connection can move on, with the column names in lower
 * case. Plain JDBC types only: the example must work with any driver.
 */
final class Row {
    private final Map<String, Object> values;

    private Row(Map<String, Object> values) {
        this.values = values;
    }

    static Row of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> values = new HashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
        }
        return new Row(values);
    }

    String string(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    Integer integer(String column) {
        Object value = get(column);
        return value == null ? null : ((Number) value).intValue();
    }

    boolean bool(String column) {
        return Boolean.TRUE.equals(get(column));
    }

    LocalDate date(String column) {
        Object value = get(column);
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    LocalDateTime timestamp(String column) {
        Object value = get(column);
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        return ((Timestamp) value).toLocalDateTime();
    }

    private Object get(String column) {
        if (!values.containsKey(column)) {
            // A programming error in the mapper, not bad data: the query does not select this column.
            throw new IllegalArgumentException("no column " + column);
        }
        return values.get(column);
    }
}
