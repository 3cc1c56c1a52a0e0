package org.sosqa.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

class RuntimeRuleCompilerTest {

    private static final ClassLoader LOADER = RuntimeRuleCompilerTest.class.getClassLoader();

    private static String multiplyingRule(String ruleName, int factor) {
        return """
                package org.example.local;

                import org.sosqa.rules.internal.RecordedNumber;
                import org.sosqa.rules.internal.RuleLog;

                rule "%s"
                when
                    RecordedNumber( $value : value )
                    $result : RuleLog()
                then
                    $result.record( drools.getRule().getName(), $value * %d );
                end
                """.formatted(ruleName, factor);
    }

    private static RuleLog fire(LoadedRules rules, int value) {
        RuleLog result = new RuleLog();
        rules.execute(List.of(new RecordedNumber(value), result));
        return result;
    }

    @Test
    void aDrlStringCompilesAtRuntimeAndFires() {
        RuntimeRuleCompiler.Compilation compilation = RuntimeRuleCompiler.compile(
                Map.of("org/example/local/triple.drl", multiplyingRule("local.triple", 3)), LOADER);

        assertFalse(compilation.hasErrors(), compilation.messages()::toString);
        LoadedRules rules = compilation.rules().orElseThrow();
        RuleLog result = fire(rules, 21);
        assertEquals(List.of("local.triple"), result.firedRules());
        assertEquals(List.of(63), result.values());

        // The build's KIE module is gone from the JVM-wide repository once the KieBase exists.
        assertNull(KieServices.get().getRepository().getKieModule(KieServices.get()
                .newReleaseId(RuntimeRuleCompiler.GROUP_ID, rules.name(), RuntimeRuleCompiler.VERSION)));
    }

    @Test
    void aCompiledPackIsImmutableLikeTheShippedRules() {
        LoadedRules rules = RuntimeRuleCompiler.compile(
                Map.of("org/example/local/triple.drl", multiplyingRule("local.triple", 3)), LOADER).rules().orElseThrow();

        assertFalse(DefaultKieBaseTest.mutable(rules));
    }

    @Test
    void aSyntaxErrorComesBackAsAMessageWithItsFileAndLine() {
        String drl = """
                package org.example.local;

                import org.sosqa.rules.internal.RecordedNumber;

                rule "broken"
                when
                    RecordedNumber( value > )
                then
                end
                """;
        RuntimeRuleCompiler.Compilation compilation =
                RuntimeRuleCompiler.compile(Map.of("org/example/local/broken.drl", drl), LOADER);

        assertTrue(compilation.hasErrors());
        assertTrue(compilation.rules().isEmpty());
        CompileMessage first = compilation.messages().get(0);
        assertEquals(CompileMessage.Severity.ERROR, first.severity());
        assertEquals("org/example/local/broken.drl", first.file(), first::toString);
        assertEquals(7, first.line(), first::toString);
    }

    @Test
    void twoBuildsKeepTheirOwnRules() {
        LoadedRules doubling = RuntimeRuleCompiler.compile(
                Map.of("org/example/local/a.drl", multiplyingRule("pack.a", 2)), LOADER).rules().orElseThrow();
        LoadedRules tripling = RuntimeRuleCompiler.compile(
                Map.of("org/example/local/a.drl", multiplyingRule("pack.b", 3)), LOADER).rules().orElseThrow();

        assertEquals(List.of("pack.a"), fire(doubling, 5).firedRules());
        assertEquals(List.of("pack.b"), fire(tripling, 5).firedRules());
    }

    @Test
    void aFileInAFolderUnlikeItsPackageKeepsTheAuthorsNameAndGivesNoFolderWarning() {
        String broken = multiplyingRule("local.broken", 2).replace("$value * 2", "$value * ");
        RuntimeRuleCompiler.Compilation compilation =
                RuntimeRuleCompiler.compile(Map.of("rules/broken.drl", broken), LOADER);

        assertTrue(compilation.hasErrors());
        assertTrue(compilation.messages().stream().allMatch(m -> m.file().equals("rules/broken.drl")),
                compilation.messages()::toString);

        // slf4j-simple writes to whatever System.err is at the time, so the warning Drools logs for a
        // folder unlike the package would show here.
        PrintStream original = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        RuntimeRuleCompiler.Compilation good;
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            good = RuntimeRuleCompiler.compile(Map.of("rules/triple.drl", multiplyingRule("local.triple", 3)),
                    LOADER);
        } finally {
            System.setErr(original);
        }
        assertFalse(good.hasErrors(), good.messages()::toString);
        assertEquals(List.of("local.triple"), fire(good.rules().orElseThrow(), 1).firedRules());
        String log = logged.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("folder"), log);
    }

    @Test
    void thePackageFolderIsReadPastCommentsAndIsEmptyWithoutAPackage() {
        assertEquals("org/example/local/", RuntimeRuleCompiler.packageFolder(
                "// a comment\n/* a block\n comment */\n# old style\n  package org.example.local;\nrule ..."));
        assertEquals("", RuntimeRuleCompiler.packageFolder("rule \"no package\" when then end"));
    }
}
