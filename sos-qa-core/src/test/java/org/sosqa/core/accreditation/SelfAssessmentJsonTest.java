package org.sosqa.core.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sosqa.core.Violation;
import org.sosqa.core.measure.ImprovementNotation;

class SelfAssessmentJsonTest {

    private static CheckedDocument<SelfAssessment> read(String json) {
        return SelfAssessmentJson.check(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String GOOD = """
            {"organisation":"Org","charterSigned":true,"cycles":[{"label":"2024"},{"label":"2025"}],
             "evidence":[
               {"stream":"BREADTH","measure":"b.m","title":"B","cycle":2,"value":61.5,"improvement":"INCREASE","count":800},
               {"stream":"CORE_DATA","measure":"c.m","title":"C","cycle":1,"value":null,"improvement":"DECREASE","count":0},
               {"stream":"NARRATIVE","measure":"gap","title":"Gap","cycle":2,"text":"what must change"}],
             "actionPlan":[{"id":"A1","description":"d","owner":"Head of practice","due":"2026-03-31","successMeasure":"b.m","status":"DONE"},
                           {"id":"A2","description":"d","owner":"Practice lead","due":"2026-06-30","successMeasure":"c.m"}]}
            """;

    @Test
    void aGoodDocumentIsRead() {
        CheckedDocument<SelfAssessment> result = read(GOOD);
        assertTrue(result.valid(), result.violations()::toString);
        SelfAssessment sa = result.document().orElseThrow();
        assertEquals("Org", sa.organisation());
        assertTrue(sa.charterSigned());
        assertEquals(List.of(new Cycle(1, "2024"), new Cycle(2, "2025")), sa.cycles());
        // sorted by cycle, then stream
        assertEquals(List.of(
                Evidence.measure(EvidenceStream.CORE_DATA, "c.m", "C", 1, null, ImprovementNotation.DECREASE, 0),
                Evidence.measure(EvidenceStream.BREADTH, "b.m", "B", 2, new BigDecimal("61.5"), ImprovementNotation.INCREASE, 800),
                Evidence.narrative(EvidenceStream.NARRATIVE, "gap", "Gap", 2, "what must change")), sa.evidence());
        assertEquals(List.of(
                new Action("A1", "d", "Head of practice", LocalDate.of(2026, 3, 31), "b.m", ActionStatus.DONE),
                new Action("A2", "d", "Practice lead", LocalDate.of(2026, 6, 30), "c.m", ActionStatus.PLANNED)), sa.actionPlan().actions());
    }

    @Test
    void theExampleDocumentIsValid() {
        CheckedDocument<SelfAssessment> result = SelfAssessmentJson.check(Path.of("..", "sos-qa-examples", "accreditation", "self-assessment.json"));
        assertTrue(result.valid(), result.violations()::toString);
        assertEquals(2, result.document().orElseThrow().cycles().size());
    }

    @Test
    void everyProblemIsReportedWithItsPointer() {
        CheckedDocument<SelfAssessment> result = read("""
                {"organisation":"","colour":"red","cycles":[{"label":"2025"}],
                 "evidence":[
                   {"stream":"DEPTH","measure":"d.m","title":"D","cycle":2,"value":5,"improvement":"UP","count":-1},
                   {"stream":"RUMOUR","measure":"x","title":"X","cycle":1},
                   {"stream":"NARRATIVE","measure":"n","title":"N","cycle":1,"value":3,"text":"t"},
                   {"stream":"BREADTH","measure":"b","title":"B","cycle":1,"improvement":"INCREASE","count":5,"text":"t"}],
                 "actionPlan":[{"id":"A1","description":"d","owner":"o","due":"31/03/2026","successMeasure":"d.m"},
                               {"id":"A1","description":"d","owner":"o","due":"2026-03-31","successMeasure":"d.m","status":"MAYBE"}]}
                """);
        assertFalse(result.valid());
        assertEquals(List.of(
                new Violation("/colour", "unknown property; the properties here are [actionPlan, charterSigned, cycles, evidence, organisation]"),
                new Violation("/organisation", "must be a non-empty string"),
                new Violation("/evidence/0/cycle", "must be a whole number from 1 to 1"),
                new Violation("/evidence/0/improvement", "must be one of [INCREASE, DECREASE]"),
                new Violation("/evidence/0/count", "must be a whole number from 0 up"),
                new Violation("/evidence/1/stream", "must be one of [DEPTH, BREADTH, FAMILY_SURVEY, STAFF_SURVEY, CORE_DATA, NARRATIVE, SUPPORT_GIVEN]"),
                new Violation("/evidence/2/value", "NARRATIVE evidence is text: it has no value"),
                new Violation("/evidence/3/text", "BREADTH evidence is a measure's value: put the words in a NARRATIVE item"),
                new Violation("/evidence/3/value", "is required (null when the measure's denominator was empty)"),
                new Violation("/actionPlan/0/due", "must be a date written YYYY-MM-DD"),
                new Violation("/actionPlan/1/status", "must be one of [PLANNED, IN_PROGRESS, DONE]"),
                new Violation("/actionPlan/1/id", "a second action with the id 'A1'")),
                result.violations());
    }

    @Test
    void aSyntaxErrorGivesItsLineAndColumn() {
        CheckedDocument<SelfAssessment> result = read("{\n  \"organisation\": \"Org\",\n  \"cycles\": [,]\n}");
        assertEquals(1, result.violations().size());
        assertEquals("", result.violations().get(0).path());
        assertTrue(result.violations().get(0).message().startsWith("not valid JSON at line 3, column 14"), result.violations()::toString);
    }

    @Test
    void theSameMeasureTwiceInOneCycleIsAProblem() {
        CheckedDocument<SelfAssessment> result = read("""
                {"organisation":"O","cycles":[{"label":"1"}],"evidence":[
                  {"stream":"DEPTH","measure":"d","title":"D","cycle":1,"value":5,"improvement":"INCREASE","count":10},
                  {"stream":"DEPTH","measure":"d","title":"D","cycle":1,"value":6,"improvement":"INCREASE","count":10}]}
                """);
        assertEquals(List.of(new Violation("/evidence/1", "a second piece of DEPTH evidence for measure 'd' in cycle 1; give each measure once per cycle")),
                result.violations());
    }

    @Test
    void anAbsurdNumberIsRefusedBeforeItIsPrinted() {
        CheckedDocument<SelfAssessment> result = read("""
                {"organisation":"O","cycles":[{"label":"1"}],"evidence":[
                  {"stream":"DEPTH","measure":"d","title":"D","cycle":1,"value":1e999999999,"improvement":"INCREASE","count":10}]}
                """);
        assertEquals(List.of(new Violation("/evidence/0/value", "must be a number below 10^15 with at most 10 decimal places")),
                result.violations());
    }

    @Test
    void missingPartsAreRequired() {
        assertEquals(List.of(new Violation("/organisation", "is required"), new Violation("/cycles", "is required"),
                new Violation("/evidence", "is required")), read("{}").violations());
        assertEquals(List.of(new Violation("", "the document must be a JSON object")), read("[]").violations());
        assertEquals(List.of(new Violation("/cycles", "needs at least one cycle")),
                read("{\"organisation\":\"O\",\"cycles\":[],\"evidence\":[]}").violations());
    }
}
