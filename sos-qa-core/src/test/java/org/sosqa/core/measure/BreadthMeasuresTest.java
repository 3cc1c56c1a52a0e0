package org.sosqa.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;

class BreadthMeasuresTest {

    private static final LocalDate DAY = LocalDate.parse("2026-06-01");

    private static CaseRecord copy(CaseRecord c, String id, String team, LocalDate closed, boolean withMap,
            boolean onlyBaby) {
        return new CaseRecord(id, c.organisation(), team, c.worker(), c.serviceStage(), c.opened(), closed,
                onlyBaby ? List.of(c.children().get(1)) : c.children(), c.people(),
                withMap ? c.assessments() : List.of(), c.events(), c.audits());
    }

    /**
     * The sample case (open since 2026-02-24; current map 2026-05-12 with two danger statements, a judgement
     * rated by worker, both parents and the chair, words and pictures with Amy, born 2019; Leo, born 2025, is
     * under 4; a network of family and a neighbour; a plan agreed 2026-04-20; a network meeting 2026-04-20) has
     * every element. "nomap" is the same case with no map, "closed" closed before the day, "baby" has only Leo.
     */
    @Test
    void sampleCaseAndVariants() {
        CaseRecord sample = SampleCase.record();
        List<CaseRecord> cases = List.of(sample,
                copy(sample, "nomap", "team-south", null, false, false),
                copy(sample, "closed", "team-south", LocalDate.parse("2026-05-01"), true, false),
                copy(sample, "baby", "team-south", null, true, true));
        Map<String, SummaryReport> byId = BreadthMeasures.all(DAY).stream()
                .map(m -> MeasureEvaluator.evaluate(m, cases, CaseRecord::id).summary())
                .collect(Collectors.toMap(SummaryReport::measureId, s -> s));

        // open: sample, nomap, baby; with a map: sample, baby
        assertEquals(new PopulationCounts(3, 3, 0, 2), byId.get("breadth.map").total().counts());
        assertEquals(new BigDecimal("66.7"), byId.get("breadth.map").total().value());
        assertEquals(2, byId.get("breadth.danger-statement").total().counts().numerator());
        assertEquals(2, byId.get("breadth.scale-with-family").total().counts().numerator());
        assertEquals(2, byId.get("breadth.network").total().counts().numerator());
        assertEquals(2, byId.get("breadth.safety-plan").total().counts().numerator());
        // the meeting is a case event, not part of the map: nomap has it too
        assertEquals(3, byId.get("breadth.family-network-meeting").total().counts().numerator());
        // baby is excluded (no child of 4 or more); of sample and nomap only sample has the work
        SummaryReport voice = byId.get("breadth.child-voice");
        assertEquals(new PopulationCounts(3, 3, 1, 1), voice.total().counts());
        assertEquals(new BigDecimal("50.0"), voice.total().value());
        // 2026-05-12 to 2026-06-01 is 20 days, for sample and baby
        assertEquals(new BigDecimal("20.0"), byId.get("breadth.map-age-days").total().value());

        StratifierReport team = byId.get("breadth.map").stratifiers().get(0);
        assertEquals("team", team.stratifierId());
        assertEquals(List.of("team-north", "team-south"), team.strata().stream().map(StratumReport::stratum).toList());
        assertEquals(new BigDecimal("100.0"), team.strata().get(0).value());
        assertEquals(new BigDecimal("50.0"), team.strata().get(1).value());

        // small teams: every count is below 5, so a shown summary hides them all
        SuppressedSummary shown = Suppression.apply(byId.get("breadth.map"));
        assertNull(shown.total().value());
        assertEquals("suppressed", shown.stratifiers().get("team").get(0).numerator().toString());
    }
}
