package org.sosqa.rules.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.sosqa.core.SampleCase;
import org.sosqa.rules.facts.Parameters;
import org.sosqa.rules.internal.DefaultKieBase;
import org.sosqa.rules.internal.statement.StatementAnalyzer;

/** The runner's pooled sessions: reused, and never held by the shared KieBase. */
class RuleRunnerTest {

    @Test
    void pooledSessionsAreNotKeptByTheSharedKieBaseAndGiveTheSameFindingsEachTime() throws Exception {
        KieBase kieBase = DefaultKieBase.get().kieBase();
        int sessionsBefore = kieBase.getKieSessions().size();
        List<Object> facts = new CaseFacts(StatementAnalyzer.english(), Parameters.defaults(), SafetyWording.english())
                .derive(SampleCase.record());
        Messages messages = Messages.defaults();
        List<String> expected = findings(new RuleRunner(kieBase, Set.of(), 10_000), facts, messages);
        assertTrue(expected.size() > 10, "the sample case has findings: " + expected);
        // Many runners, as many engines over the one shared KieBase would make, each used on 4 threads.
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int r = 0; r < 20; r++) {
                RuleRunner runner = new RuleRunner(kieBase, Set.of(), 10_000);
                List<Future<List<String>>> runs = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    runs.add(threads.submit(() -> findings(runner, facts, messages)));
                }
                for (Future<List<String>> run : runs) {
                    assertEquals(expected, run.get());
                }
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(sessionsBefore, kieBase.getKieSessions().size(),
                "pooled sessions must not be registered with the KieBase, or every engine made would leave its sessions there");
    }

    private static List<String> findings(RuleRunner runner, List<Object> facts, Messages messages) {
        AuditSheet sheet = new AuditSheet(messages);
        runner.run(facts, sheet);
        return sheet.findings().stream().map(f -> f.rule() + " " + f.path() + " " + f.met()).sorted().toList();
    }
}
