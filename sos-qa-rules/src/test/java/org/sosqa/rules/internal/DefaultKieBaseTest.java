package org.sosqa.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.sosqa.core.SampleCase;
import org.sosqa.rules.Finding;
import org.sosqa.rules.facts.Parameters;
import org.sosqa.rules.internal.audit.AuditSheet;
import org.sosqa.rules.internal.audit.CaseFacts;
import org.sosqa.rules.internal.audit.Messages;
import org.sosqa.rules.internal.audit.RuleRunner;
import org.sosqa.rules.internal.audit.SafetyWording;
import org.sosqa.rules.internal.statement.StatementAnalyzer;

class DefaultKieBaseTest {

    /** The findings of the given rules over the bundled sample case, run as the engine runs them. */
    private static List<Finding> auditSample(LoadedRules rules) {
        RuleRunner runner = new RuleRunner(rules.kieBase(), Set.of(), 10_000);
        CaseFacts facts = new CaseFacts(StatementAnalyzer.english(), Parameters.defaults(), SafetyWording.english());
        AuditSheet sheet = new AuditSheet(Messages.defaults());
        runner.run(facts.derive(SampleCase.record()), sheet);
        return sheet.findings();
    }

    private static void assertDangerPresentFired(List<Finding> findings) {
        List<Finding> present = findings.stream().filter(f -> f.rule().equals("depth.danger.present")).toList();
        assertEquals(1, present.size(), findings::toString);
        assertEquals("danger.present", present.get(0).criterion());
        assertTrue(present.get(0).met(), "the sample case has danger statements: " + present.get(0));
    }

    @Test
    void precompiledKieBaseLoadsAndItsAuditRulesFire() {
        LoadedRules rules = DefaultKieBase.get();
        assertEquals(DefaultKieBase.NAME, rules.name());
        assertTrue(rules.kieBase().getRule(DefaultKieBase.RULES_PACKAGE, "depth.danger.present") != null,
                "the shipped rule depth.danger.present is in the KieBase");
        Set<String> names = new RuleRunner(rules.kieBase(), Set.of(), 1).ruleNames();
        assertEquals(rules.ruleCount(), names.size());
        assertTrue(names.stream().allMatch(n -> n.startsWith("depth.")), "only audit rules ship: " + names);

        assertDangerPresentFired(auditSample(rules));
    }

    @Test
    void theDefaultRulesAreLoadedOnce() {
        assertSame(DefaultKieBase.get(), DefaultKieBase.get());
    }

    @Test
    void theShippedRulesAreTheExecutableModelNotDrlCompiledAtRuntime() {
        // kie-maven-plugin writes this file only when it generated the executable model; without it the
        // classpath container would fall back to compiling the DRL at runtime.
        assertTrue(getClass().getClassLoader().getResource("META-INF/kie/org.sosqa/sos-qa-rules/drools-model") != null);
    }

    @Test
    void aMissingKieBaseFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DefaultKieBase.load(getClass().getClassLoader(), "no-such-kbase"));
        assertTrue(e.getMessage().contains("'no-such-kbase'"), e.getMessage());
        assertTrue(e.getMessage().contains("drools-xml-support"), e.getMessage());
    }

    @Test
    void noKmoduleOnTheClassPathFailsLoudly() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> DefaultKieBase.load(empty, DefaultKieBase.NAME));
            assertTrue(e.getMessage().contains("found []"), e.getMessage());
        }
    }

    @Test
    void aHostHoldingTheGlobalClasspathContainerDoesNotBreakLoading() throws Exception {
        // Drools' getKieClasspathContainer is a JVM-wide singleton bound to the first class loader that
        // asks; that is why DefaultKieBase uses its own container.
        try (URLClassLoader host = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            KieServices ks = KieServices.get();
            ks.getKieClasspathContainer(host);
            assertThrows(IllegalStateException.class, () -> ks.getKieClasspathContainer(getClass().getClassLoader()));

            LoadedRules rules = DefaultKieBase.load(getClass().getClassLoader(), DefaultKieBase.NAME);
            assertDangerPresentFired(auditSample(rules));
        }
    }
}
