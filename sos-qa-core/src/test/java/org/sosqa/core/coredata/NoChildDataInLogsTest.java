package org.sosqa.core.coredata;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Reading a census and computing its indicators logs counts only: with the test backend at DEBUG for
 * {@code org.sosqa}, the log has the reader's line and no child identifier and no date.
 */
class NoChildDataInLogsTest {

    @Test
    void logsCountsOnly() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            InputStream in = getClass().getResourceAsStream("cin-2024-small.xml");
            CoreData data = CinCensusReader.read(in, "cin-2024-small.xml");
            StatutoryIndicators.compute(data, new CollectionYear(2024), WorkingDayCalendar.englandAndWales(), null);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("census read: 7 children, 7 records left out"), "logs at DEBUG here:\n" + log);
        assertFalse(Pattern.compile("C00\\d").matcher(log).find(), log);
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(log).find(), log);
    }
}
