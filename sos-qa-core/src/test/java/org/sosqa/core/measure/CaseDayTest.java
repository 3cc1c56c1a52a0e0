package org.sosqa.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;

/**
 * The view of a case on a day that the dashboard shares across its measures, and the shortcut it takes
 * when every measure is only about open cases. Worked from the sample case: opened 2026-02-24, map
 * version 1 dated 2026-03-10 and version 2 dated 2026-05-12; its copy here is closed on 2026-04-30.
 */
class CaseDayTest {

    private static final List<LocalDate> QUARTERS = List.of(d("2026-03-31"), d("2026-06-30"), d("2026-09-30"),
            d("2026-12-31"));

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static CaseRecord closedOn(String day) {
        CaseRecord c = SampleCase.record();
        return new CaseRecord("closed", c.organisation(), c.team(), c.worker(), c.serviceStage(), c.opened(), d(day),
                c.children(), c.people(), c.assessments(), c.events(), c.audits());
    }

    private static List<MeasureDefinition> read(String json) {
        return MeasureDefinitions.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static List<PopulationCounts> totals(Dashboard dashboard, int measure) {
        return dashboard.summaries().stream().map(point -> point.get(measure).total().counts()).toList();
    }

    @Test
    void aReusedViewForgetsTheLastDaysMap() {
        CaseDay v = new CaseDay();
        assertEquals(d("2026-03-10"), v.of(SampleCase.record(), d("2026-03-31")).map().date());
        assertNull(v.of(SampleCase.record(), d("2026-02-28")).map(), "open, no map yet");
        assertTrue(v.open());
        assertEquals(d("2026-05-12"), v.of(SampleCase.record(), d("2026-06-30")).map().date());
        assertFalse(v.of(closedOn("2026-04-30"), d("2026-04-30")).open(), "not open on the day it closes");
        assertEquals(d("2026-03-10"), v.map().date(), "the map of a closed case is still found");
    }

    @Test
    void onlyOpenWhenEveryWayInNeedsOpen() {
        CaseCondition always = read("{\"measures\": [{\"id\": \"a\", \"title\": \"A\", \"description\": \"A\", "
                + "\"source\": \"test\", \"improvementNotation\": \"increase\", \"initialPopulation\": \"always\", "
                + "\"numerator\": \"current-map\"}]}").get(0).initialPopulation();
        assertTrue(CaseConditions.requiresOpen(CaseConditions.OPEN));
        assertTrue(CaseConditions.requiresOpen(new CaseConditions.All(List.of(always, CaseConditions.OPEN))));
        assertFalse(CaseConditions.requiresOpen(always));
        assertFalse(CaseConditions.requiresOpen(new CaseConditions.Any(List.of(always, CaseConditions.OPEN))), "or anything");
        assertFalse(CaseConditions.requiresOpen(new CaseConditions.Not(CaseConditions.OPEN)));
    }

    /**
     * "every case" counts the closed copy on every quarter end; "open and has a map" with a map at most 90
     * days old counts both on 31 March (map 21 days old), then the open one only: 49 days old on 30 June,
     * 141 on 30 September. The same with that measure alone, when the dashboard skips the closed days.
     */
    @Test
    void measuresNotOnlyAboutOpenCasesSeeClosedCases() {
        List<MeasureDefinition> defs = read("{\"measures\": ["
                + "{\"id\": \"every\", \"title\": \"A\", \"description\": \"A\", \"source\": \"test\", "
                + "\"improvementNotation\": \"increase\", \"initialPopulation\": \"always\", \"numerator\": \"current-map\"},"
                + "{\"id\": \"open-map\", \"title\": \"B\", \"description\": \"B\", \"source\": \"test\", "
                + "\"improvementNotation\": \"increase\", \"initialPopulation\": {\"all\": [\"open\", \"current-map\"]}, "
                + "\"numerator\": {\"map-age-at-most\": {\"days\": 90}}}]}");
        Dashboard both = new Dashboard(defs, QUARTERS, List.of("team"));
        Dashboard openOnly = new Dashboard(List.of(defs.get(1)), QUARTERS, List.of("team"));
        for (CaseRecord c : List.of(SampleCase.record(), closedOn("2026-04-30"))) {
            both.add(c);
            openOnly.add(c);
        }
        PopulationCounts two = new PopulationCounts(2, 2, 0, 2);
        assertEquals(List.of(two, two, two, two), totals(both, 0));
        List<PopulationCounts> openMap = List.of(two, new PopulationCounts(1, 1, 0, 1), new PopulationCounts(1, 1, 0, 0),
                new PopulationCounts(1, 1, 0, 0));
        assertEquals(openMap, totals(both, 1));
        assertEquals(openMap, totals(openOnly, 0));
    }

    /** A test that is not the catalogue's own (here "closed by the day") still works in the dashboard. */
    @Test
    void aCaseTestOfAnotherKind() {
        CaseCondition closedByTheDay = new CaseCondition() {
            @Override
            public boolean test(CaseRecord c, LocalDate day) {
                return c.closed() != null && !c.closed().isAfter(day);
            }

            @Override
            public String describe() {
                return "closed by the day";
            }
        };
        MeasureDefinition map = MeasureDefinitions.defaults().get(0);
        MeasureDefinition closedWithMap = new MeasureDefinition("closed-map", "C", "C", "test", Scoring.PROPORTION,
                ImprovementNotation.INCREASE, closedByTheDay, map.denominator(), null, map.numerator(), null,
                BigDecimal.valueOf(100), 1, List.of());
        Dashboard dashboard = new Dashboard(List.of(closedWithMap), QUARTERS, List.of());
        dashboard.add(SampleCase.record());
        dashboard.add(closedOn("2026-04-30"));
        PopulationCounts none = new PopulationCounts(0, 0, 0, 0);
        PopulationCounts one = new PopulationCounts(1, 1, 0, 1);
        assertEquals(List.of(none, one, one, one), totals(dashboard, 0));
    }
}
