package org.sosqa.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sosqa.core.coredata.ChildEpisodes;
import org.sosqa.core.coredata.CinCensusReader;
import org.sosqa.core.coredata.CollectionYear;
import org.sosqa.core.coredata.CoreData;
import org.sosqa.core.coredata.DataProblem;
import org.sosqa.core.coredata.Indicator;
import org.sosqa.core.coredata.IndicatorReport;
import org.sosqa.core.coredata.StatutoryIndicators;
import org.sosqa.core.coredata.WorkingDayCalendar;

/**
 * {@link CinCensusReader#read} is total: for any bytes it returns the valid episodes and located problems, and
 * the indicators computed from them keep every numerator within its denominator. Saved inputs in
 * {@code CinCensusReaderFuzzTestInputs/read/} run in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CinCensusReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void read(byte[] data) {
        assertTotal(data);
    }

    /** Seeded mutations of the hand-worked census: cut, duplicated and overwritten bytes. */
    @Test
    void mutatedCensusFilesAreReadOrReportedNeverThrown() throws IOException {
        byte[] original;
        try (InputStream in = getClass().getResourceAsStream("/org/sosqa/core/coredata/cin-2024-small.xml")) {
            original = in.readAllBytes();
        }
        Random random = new Random(2024L);
        byte[] alphabet = "<>/&;=\"' \n0123456789-:abcDATEChild!?[]\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int run = 0; run < 200; run++) {
            byte[] data = original.clone();
            for (int k = 1 + random.nextInt(6); k > 0; k--) {
                int at = random.nextInt(data.length);
                switch (random.nextInt(3)) {
                    case 0 -> data[at] = alphabet[random.nextInt(alphabet.length)];
                    case 1 -> data = java.util.Arrays.copyOf(data, at);
                    default -> data[at] = (byte) random.nextInt(256);
                }
                if (data.length == 0) {
                    break;
                }
            }
            assertTotal(data);
        }
    }

    private static void assertTotal(byte[] data) {
        CoreData read = CinCensusReader.read(new ByteArrayInputStream(data), "fuzz.xml");
        assertNotNull(read);
        for (DataProblem p : read.problems()) {
            assertTrue(p.location().startsWith("fuzz.xml:"), p.toString());
            assertFalse(p.message().isBlank(), p.toString());
        }
        for (ChildEpisodes c : read.children()) {
            assertFalse(c.childId().isBlank());
            c.referrals().forEach(r -> assertNotNull(r.date()));
            c.plans().forEach(p -> assertTrue(p.end() == null || !p.end().isBefore(p.start())));
        }
        IndicatorReport report = StatutoryIndicators.compute(read, new CollectionYear(2024),
                WorkingDayCalendar.englandAndWales(), null);
        for (Indicator i : report.indicators()) {
            assertTrue(i.denominator() == null || i.numerator() <= i.denominator(), i.toString());
        }
    }
}
