package org.sosqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

    private static AuditReport report() {
        return new AuditReport("case-1", Grade.REQUIRES_IMPROVEMENT, 5.25,
                List.of(new DomainScore("d", 5.25, List.of(new CriterionResult("c", 2, 1, 2, 3),
                        new CriterionResult("n", null, 0, 0, null)))),
                List.of(new Finding("r", "c", true, "/a/0/text", new TextSpan(0, 4), "m")),
                List.of(new GradeLimit("l", Grade.REQUIRES_IMPROVEMENT, "/a", "why")),
                List.of(new RulePackInfo("default", "1", "aa"), new RulePackInfo("local", "2", "bb")));
    }

    @Test
    void roundTripsToAnEqualReport() {
        AuditReport report = report();
        assertEquals(report, ReportJson.readAuditReport(ReportJson.toJson(report)));
    }

    @Test
    void namesTheMostSpecificRulePackAsTheCommandLineContractAsks() throws Exception {
        JsonNode json = ReportJson.mapper().readTree(ReportJson.toJson(report()));
        assertEquals("local", json.path("rulePack").path("id").asText());
        assertEquals(2, json.path("rulePacks").size());
        assertEquals("REQUIRES_IMPROVEMENT", json.path("grade").asText());
        assertTrue(json.path("domains").get(0).path("criteria").get(1).path("rating").isNull(),
                "a criterion that did not apply is written as null, never as 0");
    }

    @Test
    void refusesADocumentThatIsNotAReport() {
        assertThrows(IllegalArgumentException.class, () -> ReportJson.readAuditReport("{\"grade\":\"SUPERB\"}"));
    }
}
