package org.sosqa.rules.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sosqa.core.accreditation.AwardLevel;
import org.sosqa.rules.AccreditationEngine;
import org.sosqa.rules.AccreditationResult;
import org.sosqa.rules.CriterionOutcome;
import org.sosqa.rules.RulePackException;

/** A scheme adapts the criteria with a pack folder: thresholds, criteria switched off, criteria of its own. */
class CriteriaPackTest {

    private static Path pack(Path dir, String manifest) throws IOException {
        Files.writeString(dir.resolve("pack.json"), manifest);
        return dir;
    }

    private static final String MANIFEST = "{\"id\":\"our-scheme\",\"version\":\"2\",\"extendsPack\":\"sosqa-accreditation\"}";

    @Test
    void aSchemeCanRaiseAThreshold(@TempDir Path dir) throws IOException {
        pack(dir, MANIFEST);
        Files.writeString(dir.resolve("parameters.properties"), "plan.minActions=4\n");
        AccreditationEngine engine = AccreditationEngine.builder().criteriaPack(dir).build();
        AccreditationResult result = engine.assess(Assessments.atThresholds(3));
        assertEquals(AwardLevel.NONE, result.level());
        assertEquals(List.of("bronze.action-plan: the plan has 3 action(s); a credible plan has at least 4"), result.nextLevel().missing());
        assertEquals(List.of("sosqa-accreditation", "our-scheme"), engine.criteriaPacks().stream().map(p -> p.id()).toList());
    }

    @Test
    void aSchemeCanSwitchACriterionOffAndAddItsOwn(@TempDir Path dir) throws IOException {
        pack(dir, "{\"id\":\"our-scheme\",\"version\":\"2\",\"disable\":[\"accreditation.gold.support-given\"]}");
        Files.writeString(dir.resolve("lived-experience.drl"), """
                package org.example.scheme;

                import java.util.List;
                import org.sosqa.rules.facts.Accreditation;
                import org.sosqa.rules.facts.AssessmentFact;

                rule "scheme.silver.three-cycles"
                    @criterion("silver.three-cycles")
                    @level("SILVER")
                    @title("Three cycles of evidence")
                when
                    $a : Accreditation()
                    $f : AssessmentFact()
                then
                    $a.check($f.cycles() >= 3, List.of("cycles: " + $f.cycles()), "only " + $f.cycles() + " cycle(s)");
                end
                """);
        AccreditationEngine engine = AccreditationEngine.builder().criteriaPack(dir).build();
        AccreditationResult one = engine.assess(Assessments.build(3, Assessments.measured(3), Assessments.plan(3, 1), 1, true));
        assertEquals(AwardLevel.GOLD, one.level(), one.nextLevel().missing()::toString);
        assertTrue(one.criteria().stream().noneMatch(c -> c.id().equals("gold.support-given")));
        CriterionOutcome own = one.criteria().stream().filter(c -> c.id().equals("silver.three-cycles")).findFirst().orElseThrow();
        assertEquals(AwardLevel.SILVER, own.level());
        assertEquals(List.of("cycles: 3"), own.evidence());
        AccreditationResult two = engine.assess(Assessments.atThresholds(2));
        assertEquals(AwardLevel.BRONZE, two.level());
        assertEquals(List.of("silver.three-cycles: only 2 cycle(s)"), two.nextLevel().missing());
    }

    @Test
    void problemsAreListedWithFileAndLine(@TempDir Path dir) throws IOException {
        pack(dir, "{\"id\":\"our-scheme\",\"version\":\"2\",\"extendsPack\":\"sosqa-default\",\"disable\":[\"no.such.rule\"]}");
        Files.writeString(dir.resolve("parameters.properties"), "plan.minActions=three\nplan.maxActions=9\n");
        Files.writeString(dir.resolve("own.drl"), """
                package org.example.scheme;

                import org.sosqa.rules.facts.Accreditation;

                rule "scheme.no-level"
                    @criterion("x")
                when
                    $a : Accreditation()
                then
                    $a.check(true, java.util.List.of(), null);
                end
                """);
        RulePackException e = assertThrows(RulePackException.class, () -> AccreditationEngine.builder().criteriaPack(dir).build());
        List<String> problems = e.problems().stream().map(Object::toString).toList();
        assertTrue(problems.contains("own.drl:5: rule 'scheme.no-level' needs @criterion(\"...\") and @level(\"BRONZE\", \"SILVER\" or \"GOLD\") metadata"), problems::toString);
        assertTrue(problems.contains("pack.json: extendsPack must be 'sosqa-accreditation' (the only pack this kind of pack can build on)"), problems::toString);
        assertTrue(problems.contains("pack.json: cannot disable rule 'no.such.rule': there is no such criterion rule"), problems::toString);
        assertTrue(problems.contains("parameters.properties: parameter 'plan.minActions' must be a whole number of 0 or more, not 'three'"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("parameters.properties: unknown parameter 'plan.maxActions'")), problems::toString);
        assertEquals(problems, AccreditationEngine.check(dir).stream().map(Object::toString).toList());
    }

    @Test
    void aSyntaxErrorNamesItsFile(@TempDir Path dir) throws IOException {
        pack(dir, MANIFEST);
        Files.writeString(dir.resolve("broken.drl"), "package x;\nrule \"r\"\nwhen\n  eval(\nthen\nend\n");
        List<RulePackException.Problem> problems = AccreditationEngine.check(dir);
        assertTrue(problems.stream().anyMatch(p -> "broken.drl".equals(p.file())), problems::toString);
    }

    @Test
    void aGoodPackHasNoProblems(@TempDir Path dir) throws IOException {
        pack(dir, MANIFEST);
        Files.writeString(dir.resolve("parameters.properties"), "impact.minChange=0.5\n");
        assertEquals(List.of(), AccreditationEngine.check(dir));
        // With a minimum change of 0.5, a rise of 1 per cycle is still impact.
        assertEquals(AwardLevel.GOLD, AccreditationEngine.builder().criteriaPack(dir).build().assess(Assessments.atThresholds(3)).level());
    }
}
