package org.sosqa.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sosqa.core.CaseEvent;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.EventType;
import org.sosqa.core.InvalidDocumentException;
import org.sosqa.core.SampleCase;
import org.sosqa.core.ServiceStage;
import org.sosqa.core.Violation;

class MeasureDefinitionsTest {

    private static List<MeasureDefinition> read(String json) {
        return MeasureDefinitions.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static List<Violation> problems(String json) {
        return assertThrows(InvalidDocumentException.class, () -> read(json)).violations();
    }

    @Test
    void theDefaultsAreTheLibrarysBreadthMeasuresInFileOrder() {
        List<String> ids = MeasureDefinitions.defaults().stream().map(MeasureDefinition::id).toList();
        assertEquals(List.of("breadth.map", "breadth.map-recent", "breadth.danger-statement", "breadth.goal-per-danger",
                "breadth.scale-per-danger", "breadth.scale-with-family", "breadth.child-voice",
                "breadth.words-and-pictures", "breadth.network", "breadth.safety-plan", "breadth.safety-plan-reviewed",
                "breadth.family-network-meeting", "breadth.next-steps-owned", "breadth.map-age-days"), ids);
        for (MeasureDefinition d : MeasureDefinitions.defaults()) {
            assertTrue(d.source().startsWith("domain.md §"), d.id() + " cites its domain.md section");
        }
    }

    @Test
    void everyProblemInABadFileIsListedWithItsPointer() {
        List<Violation> v = problems("""
                {"measures": [
                  {"id": "Bad Id", "title": "t", "description": "d", "improvementNotation": "up",
                   "numerator": {"nope": {}}},
                  {"id": "x", "title": "t", "description": "d", "improvementNotation": "increase",
                   "numerator": {"map-age-at-most": {"dayz": 3}}, "stratifiers": ["region"]},
                  {"id": "x", "title": "t", "description": "d", "improvementNotation": "increase",
                   "scoring": "continuous-variable", "numerator": "current-map"},
                  {"id": "y", "title": "", "description": "d", "improvementNotation": "increase",
                   "numerator": {"all": []}, "denominator": {"not": {"event": {"type": "PARTY", "withinDays": -1}}}},
                  {"id": "z", "title": "t", "description": "d", "improvementNotation": "increase", "colour": "red"}
                ],
                "extra": 1}
                """);
        List<String> paths = v.stream().map(Violation::path).toList();
        assertEquals(List.of(
                "/measures/0/id",
                "/measures/0/improvementNotation",
                "/measures/0/numerator/nope",
                "/measures/1/numerator/map-age-at-most",
                "/measures/1/numerator/map-age-at-most/dayz",
                "/measures/1/stratifiers/0",
                "/measures/2",
                "/measures/2/id",
                "/measures/2/numerator",
                "/measures/3/title",
                "/measures/3/numerator/all",
                "/measures/3/denominator/not/event/type",
                "/measures/3/denominator/not/event/withinDays",
                "/measures/4",
                "/measures/4/colour",
                "/extra"), paths, v.toString());
        assertTrue(v.get(2).message().contains("unknown test \"nope\""), v.get(2).message());
        assertTrue(v.get(3).message().contains("needs the parameter \"days\""), v.get(3).message());
        assertTrue(v.get(7).message().contains("used twice"), v.get(7).message());
        assertTrue(v.get(11).message().contains("FAMILY_NETWORK_MEETING"), v.get(11).message());
    }

    @Test
    void malformedAndEmptyFilesAreLocated() {
        List<Violation> v = problems("{\"measures\": [\n  {\"id\": }\n]}");
        assertEquals(1, v.size());
        assertTrue(v.get(0).message().startsWith("malformed JSON at line 2"), v.get(0).message());
        assertEquals("/measures", problems("{\"measures\": []}").get(0).path());
        assertEquals("", problems("[1]").get(0).path());
    }

    /**
     * The worked example of docs/measures.md: an organisation adds a measure of its own. Of four child
     * protection cases open on 2026-06-30 (and one child in need case, outside the measure), two had a family
     * network meeting on or after 2026-04-01 (90 days before: 30 + 31 + 29 days back from 30 June); one had
     * its meeting on 2026-03-31, 91 days before; one had none. 2 of 4 = 50.0%.
     */
    @Test
    void anOrganisationAddsItsOwnMeasure() {
        MeasureDefinition d = read("""
                {"measures": [{
                  "id": "local.cp-network-meeting-90d",
                  "title": "Child protection: family network meeting in the last 90 days",
                  "description": "Open child protection cases with a family network meeting in the 90 days up to the day",
                  "source": "Example Borough practice standard 4",
                  "improvementNotation": "increase",
                  "initialPopulation": {"all": ["open", {"service-stage": {"in": ["CHILD_PROTECTION"]}}]},
                  "numerator": {"event": {"type": "FAMILY_NETWORK_MEETING", "withinDays": 90}},
                  "stratifiers": ["team"]
                }]}
                """).get(0);
        CaseRecord sample = SampleCase.record();
        List<CaseRecord> cases = List.of(
                withMeeting(sample, "a", ServiceStage.CHILD_PROTECTION, "2026-04-01"),
                withMeeting(sample, "b", ServiceStage.CHILD_PROTECTION, "2026-06-30"),
                withMeeting(sample, "c", ServiceStage.CHILD_PROTECTION, "2026-03-31"),
                withMeeting(sample, "d", ServiceStage.CHILD_PROTECTION, null),
                withMeeting(sample, "e", ServiceStage.CHILD_IN_NEED, "2026-06-01"));
        LocalDate day = LocalDate.parse("2026-06-30");
        MeasureReport r = MeasureEvaluator.evaluate(d.on(day), cases, CaseRecord::id);
        assertEquals(new PopulationCounts(4, 4, 0, 2), r.summary().total().counts());
        assertEquals(new BigDecimal("50.0"), r.summary().total().value());
        assertEquals(List.of("a", "b"), r.subjects(Population.NUMERATOR));
        assertEquals("not: a FAMILY_NETWORK_MEETING event in the last 90 days",
                r.individuals().get(2).populations().get(3).reason());
    }

    private static CaseRecord withMeeting(CaseRecord c, String id, ServiceStage stage, String meeting) {
        List<CaseEvent> events = meeting == null ? List.of()
                : List.of(new CaseEvent(EventType.FAMILY_NETWORK_MEETING, LocalDate.parse(meeting), null));
        return new CaseRecord(id, c.organisation(), c.team(), c.worker(), stage, c.opened(), null, c.children(),
                c.people(), c.assessments(), events, c.audits());
    }

    @Test
    void aMapFieldTestReadsTheCurrentMapByJsonPointer() {
        MeasureDefinition d = read("""
                {"measures": [{"id": "m", "title": "t", "description": "d", "improvementNotation": "increase",
                  "numerator": {"all": [{"map-field": {"pointer": "/familyPosition/agreement", "equals": "PARTLY_AGREES"}},
                                        {"map-field": {"pointer": "/safetyPlan/reviews"}},
                                        {"not": {"map-field": {"pointer": "/judgement/nothingHere"}}}]}}]}
                """).get(0);
        // the sample's current map (2026-05-12): the family partly agrees, and the plan has a review
        CaseRecord sample = SampleCase.record();
        assertTrue(MeasureEvaluator.individual(d.on(LocalDate.parse("2026-06-01")), sample, "s").in(Population.NUMERATOR));
        // on 2026-04-01 the current map is version 1, which has no family position recorded as partly agreeing
        // or has no plan: either way, not in the numerator
        assertTrue(!MeasureEvaluator.individual(d.on(LocalDate.parse("2026-04-01")), sample, "s").in(Population.NUMERATOR));
        assertEquals("/measures/0/numerator/map-field/pointer", problems("""
                {"measures": [{"id": "m", "title": "t", "description": "d", "improvementNotation": "increase",
                  "numerator": {"map-field": {"pointer": "familyPosition"}}}]}
                """).get(0).path());
    }
}
