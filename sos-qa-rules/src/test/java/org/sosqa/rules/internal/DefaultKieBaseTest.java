package org.sosqa.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void noModelFileOnTheClassPathFailsLoudly() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DefaultKieBase.load(empty));
            assertTrue(e.getMessage().contains(DefaultKieBase.MODEL_FILE), e.getMessage());
            assertTrue(e.getMessage().contains("shaded"), e.getMessage());
        }
    }

    @Test
    void aMissingModelClassFailsLoudlyNamingIt(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = loaderWithModelFile(dir, "Drools-Model-Version:10.2.0\norg.example.NoSuchRules\n")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DefaultKieBase.load(loader));
            assertTrue(e.getMessage().contains("org.example.NoSuchRules"), e.getMessage());
            assertTrue(e.getMessage().contains("cannot be loaded"), e.getMessage());
        }
    }

    @Test
    void aModelFileNamingNoClassFailsLoudly(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = loaderWithModelFile(dir, "Drools-Model-Version:10.2.0\n\n")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DefaultKieBase.load(loader));
            assertTrue(e.getMessage().contains("names no executable model class"), e.getMessage());
        }
    }

    @Test
    void aClassThatIsNotAModelFailsLoudly(@TempDir Path dir) throws Exception {
        try (URLClassLoader loader = loaderWithModelFile(dir, "Drools-Model-Version:10.2.0\njava.lang.String\n")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DefaultKieBase.load(loader));
            assertTrue(e.getMessage().contains("java.lang.String") && e.getMessage().contains("not an executable model"),
                    e.getMessage());
        }
    }

    @Test
    void theModelFileNamesTheGeneratedRulesClass() {
        List<String> names = DefaultKieBase.modelClassNames(getClass().getClassLoader());
        assertFalse(names.isEmpty());
        assertTrue(names.stream().allMatch(n -> n.startsWith(DefaultKieBase.RULES_PACKAGE + ".")
                || n.startsWith(DefaultKieBase.ACCREDITATION_PACKAGE + ".")), names::toString);
        assertTrue(names.stream().anyMatch(n -> n.startsWith(DefaultKieBase.ACCREDITATION_PACKAGE + ".")), names::toString);
    }

    @Test
    void theKmoduleDeclaresNoKieBaseOptionsThatBuildingFromTheModelWouldIgnore() throws Exception {
        // DefaultKieBase builds with KieBaseOptions (immutable); any other option added to kmodule.xml (an
        // equality behaviour, an event mode, sessions) would need to be passed on there too.
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/kmodule.xml")) {
            org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            org.w3c.dom.NodeList bases = doc.getElementsByTagName("kbase");
            assertEquals(2, bases.getLength());
            List<String> names = new java.util.ArrayList<>();
            for (int b = 0; b < bases.getLength(); b++) {
                org.w3c.dom.NamedNodeMap attributes = bases.item(b).getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    String name = attributes.item(i).getNodeName();
                    assertTrue(name.equals("name") || name.equals("packages") || name.equals("mutability"),
                            "kbase option " + name);
                }
                names.add(attributes.getNamedItem("name").getNodeValue());
                assertEquals("disabled", attributes.getNamedItem("mutability").getNodeValue());
                assertEquals(0, bases.item(b).getChildNodes().getLength() - countBlank(bases.item(b).getChildNodes()),
                        "kbase has sessions or other children");
            }
            assertEquals(List.of(DefaultKieBase.NAME, DefaultKieBase.ACCREDITATION_NAME), names);
        }
    }

    @Test
    void theShippedRulesOnlyReadFactsAndWriteToTheSheetSoTheyCanFireWithoutTheAgenda() throws Exception {
        // RuleRunner fires the shipped rules directly, without the agenda's conflict resolution. That is
        // only sound while no rule's order can matter: no salience, groups or loop control...
        for (org.kie.api.definition.KiePackage p : DefaultKieBase.get().kieBase().getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                org.drools.base.definitions.rule.impl.RuleImpl rule = (org.drools.base.definitions.rule.impl.RuleImpl) r;
                assertEquals(0, rule.getSalienceValue(), rule.getName());
                assertEquals("MAIN", rule.getAgendaGroup(), rule.getName());
                assertTrue(rule.getActivationGroup() == null || rule.getActivationGroup().isEmpty(), rule.getName());
                assertTrue(rule.getRuleFlowGroup() == null || rule.getRuleFlowGroup().isEmpty(), rule.getName());
                assertFalse(rule.isNoLoop() || rule.isLockOnActive(), rule.getName());
            }
        }
        // ...and no consequence does anything but work out a local value and write a check or a limit to
        // the sheet (no insert, modify or delete that another rule could see).
        java.util.regex.Pattern consequence = java.util.regex.Pattern.compile("(?s)\\bthen\\b(.*?)\\bend\\b");
        java.util.regex.Pattern onlySheet = java.util.regex.Pattern.compile(
                "(?s)(\\s*(\\$audit\\.(check|limit)\\(|(boolean|int|long|double|String) \\w+ = )[^;]*;)+\\s*");
        int consequences = 0;
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("src/main/resources/org/sosqa/rules/defaults"))) {
            for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                java.util.regex.Matcher m = consequence.matcher(Files.readString(drl));
                while (m.find()) {
                    consequences++;
                    assertTrue(onlySheet.matcher(m.group(1)).matches(), drl.getFileName() + ": " + m.group(1).strip());
                }
            }
        }
        assertEquals(DefaultKieBase.get().kieBase().getKiePackage(DefaultKieBase.RULES_PACKAGE).getRules().size(), consequences);
    }

    @Test
    void theShippedKieBasesAreBuiltImmutable() {
        // Immutable, Drools keeps a session's facts in one identity map (KieBaseOptions); a mutable
        // KieBase would still audit correctly, only slower, so this is the test that would notice.
        for (LoadedRules rules : List.of(DefaultKieBase.get(), DefaultKieBase.accreditation())) {
            assertFalse(mutable(rules), rules.name());
        }
    }

    /** Whether rules may be added to or removed from the KieBase once built (Drools' mutability). */
    static boolean mutable(LoadedRules rules) {
        return ((org.drools.core.impl.InternalRuleBase) rules.kieBase()).getKieBaseConfiguration().isMutabilityEnabled();
    }

    private static int countBlank(org.w3c.dom.NodeList nodes) {
        int blank = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == org.w3c.dom.Node.TEXT_NODE && nodes.item(i).getTextContent().isBlank()
                    || nodes.item(i).getNodeType() == org.w3c.dom.Node.COMMENT_NODE) {
                blank++;
            }
        }
        return blank;
    }

    private static URLClassLoader loaderWithModelFile(Path dir, String content) throws Exception {
        Path file = dir.resolve(DefaultKieBase.MODEL_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void aHostHoldingTheGlobalClasspathContainerDoesNotBreakLoading() throws Exception {
        // Drools' getKieClasspathContainer is a JVM-wide singleton bound to the first class loader that
        // asks; DefaultKieBase uses no container at all, so a host holding it changes nothing.
        try (URLClassLoader host = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            KieServices ks = KieServices.get();
            ks.getKieClasspathContainer(host);
            assertThrows(IllegalStateException.class, () -> ks.getKieClasspathContainer(getClass().getClassLoader()));

            LoadedRules rules = DefaultKieBase.load(getClass().getClassLoader());
            assertDangerPresentFired(auditSample(rules));
        }
    }
}
