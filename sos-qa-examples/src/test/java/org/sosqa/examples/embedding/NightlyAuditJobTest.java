package org.sosqa.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sosqa.rules.AuditEngine;
import org.sosqa.rules.AuditReport;
import org.sosqa.rules.DomainScore;
import org.sosqa.rules.ReportJson;
import org.sosqa.rules.RulePackInfo;

/**
 * The nightly job end to end on H2: 50 seeded cases, two of them bad (see {@link VendorSeed}); batches of
 * 20, so three transactions for a full run.
 */
class NightlyAuditJobTest {
    private static final String ALL_REPORTS = "SELECT * FROM audit_report ORDER BY case_id, rule_set_sha256";
    private static final String ALL_PROBLEMS = "SELECT * FROM audit_problem ORDER BY case_id, rule_set_sha256, position";
    private static AuditEngine engine;

    private Connection db;
    private NightlyAuditJob job;

    @BeforeAll
    static void engine() {
        engine = AuditEngine.withDefaultRules();
    }

    @BeforeEach
    void seed() throws Exception {
        db = VendorDatabase.seeded(50, "");
        job = new NightlyAuditJob(engine, 20);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void firstRunAuditsEveryGoodCaseAndReportsTheBadOnesByTableRowAndColumn() throws Exception {
        RunSummary summary = job.run(db);

        assertEquals(new RunSummary(job.ruleSet(), 50, 48, 2, 0, 3), summary);
        assertEquals(48, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report"));
        assertEquals(0, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report WHERE case_id IN ('C-0013', 'C-0031')"));
        assertEquals(List.of(
                "cases[id=C-0013].assessments[version=2].danger_statements[position=2].text",
                "cases[id=C-0013].assessments[version=2].plan_rules[position=1].kept_by[2]",
                "cases[id=C-0031].service_stage",
                "cases[id=C-0031].children[child_id=c-1]"),
                VendorSchema.problems(db).stream().map(VendorProblem::location).toList());
        List<VendorProblem> problems = VendorSchema.problems(db);
        assertTrue(problems.get(1).message().contains("\"p-nobody\""), problems.get(1)::message);
        assertTrue(problems.get(2).message().contains("\"CPP\""), problems.get(2)::message);
        // Problems are recorded against the version of the case that was read.
        assertEquals(2, VendorDatabase.count(db,
                "SELECT COUNT(*) FROM audit_problem p JOIN cases c ON c.case_id = p.case_id AND c.updated_at = p.case_updated_at "
                        + "WHERE p.case_id = 'C-0013'"));
    }

    @Test
    void reportsAreWrittenBackWithTheRulePacksAndTheirHash() throws Exception {
        job.run(db);

        List<RulePackInfo> packs = engine.rulePacks();
        assertEquals(1, packs.size(), "the default engine has the default pack only");
        RulePackInfo pack = packs.get(0);
        String expectedKey = sha256(pack.sha256() + "\n");
        assertEquals(expectedKey, job.ruleSet().sha256());
        assertEquals(48, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report WHERE rule_set_sha256 = '" + expectedKey + "' "
                + "AND rule_packs = '" + pack.id() + "@" + pack.version() + ":" + pack.sha256() + "'"));

        // The columns agree with the report JSON beside them, and the JSON names the pack and its hash.
        String json = VendorDatabase.string(db, "SELECT report_json FROM audit_report WHERE case_id = 'C-0001'");
        AuditReport report = ReportJson.readAuditReport(json);
        assertEquals("C-0001", report.caseId());
        assertEquals(List.of(pack), report.rulePacks());
        assertEquals(report.grade().name(), VendorDatabase.string(db, "SELECT grade FROM audit_report WHERE case_id = 'C-0001'"));
        assertEquals(report.score(), Double.parseDouble(VendorDatabase.string(db, "SELECT score FROM audit_report WHERE case_id = 'C-0001'")));
        JsonNode domains = ReportJson.mapper().readTree(
                VendorDatabase.string(db, "SELECT domain_scores FROM audit_report WHERE case_id = 'C-0001'"));
        assertEquals(report.domains().size(), domains.size());
        for (DomainScore domain : report.domains()) {
            JsonNode score = domains.get(domain.id());
            assertEquals(domain.score(), score.isNull() ? null : score.asDouble(), domain.id());
        }
        assertEquals(48, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report r JOIN cases c "
                + "ON c.case_id = r.case_id AND c.updated_at = r.case_updated_at"), "each report records the version audited");
    }

    @Test
    void aSecondRunWithNothingChangedAuditsNothingAndWritesNothing() throws Exception {
        job.run(db);
        List<String> reports = VendorDatabase.rows(db, ALL_REPORTS);
        List<String> problems = VendorDatabase.rows(db, ALL_PROBLEMS);

        RunSummary again = job.run(db);

        assertEquals(new RunSummary(job.ruleSet(), 0, 0, 0, 0, 0), again);
        assertEquals(reports, VendorDatabase.rows(db, ALL_REPORTS));
        assertEquals(problems, VendorDatabase.rows(db, ALL_PROBLEMS));
        assertEquals(48, reports.size());
        assertEquals(4, problems.size());
    }

    @Test
    void aChangedCaseIsAuditedAgainAndTheSameContentGivesTheSameReport() throws Exception {
        job.run(db);
        String before = VendorDatabase.string(db, "SELECT report_json FROM audit_report WHERE case_id = 'C-0007'");
        // The vendor touched the case without changing what is audited.
        assertEquals(1, VendorDatabase.update(db, "UPDATE cases SET updated_at = updated_at + INTERVAL '1' DAY WHERE case_id = 'C-0007'"));

        RunSummary summary = job.run(db);

        assertEquals(new RunSummary(job.ruleSet(), 1, 1, 0, 0, 1), summary);
        assertEquals(before, VendorDatabase.string(db, "SELECT report_json FROM audit_report WHERE case_id = 'C-0007'"));
        assertEquals(48, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report"), "the report was replaced, not added");
        assertEquals(new RunSummary(job.ruleSet(), 0, 0, 0, 0, 0), job.run(db));
    }

    @Test
    void aBadCaseOnceCorrectedIsAuditedAndItsProblemsCleared() throws Exception {
        job.run(db);
        VendorDatabase.update(db, "UPDATE danger_statements SET text = 'Nana is worried that Dad shouts at Mum, so Amy could be frightened.' "
                + "WHERE case_id = 'C-0013' AND version = 2 AND position = 2");
        VendorDatabase.update(db, "UPDATE plan_rules SET kept_by = 'p-nana' WHERE case_id = 'C-0013' AND version = 2 AND position = 1");
        VendorDatabase.update(db, "UPDATE cases SET updated_at = updated_at + INTERVAL '1' DAY WHERE case_id = 'C-0013'");

        RunSummary summary = job.run(db);

        assertEquals(new RunSummary(job.ruleSet(), 1, 1, 0, 0, 1), summary);
        assertEquals(1, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report WHERE case_id = 'C-0013'"));
        assertEquals(0, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_problem WHERE case_id = 'C-0013'"));
        assertEquals(2, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_problem WHERE case_id = 'C-0031'"));
    }

    @Test
    void anotherRulePackReauditsEveryCaseAndKeepsTheOldReports() throws Exception {
        job.run(db);
        List<String> oldReports = VendorDatabase.rows(db, ALL_REPORTS);
        AuditEngine local = AuditEngine.builder().defaultRules().rulePack(Path.of("packs/example-local-authority")).build();
        NightlyAuditJob localJob = new NightlyAuditJob(local, 20);
        assertNotEquals(job.ruleSet().sha256(), localJob.ruleSet().sha256());

        RunSummary summary = localJob.run(db);

        assertEquals(new RunSummary(localJob.ruleSet(), 50, 48, 2, 0, 3), summary);
        assertEquals(96, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report"));
        assertEquals(oldReports, VendorDatabase.rows(db, ALL_REPORTS).stream()
                .filter(row -> row.contains(job.ruleSet().sha256())).toList(), "reports under the old rules are kept unchanged");
        AuditReport report = ReportJson.readAuditReport(VendorDatabase.string(db,
                "SELECT report_json FROM audit_report WHERE case_id = 'C-0001' AND rule_set_sha256 = '" + localJob.ruleSet().sha256() + "'"));
        assertEquals("example-local-authority", report.rulePack().id());
        assertEquals(local.rulePacks(), report.rulePacks());
        assertEquals(8, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_problem"));
        // Each set of rules is now up to date.
        assertEquals(0, localJob.run(db).selected());
        assertEquals(0, job.run(db).selected());
    }

    @Test
    void configurationOutsideThePacksCountsAsNewRulesWhenNamedInTheKey() throws Exception {
        job.run(db);
        // Rules switched off in code are not in any pack's hash, so the vendor names them in the key.
        AuditEngine noJargonCheck = AuditEngine.builder().disable("depth.danger.jargon").build();
        assertEquals(engine.rulePacks(), noJargonCheck.rulePacks(), "the packs alone cannot tell the two engines apart");
        RuleSet ruleSet = RuleSet.of(noJargonCheck.rulePacks(), "disable depth.danger.jargon");
        NightlyAuditJob configured = new NightlyAuditJob(noJargonCheck, ruleSet, 20);

        RunSummary summary = configured.run(db);

        assertEquals(new RunSummary(ruleSet, 50, 48, 2, 0, 3), summary);
        RulePackInfo pack = engine.rulePacks().get(0);
        assertEquals(sha256(pack.sha256() + "\n" + "disable depth.danger.jargon\n"), ruleSet.sha256());
        assertEquals(48, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report WHERE rule_packs = '"
                + pack.id() + "@" + pack.version() + ":" + pack.sha256() + " | disable depth.danger.jargon'"));
        assertThrows(IllegalArgumentException.class, () -> RuleSet.of(engine.rulePacks(), "two\nlines"));
    }

    @Test
    void aCaseOnWhichARuleFailsIsRecordedAsAProblemAndTheRestGoOn() throws Exception {
        // A firing limit far below what any case needs makes every rule run fail: the failure path, on every case.
        NightlyAuditJob failing = new NightlyAuditJob(AuditEngine.builder().maxRuleFirings(5).build(), 20);
        assertEquals(job.ruleSet(), failing.ruleSet(), "the same rules, so the same key");

        RunSummary summary = failing.run(db);

        assertEquals(new RunSummary(failing.ruleSet(), 50, 0, 2, 48, 3), summary);
        assertEquals(0, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_report"));
        assertEquals(48, VendorDatabase.count(db, "SELECT COUNT(*) FROM audit_problem WHERE message LIKE 'rule % failed on this case'"));
        assertEquals("cases[id=C-0001]", VendorDatabase.string(db, "SELECT location FROM audit_problem WHERE case_id = 'C-0001'"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
