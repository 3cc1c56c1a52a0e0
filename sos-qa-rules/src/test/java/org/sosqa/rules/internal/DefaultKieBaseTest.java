package org.sosqa.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

class DefaultKieBaseTest {

    @Test
    void precompiledKieBaseLoadsAndTheSmokeRuleFires() {
        LoadedRules rules = DefaultKieBase.get();
        assertEquals(DefaultKieBase.NAME, rules.name());
        assertTrue(rules.ruleCount() >= 1, "rules: " + rules.ruleCount());

        SmokeResult result = new SmokeResult();
        rules.execute(List.of(new SmokeInput(21), result));

        assertEquals(List.of("engine.smoke"), result.firedRules());
        assertEquals(List.of(42), result.values());
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
            SmokeResult result = new SmokeResult();
            rules.execute(List.of(new SmokeInput(1), result));
            assertEquals(List.of(2), result.values());
        }
    }
}
