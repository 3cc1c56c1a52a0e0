package org.sosqa.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sosqa.core.inquiry.InquiryRecord;
import org.sosqa.core.inquiry.InquiryRecords;
import org.sosqa.core.inquiry.LearningThemes;
import org.sosqa.core.inquiry.PracticeVocabulary;
import org.sosqa.core.leadership.ActivityCatalogue;
import org.sosqa.core.leadership.LeadershipRecords;
import org.sosqa.core.leadership.PracticeTargets;
import org.sosqa.core.leadership.RatingTrend;
import org.sosqa.core.leadership.TimeRecord;
import org.sosqa.core.leadership.TimeRollup;

/**
 * Appreciative inquiry records and implementation ratings hold free text about cases and people. With
 * the library at DEBUG (simplelogger.properties), reading and summarising them logs counts, and none of it.
 */
class PracticeLearningLogsTest {

    private static final List<String> SECRETS = List.of("Amira Secret-Name", "drank heavily on Tuesday",
            "the grandmother Secretia", "we were proud of Jaden Secret", "the director Leakwell");

    @Test
    void readingAndSummarisingLogsNoFreeText() {
        String inquiry = "{\"id\": \"ai-%d\", \"date\": \"2025-03-04\", \"team\": \"team-a\","
                + " \"subject\": {\"kind\": \"CASE\", \"id\": \"case-1\"}, \"facilitatorRole\": \"tm\","
                + " \"turns\": [{\"phase\": \"ELICIT\", \"question\": \"" + SECRETS.get(0) + "\", \"answer\": \"" + SECRETS.get(1) + "\"}],"
                + " \"behaviours\": [\"" + SECRETS.get(2) + "\"], \"meanings\": [\"" + SECRETS.get(3) + "\"], \"scale\": %d,"
                + " \"practiceTags\": [\"mapping\"]}";
        String doc = "{\"inquiries\": [" + String.format(inquiry, 1, 8) + "," + String.format(inquiry, 2, 12) + "]}";
        String ratings = "{\"ratings\": [{\"date\": \"2025-03-31\", \"rating\": 4, \"ratedBy\": \"lt\", \"reasons\": [\""
                + SECRETS.get(4) + "\"]}, {\"date\": \"2025-03-31\", \"rating\": 40, \"ratedBy\": \"lt\", \"reasons\": [\""
                + SECRETS.get(4) + "\"]}]}";
        String time = "{\"timeRecords\": [{\"leaderId\": \"l1\", \"role\": \"tm\", \"from\": \"2025-01-06\", \"to\": \"2025-01-10\","
                + " \"minutes\": {\"supervision\": 60}}]}";

        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            RecordBatch<InquiryRecord> batch = InquiryRecords.using(PracticeVocabulary.defaults()).read("x.json", doc);
            LearningThemes.of(batch.records(), PracticeVocabulary.defaults());
            RatingTrend.of(LeadershipRecords.readRatings("r.json", ratings).records());
            RecordBatch<TimeRecord> t = LeadershipRecords.using(ActivityCatalogue.defaults()).readTime("t.json", time);
            TimeRollup.byRole(t.records(), ActivityCatalogue.defaults(), new PracticeTargets(java.util.Map.of()));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("inquiry records read: 1 valid, 1 invalid"), "the library logs at DEBUG here:\n" + log);
        assertTrue(log.contains("implementation ratings read: 1 valid, 1 invalid"), log);
        assertTrue(log.contains("learning themes: 1 inquiries"), log);
        for (String s : SECRETS) {
            assertFalse(log.contains(s), "free text reached the log: " + s);
        }
    }
}
