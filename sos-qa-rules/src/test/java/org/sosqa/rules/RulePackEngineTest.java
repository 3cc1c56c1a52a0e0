package org.sosqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.BatchItem;
import org.sosqa.core.CaseRecord;
import org.sosqa.core.SampleCase;
import org.sosqa.core.ServiceStage;
import org.sosqa.core.Violation;

/** A pack's rules in a running engine: guard rails, and engines that do not depend on how they were built. */
class RulePackEngineTest {
    @TempDir
    Path pack;

    /** On an early-help case each firing inserts a new fact that matches the rule again: a loop with no end. */
    private static final String LOOP = """
                declare Tick
                    n : int
                end
                rule "local.loop"
                when
                    MapFact(serviceStage == ServiceStage.EARLY_HELP)
                    $t : Tick()
                then
                    insert(new Tick($t.getN() + 1));
                end
                rule "local.loop.start"
                when
                    MapFact(serviceStage == ServiceStage.EARLY_HELP)
                then
                    insert(new Tick(0));
                end
            """;

    /** On a child-in-need case the rule throws (a substring past the end of the path). */
    private static final String THROWS = """
                rule "local.throws"
                    @criterion("danger.present")
                when
                    $audit : Audit()
                    $map : MapFact(serviceStage == ServiceStage.CHILD_IN_NEED)
                then
                    $audit.check($map.path().substring(500), true);
                end
            """;

    private void pack(String rules) throws IOException {
        Files.writeString(pack.resolve("pack.json"), "{\"id\":\"guard\",\"version\":\"1\",\"extendsPack\":\"sosqa-default\"}");
        Files.createDirectories(pack.resolve("rules"));
        Files.writeString(pack.resolve("rules/local.drl"), """
                package org.sosqa.rules.local;
                import org.sosqa.core.ServiceStage;
                import org.sosqa.rules.facts.*;
                """ + rules);
    }

    private static CaseRecord sample(String id, ServiceStage stage) {
        CaseRecord s = SampleCase.record();
        return new CaseRecord(id, s.organisation(), s.team(), s.worker(), stage, s.opened(), s.closed(),
                s.children(), s.people(), s.assessments(), s.events(), s.audits());
    }

    @Test
    void aRuleThatFiresForEverStopsAtTheLimitNamingTheRuleAndTheBatchGoesOn() throws IOException {
        pack(LOOP);
        AuditEngine engine = AuditEngine.builder().rulePack(pack).maxRuleFirings(500).build();
        List<AuditOutcome> outcomes;
        try (Stream<AuditOutcome> stream = engine.auditAll(Stream.of(
                new BatchItem.ValidCase("a", sample("case-a", ServiceStage.CHILD_PROTECTION)),
                new BatchItem.ValidCase("b", sample("case-b", ServiceStage.EARLY_HELP)),
                new BatchItem.ValidCase("c", sample("case-c", ServiceStage.CHILD_IN_NEED))))) {
            outcomes = stream.toList();
        }
        assertInstanceOf(AuditOutcome.Audited.class, outcomes.get(0));
        AuditOutcome.Failed failed = assertInstanceOf(AuditOutcome.Failed.class, outcomes.get(1));
        assertEquals("local.loop", failed.rule());
        assertEquals("case-b", failed.caseId());
        assertTrue(failed.message().contains("500"), failed.message());
        assertInstanceOf(AuditOutcome.Audited.class, outcomes.get(2), "the batch went on after the runaway rule");
    }

