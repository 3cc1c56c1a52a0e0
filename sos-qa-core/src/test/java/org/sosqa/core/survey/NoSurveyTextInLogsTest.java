package org.sosqa.core.survey;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and scoring log counts at DEBUG (see simplelogger.properties), and never a free-text answer. */
class NoSurveyTextInLogsTest {

    @TempDir
    Path dir;

    @Test
    void freeTextNeverReachesTheLog() throws IOException {
        Path file = dir.resolve("r.json");
        Files.writeString(file, SurveyFixtures.RESPONSES);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ResponseBatch batch = SurveyResponses.read(List.of(file), SurveyFixtures.instrument());
            SurveyScorer.score(SurveyFixtures.instrument(), batch.responses(), List.of(SurveyMeasures.BY_TEAM));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("read 6 responses to t"), "the library logs at DEBUG here:\n" + log);
        assertFalse(log.contains("listened") || log.contains("late"), log);
    }
}
