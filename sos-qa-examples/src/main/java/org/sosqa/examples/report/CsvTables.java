package org.sosqa.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as a CSV file for Excel or Power BI: RFC 4180 (comma-separated, CRLF line ends, fields quoted
 * where they need it, quotes doubled), a header row of column keys, numbers as plain decimals and an empty
 * field for "no value". Written with Jackson's CSV module.
 */
final class CsvTables {

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTables() {
    }

    static String csv(Table table) {
        CsvSchema.Builder schema = CsvSchema.builder();
        table.columns().forEach(c -> schema.addColumn(c.key()));
        List<String[]> rows = new ArrayList<>(table.rows().size());
        for (List<Object> row : table.rows()) {
            String[] cells = new String[row.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(row.get(i));
            }
            rows.add(cells);
        }
        try {
            return MAPPER.writer(schema.build().withHeader().withLineSeparator("\r\n")).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
