package org.sosqa.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.SampleCase;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.ReportJson;

class AuditCommandTest {
    private static final Set<String> GRADES = Set.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE");

    @TempDir
    Path dir;

    @Test
    void theSampleAuditHasTheContractsKeys() {
        Path file = Cases.write(dir, "sample-case.json", Cases.sample());

        Cli.Run run = Cli.run("audit", "--format", "json", file.toString());

        run.assertExit(0);
        assertEquals("", run.err());
        JsonNode json = run.json();
        Cli.assertHasKeys(json, "reports", "invalid", "failed", "agreement");
        assertEquals(1, json.get("reports").size());
        JsonNode report = json.get("reports").get(0);
        Cli.assertHasKeys(report, "source", "caseId", "grade", "score", "domains", "findings", "rulePack");
        assertEquals(file.toString(), report.get("source").asText());
        assertEquals("case-0001", report.get("caseId").asText());
        assertTrue(GRADES.contains(report.get("grade").asText()), report.get("grade")::toString);
        assertBetween0And10(report.get("score"));
        assertFalse(report.get("domains").isEmpty());
        for (JsonNode domain : report.get("domains")) {
            Cli.assertHasKeys(domain, "id", "score");
            if (!domain.get("score").isNull()) {
                assertBetween0And10(domain.get("score"));
            }
        }
        assertFalse(report.get("findings").isEmpty());
        for (JsonNode finding : report.get("findings")) {
            Cli.assertHasKeys(finding, "rule", "criterion", "message");
        }
        Cli.assertHasKeys(report.get("rulePack"), "id", "version", "sha256");
        assertEquals("sosqa-default", report.get("rulePack").get("id").asText());
        assertEquals(64, report.get("rulePack").get("sha256").asText().length());
        assertTrue(json.get("invalid").isArray() && json.get("invalid").isEmpty());
        assertTrue(json.get("failed").isArray() && json.get("failed").isEmpty());
    }

    @Test
    void eachReportIsTheLibrarysReportWithItsSource() throws Exception {
        Path file = Cases.write(dir, "sample-case.json", Cases.sample());
        AuditReport expected = AuditEngine.withDefaultRules().audit(SampleCase.record());

        JsonNode report = Cli.run("audit", "--format", "json", file.toString()).json().get("reports").get(0);

        assertEquals("source", Cli.keys(report).get(0));
        ((ObjectNode) report).remove("source");
        assertEquals(ReportJson.mapper().readTree(ReportJson.toJson(expected)), report);
    }

    @Test
    void theSamplesCollaborativeAuditGivesRaterAgreement() {
        Path file = Cases.write(dir, "sample-case.json", Cases.sample());

        JsonNode agreement = Cli.run("audit", "--format", "json", file.toString()).json().get("agreement");

        assertEquals(List.of("pairs", "exactAgreement", "weightedKappa"), Cli.keys(agreement));
        assertTrue(agreement.get("pairs").asInt() > 0, agreement::toString);
        double exact = agreement.get("exactAgreement").asDouble();
        assertTrue(exact >= 0 && exact <= 1, agreement::toString);
    }

    @Test
    void withoutCollaborativeAuditsThereIsNoAgreement() {
        Path file = Cases.write(dir, "plain.json", Cases.compact(withoutAudits()));

        Cli.Run run = Cli.run("audit", "--format", "json", file.toString());

        run.assertExit(0);
        assertTrue(run.json().get("agreement").isNull(), run::toString);
        assertFalse(Cli.run("audit", file.toString()).out().contains("Agreement"));
    }

    private static ObjectNode withoutAudits() {
        ObjectNode tree = Cases.sampleTree();
        tree.putArray("audits");
        return tree;
    }

    @Test
    void aJsonLinesFileWithABadLineInTheMiddleAuditsTheRest() {
        Path file = Cases.writeLines(dir, "batch.jsonl", List.of(Cases.line("case-1"), Cases.invalidLine(), Cases.line("case-3")));

        Cli.Run run = Cli.run("audit", "--format", "json", file.toString());

        run.assertExit(Main.EXIT_FAILED);
        JsonNode json = run.json();
        List<String> audited = new ArrayList<>();
        json.get("reports").forEach(r -> audited.add(r.get("source").asText() + " " + r.get("caseId").asText()));
        assertEquals(List.of(file + ":1 case-1", file + ":3 case-3"), audited);
        assertEquals(1, json.get("invalid").size());
        JsonNode invalid = json.get("invalid").get(0);
        assertEquals(List.of("file", "violations"), Cli.keys(invalid));
        assertEquals(file + ":2", invalid.get("file").asText());
        assertEquals("/serviceStage", invalid.get("violations").get(0).get("path").asText());
        assertEquals(3, json.get("summary").get("documents").asInt());
    }

