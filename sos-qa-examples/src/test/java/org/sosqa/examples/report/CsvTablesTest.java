package org.sosqa.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    @Test
    void fieldsAreQuotedAsRfc4180AsksWithCrlfLineEnds() {
        Table t = new Table("t", "A table", List.of(Column.text("name", "Name"), Column.number("value", "Value")),
                List.of(Numbers.row("plain", new BigDecimal("12.50")),
                        Numbers.row("a, comma", 3),
                        Numbers.row("a \"quote\"", null),
                        Numbers.row("two\nlines", new BigDecimal("1E+1"))));
        // Worked out by hand from RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
        String expected = "name,value\r\n"
                + "plain,12.50\r\n"
                + "\"a, comma\",3\r\n"
                + "\"a \"\"quote\"\"\",\r\n"
                + "\"two\nlines\",10\r\n";
        assertEquals(expected, CsvTables.csv(t));
    }
}
