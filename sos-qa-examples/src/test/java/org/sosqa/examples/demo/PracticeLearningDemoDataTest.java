package org.sosqa.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.inquiry.InquiryRecord;
import org.sosqa.core.inquiry.InquiryRecords;
import org.sosqa.core.inquiry.PracticeVocabulary;
import org.sosqa.core.leadership.ActivityCatalogue;
import org.sosqa.core.leadership.ImplementationRating;
import org.sosqa.core.leadership.LeadershipRecords;
import org.sosqa.core.leadership.TimeRecord;

/** The demonstration data: seeded, valid when written out in the documented formats, and varied. */
class PracticeLearningDemoDataTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final List<String> TEAMS = List.of("north", "south", "east", "west", "children-in-care");
    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private static List<String> cases() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            ids.add("case-" + i);
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 1234, 99991})
    void inquiriesAreSeededValidAndVaried(long seed) throws Exception {
        List<InquiryRecord> a = InquiryDemoData.inquiries(seed, TEAMS, cases(), FROM, TO);
        assertEquals(a, InquiryDemoData.inquiries(seed, TEAMS, cases(), FROM, TO), "same seed, same records");
        assertNotEquals(a, InquiryDemoData.inquiries(seed + 1, TEAMS, cases(), FROM, TO));
        String json = MAPPER.writeValueAsString(Map.of("inquiries", a));
        RecordBatch<InquiryRecord> read = InquiryRecords.using(PracticeVocabulary.defaults()).read("demo", json);
        assertTrue(read.allValid(), () -> read.invalid().toString());
        assertEquals(a, read.records(), "written and read back unchanged");
        for (InquiryRecord r : a) {
            assertFalse(r.date().isBefore(FROM) || r.date().isAfter(TO));
            assertTrue(TEAMS.contains(r.team()));
        }
        assertEquals(TEAMS.size(), a.stream().map(InquiryRecord::team).distinct().count(), "every team has inquiries");
        LocalDate middle = FROM.plusYears(1);
        double early = a.stream().filter(r -> r.date().isBefore(middle)).mapToInt(InquiryRecord::scale).average().orElseThrow();
        double late = a.stream().filter(r -> !r.date().isBefore(middle)).mapToInt(InquiryRecord::scale).average().orElseThrow();
        assertTrue(late > early, "pride grows over the period: " + early + " -> " + late);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 1234, 99991})
    void leadersTimeAndRatingsAreSeededAndValid(long seed) throws Exception {
        List<TimeRecord> time = LeadershipDemoData.timeRecords(seed, TEAMS, FROM, TO);
        assertEquals(time, LeadershipDemoData.timeRecords(seed, TEAMS, FROM, TO));
        // 8 quarters whose first full week is in the period (April 2024 to January 2026) x (5 + 5 + 3 + 1) leaders.
        assertEquals(8 * 14, time.size());
        String json = MAPPER.writeValueAsString(Map.of("timeRecords", time));
        RecordBatch<TimeRecord> read = LeadershipRecords.using(ActivityCatalogue.defaults()).readTime("demo", json);
        assertTrue(read.allValid(), () -> read.invalid().toString());
        assertEquals(time, read.records());
        for (TimeRecord t : time) {
            assertTrue(t.totalMinutes() >= 37 * 60 - 120 && t.totalMinutes() <= 37 * 60 + 240, "a working week");
        }
        List<ImplementationRating> ratings = LeadershipDemoData.ratings(seed, FROM, TO);
        assertEquals(4, ratings.size(), "September and March of two years");
        String r = MAPPER.writeValueAsString(Map.of("ratings", ratings));
        assertTrue(LeadershipRecords.readRatings("demo", r).allValid());
        assertTrue(LeadershipDemoData.targets().target("team-manager").isPresent());
    }
}
