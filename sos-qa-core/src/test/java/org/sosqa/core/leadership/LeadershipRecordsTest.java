package org.sosqa.core.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sosqa.core.RecordBatch;
import org.sosqa.core.Violation;

class LeadershipRecordsTest {

    private static final LeadershipRecords READER = LeadershipRecords.using(ActivityCatalogue.defaults());

    static final String TIME = """
            {"schemaVersion": "1.0", "timeRecords": [
              {"leaderId": "l1", "role": "team-manager", "from": "2025-04-07", "to": "2025-04-11",
               "minutes": {"observing-practice": 120, "supervision": 300, "meetings-not-about-practice": 600}},
              {"leaderId": "l2", "role": "team-manager", "from": "2025-04-11", "to": "2025-04-07",
               "minutes": {"observing-practice": 99999, "golf": 60}},
              {"leaderId": "l3", "role": "team-manager", "from": "2025-04-07", "to": "2025-04-07",
               "minutes": {"supervision": 0}}
            ]}""";

    @Test
    void timeRecordsAreReadAndBadOnesLocated() {
        RecordBatch<TimeRecord> batch = READER.readTime("time.json", TIME);
        assertEquals(1, batch.records().size());
        TimeRecord r = batch.records().get(0);
        assertEquals(1020, r.totalMinutes());
        assertEquals(List.of("meetings-not-about-practice", "observing-practice", "supervision"), List.copyOf(r.minutes().keySet()));
        List<Violation> l2 = batch.invalid().get(0).violations();
        // With the period backwards there is no day count to check the minutes against.
        assertEquals(List.of("/timeRecords/1/to", "/timeRecords/1/minutes/golf"),
                l2.stream().map(Violation::path).toList());
        assertTrue(l2.get(1).message().startsWith("unknown activity"));
        assertEquals("/timeRecords/2/minutes", batch.invalid().get(1).violations().get(0).path());
    }

    @Test
    void aWeekHasAtMostSevenDaysOfMinutes() {
        String tooMany = TIME.replace("\"observing-practice\": 120", "\"observing-practice\": 7201");
        Violation v = READER.readTime("t.json", tooMany).invalid().get(0).violations().get(0);
        assertEquals("/timeRecords/0/minutes/observing-practice", v.path());
        assertEquals("must be a whole number from 0 to 7200", v.message(), "5 days x 1440 minutes");
    }

    @Test
    void targetsAreReadAndARepeatedRoleIsReported() {
        LeadershipRecords.TargetsRead read = LeadershipRecords.readTargets("targets.json", """
                {"targets": [{"role": "team-manager", "practicePercent": 40},
                             {"role": "director", "practicePercent": 101},
                             {"role": "team-manager", "practicePercent": 30}]}""");
        assertEquals(Map.of("team-manager", 40), read.targets().percentByRole());
        assertEquals(List.of("/targets/1/practicePercent", "/targets/2/role"),
                read.invalid().stream().map(i -> i.violations().get(0).path()).toList());
        assertEquals("targets.json", read.invalid().get(1).source());
    }

    @Test
    void ratingsAreReadAndBadOnesLocated() {
        RecordBatch<ImplementationRating> batch = LeadershipRecords.readRatings("r.json", """
                {"ratings": [{"date": "2025-03-31", "rating": 4, "ratedBy": "leadership-team", "reasons": ["Secret reason"]},
                             {"date": "2025-13-01", "rating": 11, "ratedBy": "leadership team"}]}""");
        assertEquals(1, batch.records().size());
        assertEquals(List.of("Secret reason"), batch.records().get(0).reasons());
        List<Violation> v = batch.invalid().get(0).violations();
        assertEquals(List.of("/ratings/1/date", "/ratings/1/rating", "/ratings/1/ratedBy"), v.stream().map(Violation::path).toList());
        for (Violation x : v) {
            assertTrue(!x.message().contains("leadership team"), "no values in messages");
        }
    }
}