    @Test
    void anExceptionInARuleFailsThatCaseWithTheRuleId() throws IOException {
        pack(THROWS);
        AuditEngine engine = AuditEngine.builder().rulePack(pack).build();
        AuditException thrown = org.junit.jupiter.api.Assertions.assertThrows(AuditException.class,
                () -> engine.audit(sample("case-x", ServiceStage.CHILD_IN_NEED)));
        assertEquals("local.throws", thrown.rule());
        assertEquals("case-x", thrown.caseId());
        List<AuditOutcome> outcomes = engine.auditAll(Stream.of(
                new BatchItem.InvalidCase("bad.json", List.of(new Violation("/id", "missing"))),
                new BatchItem.ValidCase("x", sample("case-x", ServiceStage.CHILD_IN_NEED)),
                new BatchItem.ValidCase("y", sample("case-y", ServiceStage.CHILD_PROTECTION)))).toList();
        assertInstanceOf(AuditOutcome.Rejected.class, outcomes.get(0));
        assertEquals("local.throws", assertInstanceOf(AuditOutcome.Failed.class, outcomes.get(1)).rule());
        assertInstanceOf(AuditOutcome.Audited.class, outcomes.get(2));
    }

    /**
     * Sessions are pooled and reset between audits: a session left mid-way by a runaway rule or a rule
     * that threw must give the next case the same report as a session never used. One thread, so the
     * session that failed is the one reused.
     */
    @Test
    void aCaseAfterAFailedOneGetsTheReportOfAFreshEngine() throws IOException {
        pack(LOOP + THROWS);
        AuditEngine used = AuditEngine.builder().rulePack(pack).maxRuleFirings(200).build();
        CaseRecord good = sample("case-good", ServiceStage.CHILD_PROTECTION);
        String before = ReportJson.toJson(used.audit(good));
        assertEquals("local.loop", org.junit.jupiter.api.Assertions.assertThrows(AuditException.class,
                () -> used.audit(sample("case-loop", ServiceStage.EARLY_HELP))).rule());
        String afterLoop = ReportJson.toJson(used.audit(good));
        assertEquals("local.throws", org.junit.jupiter.api.Assertions.assertThrows(AuditException.class,
                () -> used.audit(sample("case-throws", ServiceStage.CHILD_IN_NEED))).rule());
        String afterThrow = ReportJson.toJson(used.audit(good));
        String fresh = ReportJson.toJson(AuditEngine.builder().rulePack(pack).maxRuleFirings(200).build().audit(good));
        assertEquals(fresh, before);
        assertEquals(fresh, afterLoop, "nothing of the runaway case is left in the reused session");
        assertEquals(fresh, afterThrow, "nothing of the failed case is left in the reused session");
        assertTrue(fresh.contains("\"case-good\""), fresh);
    }

    @Test
    void packRulesSeeTheDefaultFindings() throws IOException {
        pack("""
                import org.sosqa.rules.Finding;
                rule "local.echo-danger-present"
                    @criterion("strengths.recorded")
                when
                    $audit : Audit()
                    $f : Finding(rule == "depth.danger.present", met == true)
                then
                    $audit.check($f.path() + "/echo", true);
                end
                """);
        AuditReport report = AuditEngine.builder().rulePack(pack).build().audit(SampleCase.record());
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("local.echo-danger-present")
                && f.path().endsWith("/echo")), "a pack rule matched a default finding");
    }

    @Test
    void theSamePackLoadedTwiceAndFromSeveralThreadsGivesIdenticalEngines() throws Exception {
        Path example = Path.of("..", "sos-qa-examples", "packs", "example-local-authority");
        List<CaseRecord> cases = List.of(SampleCase.record(), sample("case-2", ServiceStage.EARLY_HELP),
                sample("case-3", ServiceStage.CHILD_IN_NEED));
        String first = reports(AuditEngine.builder().rulePack(example).build(), cases);
        String second = reports(AuditEngine.builder().rulePack(example).build(), cases);
        assertEquals(first, second);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> built = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                built.add(pool.submit(() -> reports(AuditEngine.builder().rulePack(example).build(), cases)));
            }
            for (Future<String> future : built) {
                assertEquals(first, future.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String reports(AuditEngine engine, List<CaseRecord> cases) {
        return cases.stream().map(engine::audit).map(ReportJson::toJson).collect(Collectors.joining("\n"));
    }
}