    @Test
    void manyCasesComeOutInInputOrder() {
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add("case-" + i);
            lines.add(Cases.line("case-" + i));
        }
        Path file = Cases.writeLines(dir, "many.jsonl", lines);

        Cli.Run run = Cli.run("audit", "--format", "json", file.toString());

        run.assertExit(0);
        List<String> got = new ArrayList<>();
        run.json().get("reports").forEach(r -> got.add(r.get("caseId").asText()));
        assertEquals(ids, got);
    }

    @Test
    void aRuleThatFailsIsReportedWithItsCaseAndTheRestGoOn() {
        Path file = Cases.writeLines(dir, "batch.jsonl", List.of(Cases.line("case-1"), Cases.line("case-2")));

        Cli.Run run = Cli.run("audit", "--format", "json", "--max-rule-firings", "1", file.toString());

        run.assertExit(Main.EXIT_FAILED);
        JsonNode failed = run.json().get("failed");
        assertEquals(2, failed.size(), run::toString);
        JsonNode first = failed.get(0);
        Cli.assertHasKeys(first, "file", "caseId", "rule", "message");
        assertEquals(file + ":1", first.get("file").asText());
        assertEquals("case-1", first.get("caseId").asText());
        assertTrue(first.get("message").asText().contains(first.get("rule").asText()), first::toString);
    }

    @Test
    void textOutputIsALinePerCaseThenTheCriteriaNotMetThenASummary() {
        Path file = Cases.writeLines(dir, "batch.jsonl", List.of(Cases.line("case-1"), Cases.invalidLine(), Cases.line("case-3")));

        Cli.Run run = Cli.run("audit", file.toString());

        run.assertExit(Main.EXIT_FAILED);
        List<String> lines = run.lines();
        assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote(file + ":1: case-1  ") + "[A-Z_]+  \\d+\\.\\d"), lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":2: invalid, 1 problem"), lines.get(1));
        assertTrue(lines.get(2).startsWith("  /serviceStage: "), lines.get(2));
        assertTrue(lines.get(3).startsWith(file + ":3: case-3  "), lines.get(3));
        assertTrue(lines.contains("Criteria most often not met"), run::toString);
        assertTrue(run.out().contains("3 documents: 2 audited ("), run::toString);
        assertTrue(run.out().contains("; 1 invalid; 0 failed"), run::toString);
    }

    @Test
    void aSingleCaseShowsItsDomainsAndTheChecksNotMet() {
        Path file = Cases.write(dir, "sample-case.json", Cases.sample());

        Cli.Run run = Cli.run("audit", file.toString());

        run.assertExit(0);
        assertTrue(run.out().contains("Domains (0-10)"), run::toString);
        assertTrue(run.out().contains("harm-and-danger"), run::toString);
        assertTrue(run.out().contains("Rule pack sosqa-default"), run::toString);
    }

    @Test
    void aMissingFileIsAUsageErrorWithAPlainMessage() {
        Cli.Run run = Cli.run("audit", "--format", "json", dir.resolve("missing.jsonl").toString());

        run.assertExit(Main.EXIT_USAGE);
        assertEquals("", run.out());
        assertTrue(run.err().contains("No such file or directory: " + dir.resolve("missing.jsonl")), run::toString);
        run.assertNoStackTrace();
    }

    @Test
    void standardInputIsADocument() {
        Cli.Run run = Cli.runWithInput(Cases.sample(), "audit", "--format", "json", "-");

        run.assertExit(0);
        assertEquals("-", run.json().get("reports").get(0).get("source").asText());
    }

    private static void assertBetween0And10(JsonNode score) {
        assertTrue(score.isNumber() && score.asDouble() >= 0 && score.asDouble() <= 10, score::toString);
    }
}
