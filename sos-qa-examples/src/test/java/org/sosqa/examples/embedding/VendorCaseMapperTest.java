package org.sosqa.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sosqa.core.Agreement;
import org.sosqa.core.Assessment;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.PlanRule;
import org.sosqa.core.SosQaJson;

/** Mapping the vendor's rows into the model; expected values read off {@link VendorSeed} by hand. */
class VendorCaseMapperTest {
    private Connection db;

    @BeforeEach
    void seed() throws Exception {
        db = VendorDatabase.seeded(40, "");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void aGoodCaseMapsIntoAValidRecordBuiltFromItsRows() throws Exception {
        List<MappedCase> mapped = new VendorCaseMapper().read(db, List.of("C-0001", "C-0003"));

        assertEquals(List.of("C-0001", "C-0003"), mapped.stream().map(MappedCase::caseId).toList(), "in the order asked");
        CaseRecord record = assertInstanceOf(MappedCase.Valid.class, mapped.get(0)).caseRecord();
        assertEquals("C-0001", record.id());
        assertEquals("org-example", record.organisation());
        assertEquals(List.of("p-dad", "p-hv", "p-mum", "p-nana"), record.people().stream().map(p -> p.id()).toList());
        assertEquals(2, record.assessments().size(), "case 1 has two versions (1 % 3 != 0)");
        Assessment latest = record.currentAssessment().orElseThrow();
        assertEquals(2, latest.version());
        assertEquals(List.of("d-1", "d-2"), latest.dangerStatements().stream().map(d -> d.id()).toList());
        assertEquals(List.of("Nana"), latest.nextSteps().stream().map(n -> n.who()).toList());
        assertEquals("d-1", latest.existingSafety().get(0).dangerStatementId());
        assertEquals(Agreement.AGREES, latest.familyPosition().agreement());
        assertEquals(3, latest.participants().size());
        assertEquals(1, latest.judgement().ratings().size(), "one rating on the overall judgement");
        List<PlanRule> rules = latest.safetyPlan().rules();
        assertEquals(List.of("p-nana"), rules.get(0).keptBy());
        assertEquals(List.of("p-mum", "p-nana"), rules.get(1).keptBy(), "the comma-separated list is split and trimmed");
        assertEquals(List.of("d-1", "d-2"), rules.get(1).addresses());
        assertEquals(2, record.events().size());
        // What the mapper built is a valid case document too.
        assertTrue(SosQaJson.check(SosQaJson.toJson(record)).valid());

        Assessment only = assertInstanceOf(MappedCase.Valid.class, mapped.get(1)).caseRecord().currentAssessment().orElseThrow();
        assertEquals(1, only.version(), "case 3 has one version (3 % 3 == 0)");
    }

    @Test
    void aBadCaseIsReportedInTheVendorsTermsAndTheOthersStillMap() throws Exception {
        List<MappedCase> mapped = new VendorCaseMapper().read(db, List.of("C-0012", "C-0013", "C-0014"));

        assertInstanceOf(MappedCase.Valid.class, mapped.get(0));
        MappedCase.Invalid bad = assertInstanceOf(MappedCase.Invalid.class, mapped.get(1));
        assertInstanceOf(MappedCase.Valid.class, mapped.get(2));
        assertEquals("cases[id=C-0013]", bad.location());
        assertEquals(List.of(
                "cases[id=C-0013].assessments[version=2].danger_statements[position=2].text",
                "cases[id=C-0013].assessments[version=2].plan_rules[position=1].kept_by[2]"),
                bad.problems().stream().map(VendorProblem::location).toList());
    }

    @Test
    void anUnknownVendorCodeIsReportedOnceAtItsColumn() throws Exception {
        MappedCase.Invalid bad = assertInstanceOf(MappedCase.Invalid.class, new VendorCaseMapper().read(db, List.of("C-0031")).get(0));

        // The unknown code also leaves serviceStage null, which validation reports at the same column: once only.
        assertEquals(List.of("cases[id=C-0031].service_stage", "cases[id=C-0031].children[child_id=c-1]"),
                bad.problems().stream().map(VendorProblem::location).toList());
        assertEquals("unknown code \"CPP\": expected one of [CIN, CL, CP, EH, LAC]", bad.problems().get(0).message());
    }

    @Test
    void aCaseWithNoRowIsLeftOutAndBatchesAreBounded() throws Exception {
        VendorCaseMapper mapper = new VendorCaseMapper();
        assertEquals(List.of("C-0002"), mapper.read(db, List.of("C-9999", "C-0002")).stream().map(MappedCase::caseId).toList());
        assertEquals(List.of(), mapper.read(db, List.of()));
        assertThrows(IllegalArgumentException.class, () -> mapper.read(db, Collections.nCopies(VendorCaseMapper.MAX_BATCH + 1, "C-0001")));
    }

    @Test
    void pointersAreLocatedByTheirLongestRegisteredRowAndTheColumnBehindTheProperty() {
        Locations locations = new Locations();
        locations.row("", "cases[id=C-1]", Map.of("team", "team_id"));
        locations.row("/assessments/0", "cases[id=C-1].assessments[version=1]", Map.of("date", "assessed_on"));
        locations.row("/assessments/0/dangerStatements/1", "cases[id=C-1].assessments[version=1].danger_statements[position=2]",
                Map.of("safetyGoal/text", "goal_text", "text", "text"));
        locations.row("/assessments/0/safetyPlan/rules/0", "cases[id=C-1].assessments[version=1].plan_rules[position=1]",
                Map.of("keptBy", "kept_by"));

        assertEquals("cases[id=C-1].team_id", locations.locate("/team"));
        assertEquals("cases[id=C-1]", locations.locate(""));
        assertEquals("cases[id=C-1].assessments[version=1].assessed_on", locations.locate("/assessments/0/date"));
        assertEquals("cases[id=C-1].assessments[version=1].danger_statements[position=2].goal_text",
                locations.locate("/assessments/0/dangerStatements/1/safetyGoal/text"));
        assertEquals("cases[id=C-1].assessments[version=1].plan_rules[position=1].kept_by[3]",
                locations.locate("/assessments/0/safetyPlan/rules/0/keptBy/2"));
        // A property with no column of its own is named in the model's terms under its row.
        assertEquals("cases[id=C-1].assessments[version=1].childVoice.0", locations.locate("/assessments/0/childVoice/0"));
    }
}
